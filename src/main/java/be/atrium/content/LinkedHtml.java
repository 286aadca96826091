package be.atrium.content;

import be.atrium.identity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills in, for one reader, the links that stored HTML leaves open ({@link MarkdownRenderer}): a
 * reference that reads {@code thread:5} or {@code wiki:12} gets the title the reader may see, or
 * becomes plain text when they may not see it (no link, no title); a {@code [[Page title]]} link
 * leads to the page of that title the reader may read (their Atrium's first, then network-wide)
 * or, red, to the editor that would write it. The stored HTML stays the same for every reader;
 * only what {@link MarkdownRenderer} wrote is matched, and everything put in is escaped.
 */
@ApplicationScoped
public class LinkedHtml {

    private static final Pattern ANCHOR = Pattern.compile("<a ([^>]*)>([^<]*)</a>");
    private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
    private static final Pattern REF_HREF = Pattern.compile("/(discussion/thread|wiki/page)\\.xhtml\\?id(?:=|&#61;)(\\d{1,12})$");
    private static final Pattern TITLE_HREF = Pattern.compile("/wiki/page\\.xhtml\\?title(?:=|&#61;)(.*)$");

    @Inject
    LinkedTitles titles;

    @Inject
    Instance<TitledPages> pages;

    /**
     * The HTML as {@code viewer} reads it, internal links under {@code contextPath} ("" at the root).
     *
     * @param atriumSlug the Atrium the text was written in (its pages come first for
     *                   {@code [[Page title]]} links), or null
     * @param cache      titles found earlier for the same reader (kind:id to title, "" when not visible)
     */
    public String forReader(Account viewer, String html, String atriumSlug, String contextPath,
                            Map<String, String> cache) {
        if (html == null || (!html.contains("class=\"ref\"") && !html.contains("class=\"wikiref\""))) {
            return html;
        }
        String root = contextPath == null || "/".equals(contextPath) ? "" : contextPath;
        Map<String, Long> pagesByTitle = wikiPages(viewer, html, atriumSlug);
        Matcher m = ANCHOR.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            String attributes = m.group(1);
            Matcher href = HREF.matcher(attributes);
            String replacement = m.group();
            if (href.find() && attributes.contains("class=\"ref\"")) {
                replacement = reference(viewer, href.group(1), m.group(2), root, cache);
            } else if (href.find(0) && attributes.contains("class=\"wikiref\"")) {
                replacement = wikiLink(href.group(1), m.group(2), pagesByTitle, atriumSlug, root);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String reference(Account viewer, String href, String text, String root, Map<String, String> cache) {
        Matcher ref = REF_HREF.matcher(href);
        if (!ref.find()) {
            return text;
        }
        String kind = ref.group(1).startsWith("discussion") ? "thread" : "wiki";
        long id = Long.parseLong(ref.group(2));
        String title = cache.computeIfAbsent(kind + ":" + id,
                k -> titles.title(viewer, kind, id).orElse(""));
        if (title.isEmpty()) {
            return text;
        }
        return "<a href=\"" + root + "/" + ref.group(1) + ".xhtml?id=" + id + "\" class=\"internal\" title=\"" + kind
                + ":" + id + "\" rel=\"nofollow noopener\">" + escape(title) + "</a>";
    }

    private static String wikiLink(String href, String label, Map<String, Long> found, String atriumSlug, String root) {
        Optional<String> title = titleOf(href);
        if (title.isEmpty()) {
            return label;
        }
        Long id = found.get(title.get());
        if (id != null) {
            return "<a href=\"" + root + "/wiki/page.xhtml?id=" + id + "\" class=\"wiki\" rel=\"nofollow noopener\">"
                    + label + "</a>";
        }
        String query = (atriumSlug == null ? "" : "atrium=" + encode(atriumSlug) + "&amp;") + "title=" + encode(title.get());
        return "<a href=\"" + root + "/wiki/edit.xhtml?" + query + "\" class=\"new\" rel=\"nofollow noopener\">" + label
                + "</a>";
    }

    private Map<String, Long> wikiPages(Account viewer, String html, String atriumSlug) {
        if (!html.contains("class=\"wikiref\"") || pages == null || !pages.isResolvable()) {
            return Map.of();
        }
        Set<String> wanted = new LinkedHashSet<>();
        Matcher m = ANCHOR.matcher(html);
        while (m.find()) {
            if (m.group(1).contains("class=\"wikiref\"")) {
                Matcher href = HREF.matcher(m.group(1));
                if (href.find()) {
                    titleOf(href.group(1)).ifPresent(wanted::add);
                }
            }
        }
        return wanted.isEmpty() ? Map.of() : new HashMap<>(pages.get().find(viewer, atriumSlug, wanted));
    }

    /** The title in a {@code /wiki/page.xhtml?title=…} address as the sanitiser wrote it. */
    static Optional<String> titleOf(String href) {
        Matcher t = TITLE_HREF.matcher(href);
        if (!t.find()) {
            return Optional.empty();
        }
        String encoded = unescape(t.group(1));
        try {
            String title = URLDecoder.decode(encoded, StandardCharsets.UTF_8).strip();
            return title.isEmpty() ? Optional.empty() : Optional.of(title);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Undoes the sanitiser's character references in an attribute ({@code &#61;}, {@code &amp;}, ...). */
    static String unescape(String s) {
        Matcher m = Pattern.compile("&#(\\d{1,7});|&amp;|&quot;|&lt;|&gt;|&#x([0-9a-fA-F]{1,6});").matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String r;
            if (m.group(1) != null || m.group(2) != null) {
                int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                r = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
            } else {
                r = switch (m.group()) {
                    case "&amp;" -> "&";
                    case "&quot;" -> "\"";
                    case "&lt;" -> "<";
                    default -> ">";
                };
            }
            m.appendReplacement(out, Matcher.quoteReplacement(r));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Escapes text for HTML content and attributes. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&#34;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
