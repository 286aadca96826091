package be.atrium.wiki;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pre-processing of wiki Markdown: {@code [[Page title]]} (or {@code [[Page title|label]]}) becomes
 * an ordinary Markdown link, to the page when one with that title exists, otherwise to the editor
 * that creates it ({@link #NEW_PAGE_PREFIX}, shown red by the renderer). Titles and labels are
 * Markdown-escaped and URL-encoded, so the result is plain Markdown that the renderer and its
 * sanitiser treat like anything else. Code spans and fenced code blocks stay literal.
 */
public final class WikiLinks {

    public static final String PAGE_PREFIX = "/wiki/page.xhtml?id=";
    public static final String NEW_PAGE_PREFIX = "/wiki/edit.xhtml?";

    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{1,200}))?]]");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");

    private WikiLinks() {
    }

    /** The lookup keys ({@link WikiPage#key}) of every page title linked from the Markdown. */
    public static Set<String> linkedKeys(String markdown) {
        Set<String> keys = new LinkedHashSet<>();
        process(markdown, (title, label) -> {
            String key = WikiPage.key(title);
            if (!key.isEmpty()) {
                keys.add(key);
            }
            return null;
        });
        return keys;
    }

    /** A page a link could lead to: its title key, its id and its Atrium (null: network-wide). */
    public record Target(String key, long pageId, Long atriumId) {
    }

    /**
     * Whether a page of {@code targetAtrium} (null: network-wide) can be reached by a link on a
     * page of {@code fromAtrium}: a page of an Atrium links to the pages of that Atrium and to the
     * network-wide ones; a network-wide page only to network-wide ones.
     */
    public static boolean reachable(Long targetAtrium, Long fromAtrium) {
        return targetAtrium == null || targetAtrium.equals(fromAtrium);
    }

    /**
     * What the links of a page of {@code fromAtrium} lead to, by title key: among the candidates,
     * the reachable ones, a page of the same Atrium before a network-wide page of that title.
     */
    public static Map<String, Long> targets(Long fromAtrium, Collection<Target> candidates) {
        Map<String, Long> found = new HashMap<>();
        for (Target t : candidates) {
            if (!reachable(t.atriumId(), fromAtrium)) {
                continue;
            }
            if (t.atriumId() != null || !found.containsKey(t.key())) {
                found.put(t.key(), t.pageId());
            }
        }
        return found;
    }

    /**
     * The title keys whose links may lead elsewhere after a page's title changed from
     * {@code oldTitle} (null: the page is new) to {@code newTitle}: the new key (its red links
     * turn blue) and the old one (its links lose their target, or find another page). A change of
     * case or spacing keeps the key, and so the links.
     */
    public static Set<String> changedKeys(String oldTitle, String newTitle) {
        Set<String> keys = new LinkedHashSet<>();
        String newKey = WikiPage.key(newTitle);
        if (oldTitle == null) {
            keys.add(newKey);
            return keys;
        }
        String oldKey = WikiPage.key(oldTitle);
        if (!Objects.equals(oldKey, newKey)) {
            keys.add(oldKey);
            keys.add(newKey);
        }
        keys.remove("");
        return keys;
    }

    /**
     * Rewrites the links. {@code existing} maps title keys to page ids; {@code atriumSlug} is the
     * Atrium new pages are created in (null: network-wide).
     */
    public static String resolve(String markdown, Map<String, Long> existing, String atriumSlug) {
        return process(markdown, (title, label) -> {
            String key = WikiPage.key(title);
            if (key.isEmpty()) {
                return null;
            }
            String text = escape(label == null ? title.strip() : label.strip());
            Long id = existing.get(key);
            if (id != null) {
                return "[" + text + "](" + PAGE_PREFIX + id + ")";
            }
            String query = (atriumSlug == null ? "" : "atrium=" + encode(atriumSlug) + "&")
                    + "title=" + encode(title.strip().replaceAll("\\s+", " "));
            return "[" + text + "](" + NEW_PAGE_PREFIX + query + ")";
        });
    }

    private interface Replacer {
        /** The replacement, or null to keep the original text. */
        String replace(String title, String label);
    }

    private static String process(String markdown, Replacer replacer) {
        if (markdown == null || markdown.isEmpty()) {
            return markdown == null ? "" : markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 64);
        String fence = null;
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (fence == null && f.matches()) {
                fence = f.group(1).substring(0, 3);
                out.append(line);
            } else if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                out.append(line);
            } else {
                out.append(processLine(line, replacer));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Replaces links outside inline code spans (runs of backticks close a span of the same length). */
    private static String processLine(String line, Replacer replacer) {
        StringBuilder out = new StringBuilder(line.length());
        int i = 0;
        while (i < line.length()) {
            int tick = line.indexOf('`', i);
            String plain = tick < 0 ? line.substring(i) : line.substring(i, tick);
            out.append(replaceLinks(plain, replacer));
            if (tick < 0) {
                break;
            }
            int run = tick;
            while (run < line.length() && line.charAt(run) == '`') {
                run++;
            }
            String ticks = line.substring(tick, run);
            int close = line.indexOf(ticks, run);
            while (close >= 0 && close + ticks.length() < line.length() && line.charAt(close + ticks.length()) == '`') {
                close = line.indexOf(ticks, close + ticks.length() + 1);
            }
            if (close < 0) {
                out.append(ticks);
                i = run;
            } else {
                out.append(line, tick, close + ticks.length());
                i = close + ticks.length();
            }
        }
        return out.toString();
    }

    private static String replaceLinks(String text, Replacer replacer) {
        Matcher m = LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = replacer.replace(m.group(1), m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Backslash-escapes every ASCII punctuation character, so a title is only ever text. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c >= 32) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
