package be.atrium.knowledge;

import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadKind;
import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.web.Messages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of taking a solved question into the knowledge base, and the Markdown it becomes.
 * <ul>
 * <li>The asker or a moderator of the board promotes; only a solved question, and of its
 * answers only the accepted one on its own.</li>
 * <li>The asker, a moderator or a relationship manager links a question to the page or guidance
 * that answers it.</li>
 * <li>The text keeps who wrote what: the question, the accepted answer and the other answers
 * marked helpful, each with its author, organisation and date, and a link back to the
 * question. Headings of the posts are moved down so they sit under the page's (or the
 * section's) own headings.</li>
 * </ul>
 * Pure functions: labels come from the message bundle in the promoter's language.
 */
public final class Promotion {

    /** At most this many other helpful answers go into a promoted thread (the best first). */
    public static final int MAX_HELPFUL = 10;

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Pattern ATX = Pattern.compile("^( {0,3})(#{1,6})(?=[ \\t]|$)(.*)$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern BLOCK_START = Pattern.compile("^( {4,}|\\t| {0,3}(>|[-*+][ \\t]|\\d{1,9}[.)][ \\t]|#{1,6}([ \\t]|$)|`{3,}|~{3,}|(\\* *){3,}$|(_ *){3,}$|(- *){3,}$)).*");

    private Promotion() {
    }

    /** Whether the viewer may take this thread (or its accepted answer) into the knowledge base. */
    public static boolean mayPromote(DiscussionThread thread, Account viewer, boolean moderator) {
        return thread.getKind() == ThreadKind.QUESTION && thread.isSolved() && thread.getMergedInto() == null
                && (moderator || isAsker(thread, viewer));
    }

    /** Whether the viewer may link the question to (or unlink it from) the knowledge that answers it. */
    public static boolean mayLink(DiscussionThread thread, Account viewer, boolean moderator) {
        return thread.getKind() == ThreadKind.QUESTION && thread.getMergedInto() == null
                && (moderator || isAsker(thread, viewer) || viewer.isRelationshipManager());
    }

    /**
     * Checks a promotion: {@code post} is the answer promoted on its own, or null for the whole
     * thread. Others than the asker and the moderators are refused (403); an unsolved question, or
     * an answer that is not the accepted one, is a broken rule.
     */
    public static void requirePromotable(DiscussionThread thread, Post post, Account viewer, boolean moderator) {
        if (!moderator && !isAsker(thread, viewer)) {
            throw new ForbiddenException("only the asker or a moderator takes a thread into the knowledge base");
        }
        if (thread.getMergedInto() != null) {
            throw new DomainException("thread.merged", null);
        }
        if (thread.getKind() != ThreadKind.QUESTION || !thread.isSolved()) {
            throw new DomainException("knowledge.promote.notSolved", "post");
        }
        Post accepted = thread.getAcceptedPost();
        if (post != null && !post.getId().equals(accepted.getId())) {
            throw new DomainException("knowledge.promote.notAccepted", "post");
        }
        if (accepted.isHidden() || accepted.isWithdrawn()) {
            throw new DomainException("knowledge.promote.hidden", "post");
        }
    }

    /** Requires {@link #mayLink}: others get a 403. */
    public static void requireLinkable(DiscussionThread thread, Account viewer, boolean moderator) {
        if (thread.getKind() != ThreadKind.QUESTION) {
            throw new DomainException("knowledge.link.notQuestion", null);
        }
        if (thread.getMergedInto() != null) {
            throw new DomainException("thread.merged", null);
        }
        if (!mayLink(thread, viewer, moderator)) {
            throw new ForbiddenException("only the asker, a moderator or a relationship manager links a question");
        }
    }

    private static boolean isAsker(DiscussionThread thread, Account viewer) {
        return viewer != null && thread.getAuthor().getId().equals(viewer.getId());
    }

    /**
     * A page title from a question title: a wiki title may not hold {@code [ ] |} (they make
     * links), so those become {@code ( ) /}.
     */
    public static String suggestTitle(String questionTitle) {
        String t = questionTitle == null ? "" : questionTitle.strip().replaceAll("\\s+", " ");
        return t.replace('[', '(').replace(']', ')').replace('|', '/');
    }

    /**
     * The Markdown of a promotion, as the body of a new page (the page title is its level-1
     * heading, so everything here starts at level 2).
     *
     * @param helpful the other answers marked helpful (only used for a whole thread)
     * @param answerOnly only the accepted answer, without the question and the other answers
     */
    public static String compose(Locale locale, DiscussionThread thread, Post question, Post accepted,
                                 List<Post> helpful, boolean answerOnly) {
        String source = "[«" + escape(thread.getTitle()) + "»](thread:" + thread.getId() + ")";
        StringBuilder md = new StringBuilder();
        if (answerOnly) {
            md.append(demote(accepted.getBody(), 2).strip()).append("\n\n");
            md.append('*').append(text(locale, "knowledge.compose.answerBy", person(accepted),
                    date(locale, accepted.getCreatedAt()), source)).append("*\n");
            return md.toString();
        }
        md.append("## ").append(text(locale, "knowledge.compose.question")).append("\n\n");
        md.append('*').append(text(locale, "knowledge.compose.askedBy", person(question),
                date(locale, question.getCreatedAt()))).append("*\n\n");
        md.append(demote(question.getBody(), 3).strip()).append("\n\n");
        md.append("## ").append(text(locale, "knowledge.compose.accepted")).append("\n\n");
        md.append('*').append(text(locale, "knowledge.compose.by", person(accepted),
                date(locale, accepted.getCreatedAt()))).append("*\n\n");
        md.append(demote(accepted.getBody(), 3).strip()).append("\n\n");
        List<Post> others = helpful.stream().filter(p -> !p.getId().equals(accepted.getId())).limit(MAX_HELPFUL)
                .toList();
        if (!others.isEmpty()) {
            md.append("## ").append(text(locale, "knowledge.compose.helpful")).append("\n\n");
            for (Post p : others) {
                md.append("### ").append(text(locale, "knowledge.compose.answerOf", person(p))).append("\n\n");
                md.append('*').append(text(locale, "knowledge.compose.helpfulCount", date(locale, p.getCreatedAt()),
                        p.getHelpfulCount())).append("*\n\n");
                md.append(demote(p.getBody(), 4).strip()).append("\n\n");
            }
        }
        md.append("---\n\n*").append(text(locale, "knowledge.compose.source", source)).append("*\n");
        return md.toString();
    }

    /**
     * A section for an existing page (an FAQ): {@code ## <question title>} with the text under
     * it, its own headings moved below level 2.
     */
    public static String section(String questionTitle, String content) {
        return "## " + escape(questionTitle.strip()) + "\n\n" + demote(content, 3).strip() + "\n";
    }

    /** The page text with a section appended at the end. */
    public static String appendSection(String pageBody, String section) {
        String body = pageBody == null ? "" : pageBody.stripTrailing();
        return body.isEmpty() ? section : body + "\n\n" + section;
    }

    /**
     * Moves every heading down by the same number of levels so that the highest one is at least
     * {@code minLevel} (at most level 6). Setext headings ({@code ===} / {@code ---} underlines)
     * become ATX headings when moved; fenced code stays as it is. Nothing changes when no
     * heading is above {@code minLevel}.
     */
    public static String demote(String markdown, int minLevel) {
        if (markdown == null || markdown.isEmpty()) {
            return markdown == null ? "" : markdown;
        }
        String[] lines = markdown.split("\n", -1);
        List<Heading> headings = headings(lines);
        int highest = headings.stream().mapToInt(Heading::level).min().orElse(minLevel);
        int shift = Math.max(0, minLevel - highest);
        if (shift == 0) {
            return markdown;
        }
        String[] out = lines.clone();
        for (Heading h : headings) {
            int level = Math.min(6, h.level + shift);
            if (h.underline < 0) {
                Matcher m = ATX.matcher(lines[h.line]);
                if (m.matches()) {
                    out[h.line] = m.group(1) + "#".repeat(level) + m.group(3);
                }
            } else {
                out[h.line] = "#".repeat(level) + " " + h.text;
                for (int i = h.line + 1; i <= h.underline; i++) {
                    out[i] = null;
                }
            }
        }
        StringBuilder b = new StringBuilder(markdown.length() + 16);
        boolean first = true;
        for (String line : out) {
            if (line == null) {
                continue;
            }
            if (!first) {
                b.append('\n');
            }
            b.append(line);
            first = false;
        }
        return b.toString();
    }

    /** A heading: its first line, the underline of a setext heading (-1 for ATX), level and text. */
    private record Heading(int line, int underline, int level, String text) {
    }

    private static List<Heading> headings(String[] lines) {
        List<Heading> found = new ArrayList<>();
        String fence = null;
        int paragraphStart = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (fence != null) {
                String closing = line.strip();
                char mark = fence.charAt(0);
                if (closing.startsWith(fence) && closing.chars().allMatch(c -> c == mark)) {
                    fence = null;
                }
                continue;
            }
            if (f.matches()) {
                fence = f.group(1).substring(0, 3);
                paragraphStart = -1;
                continue;
            }
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) {
                found.add(new Heading(i, -1, atx.group(2).length(), null));
                paragraphStart = -1;
                continue;
            }
            Matcher setext = SETEXT.matcher(line);
            if (setext.matches() && paragraphStart >= 0) {
                StringBuilder text = new StringBuilder();
                for (int j = paragraphStart; j < i; j++) {
                    if (text.length() > 0) {
                        text.append(' ');
                    }
                    text.append(lines[j].strip());
                }
                found.add(new Heading(paragraphStart, i, setext.group(1).charAt(0) == '=' ? 1 : 2, text.toString()));
                paragraphStart = -1;
                continue;
            }
            if (line.isBlank() || BLOCK_START.matcher(line).matches()) {
                paragraphStart = -1;
            } else if (paragraphStart < 0) {
                paragraphStart = i;
            }
        }
        return found;
    }

    /** "An Peeters (Gent)" as Markdown, the name linking to the person. */
    static String person(Post post) {
        Account a = post.getAuthor();
        String name = "[" + escape(a.getDisplayName()) + "](/identity/person.xhtml?username=" + a.getUsername() + ")";
        return post.getAuthorOrganisation() == null ? name
                : name + " (" + escape(post.getAuthorOrganisation().getName()) + ")";
    }

    static String date(Locale locale, Instant at) {
        Locale belgian = new Locale.Builder().setLanguage(locale.getLanguage()).setRegion("BE").build();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(belgian).withZone(BRUSSELS).format(at);
    }

    private static String text(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }

    /**
     * Backslash-escapes the characters that make Markdown (emphasis, links, code, HTML, entities,
     * headings), so names and titles are only ever text and still read well in the editor.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if ("\\`*_[]<>!|~#&".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
