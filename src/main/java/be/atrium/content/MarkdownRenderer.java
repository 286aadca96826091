package be.atrium.content;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what people write (CommonMark with tables, strikethrough and autolinks) into HTML that
 * is safe to show: raw HTML is escaped by the renderer and the result goes through the OWASP
 * sanitiser (no scripts, no event handlers, no {@code javascript:} links; links get
 * {@code rel="nofollow noopener"}). {@code @username} becomes a link to that person,
 * {@code thread:123} and {@code wiki:45} (as link targets or plain text) link to a thread or a
 * wiki page. Written as plain text, such a reference becomes a link of class {@code ref} that
 * still reads {@code thread:123}: the stored HTML is the same for every reader, so the title is
 * filled in (or the link dropped) for each reader when the page is shown ({@link LinkedHtml}).
 * {@code [[Page title]]} (or {@code [[Page title|label]]}) becomes a link of class {@code wikiref}
 * to {@code /wiki/page.xhtml?title=…}, resolved per reader the same way (the wiki's own pages
 * resolve theirs when saved, {@code wiki.WikiLinks}).
 * <p>
 * Images are shown only from Atrium itself (a path such as {@code /files/12}, the attachments): an
 * image from another host would tell its owner who reads the post, when and from where. Such an
 * image becomes a link to it, with its description as the text; the sanitiser drops any other
 * image source too, and the pages' Content-Security-Policy ({@code img-src 'self' data: blob:}) would not
 * load it anyway.
 * <p>
 * The HTML is stored beside the Markdown. When the rules here change, {@link #VERSION} changes with
 * them, and {@link HtmlRefresh} renders every stored text again at the next start, so no page keeps
 * showing what an older rule let through.
 */
@ApplicationScoped
public class MarkdownRenderer {

    /**
     * Changes whenever the HTML made from the same Markdown changes (2: outside images became links;
     * 3: references get class {@code ref}, {@code [[Page title]]} links class {@code wikiref}).
     */
    public static final String VERSION = "3";

    /** Where a {@code [[Page title]]} link leads before it is resolved for a reader. */
    public static final String WIKI_TITLE_PREFIX = "/wiki/page.xhtml?title=";

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@.])@([a-z0-9][a-z0-9._-]{1,59})(?<![._-])");
    private static final Pattern INTERNAL = Pattern.compile("(?<![\\w/:])(thread|wiki):(\\d{1,12})\\b");
    private static final Pattern INTERNAL_TARGET = Pattern.compile("(thread|wiki):(\\d{1,12})");
    private static final Pattern WIKI_TITLE = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{1,200}))?]]");
    /**
     * An address on Atrium itself: a path from the root ({@code /files/12}, not {@code //host/…}) or a
     * relative one without a scheme; no backslashes (browsers read them as slashes) or white space.
     */
    static final Pattern OWN_ADDRESS = Pattern.compile("(?:/(?![/\\\\])|(?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/))[^\\\\\\s]*");

    private final List<Extension> extensions = List.of(TablesExtension.create(), StrikethroughExtension.create(),
            AutolinkExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true)
            .sanitizeUrls(true).attributeProviderFactory(context -> MarkdownRenderer::wikiLinkClass).build();
    private final PolicyFactory policy = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href", "title").onElements("a")
                    .allowAttributes("class").matching(Pattern.compile("mention|internal|wiki|new|ref|wikiref")).onElements("a")
                    .allowStandardUrlProtocols()
                    .requireRelsOnLinks("nofollow", "noopener")
                    .allowElements("img").allowAttributes("alt", "title").onElements("img")
                    .allowAttributes("src").matching(OWN_ADDRESS).onElements("img")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowElements("pre", "code", "hr", "br", "del", "s", "blockquote", "table", "thead", "tbody",
                            "tr", "th", "td", "sup", "sub")
                    .allowAttributes("align").onElements("th", "td")
                    .toFactory());

    /** What a rendering yields: safe HTML and the usernames mentioned in it. */
    public record Rendered(String html, Set<String> mentions) {
    }

    public Rendered render(String markdown) {
        Node document = parser.parse(markdown == null ? "" : markdown);
        Set<String> mentions = new LinkedHashSet<>();
        document.accept(new Linker(mentions));
        String html = policy.sanitize(renderer.render(document));
        return new Rendered(html, mentions);
    }

    public String html(String markdown) {
        return render(markdown).html();
    }

    /**
     * Links into the wiki get a class: {@code wiki} for an existing page, {@code new} (shown red)
     * for a page that does not exist yet and would be created by following the link.
     */
    private static void wikiLinkClass(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Link link && link.getDestination() != null) {
            String destination = link.getDestination();
            if (isReference(link)) {
                attributes.put("class", "ref");
            } else if (destination.startsWith(WIKI_TITLE_PREFIX)) {
                attributes.put("class", "wikiref");
            } else if (destination.startsWith("/wiki/edit.xhtml?")) {
                attributes.put("class", "new");
            } else if (destination.startsWith("/wiki/page.xhtml?")) {
                attributes.put("class", "wiki");
            }
        }
    }

    /** A link that reads as its own reference ({@code thread:5} to thread 5): its title is shown per reader. */
    private static boolean isReference(Link link) {
        if (!(link.getFirstChild() instanceof Text text) || text.getNext() != null) {
            return false;
        }
        Matcher m = INTERNAL_TARGET.matcher(text.getLiteral());
        return m.matches() && link.getDestination().equals(internalUrl(m.group(1), m.group(2)));
    }

    private static String internalUrl(String type, String id) {
        return "thread".equals(type) ? "/discussion/thread.xhtml?id=" + id : "/wiki/page.xhtml?id=" + id;
    }

    /** Rewrites link targets and plain text: mentions and internal references become links. */
    private static final class Linker extends AbstractVisitor {
        private final Set<String> mentions;

        Linker(Set<String> mentions) {
            this.mentions = mentions;
        }

        @Override
        public void visit(Link link) {
            Matcher internal = INTERNAL_TARGET.matcher(link.getDestination());
            if (internal.matches()) {
                link.setDestination(internalUrl(internal.group(1), internal.group(2)));
            }
            visitChildren(link);
        }

        /** An image from elsewhere becomes a link to it (its description, else its address, as the text). */
        @Override
        public void visit(Image image) {
            String destination = image.getDestination() == null ? "" : image.getDestination();
            if (OWN_ADDRESS.matcher(destination).matches() && !destination.isEmpty()) {
                return;
            }
            Link link = new Link(destination, image.getTitle());
            for (Node child = image.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                link.appendChild(child);
                child = next;
            }
            if (link.getFirstChild() == null) {
                link.appendChild(new Text(destination));
            }
            image.insertBefore(link);
            image.unlink();
            visitChildren(link);
        }

        @Override
        public void visit(Code code) {
            // code stays literal
        }

        @Override
        public void visit(Text text) {
            if (insideLink(text)) {
                return;
            }
            String literal = text.getLiteral();
            List<Node> replacement = new ArrayList<>();
            int last = 0;
            Matcher m = Pattern.compile(MENTION.pattern() + "|" + INTERNAL.pattern() + "|" + WIKI_TITLE.pattern())
                    .matcher(literal);
            while (m.find()) {
                if (m.start() > last) {
                    replacement.add(new Text(literal.substring(last, m.start())));
                }
                Link link;
                if (m.group(1) != null) {
                    mentions.add(m.group(1));
                    link = new Link("/identity/person.xhtml?username=" + m.group(1), null);
                    link.appendChild(new Text("@" + m.group(1)));
                } else if (m.group(2) != null) {
                    link = new Link(internalUrl(m.group(2), m.group(3)), null);
                    link.appendChild(new Text(m.group(0)));
                } else {
                    String title = m.group(4).strip().replaceAll("\\s+", " ");
                    String label = m.group(5) == null ? title : m.group(5).strip();
                    if (title.isEmpty() || label.isEmpty()) {
                        replacement.add(new Text(m.group(0)));
                        last = m.end();
                        continue;
                    }
                    link = new Link(WIKI_TITLE_PREFIX + java.net.URLEncoder.encode(title,
                            java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), null);
                    link.appendChild(new Text(label));
                }
                replacement.add(link);
                last = m.end();
            }
            if (replacement.isEmpty()) {
                return;
            }
            if (last < literal.length()) {
                replacement.add(new Text(literal.substring(last)));
            }
            for (Node node : replacement) {
                text.insertBefore(node);
            }
            text.unlink();
        }

        private static boolean insideLink(Node node) {
            // (a [[Page title]] inside a link stays text)
            for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link) {
                    return true;
                }
            }
            return false;
        }

    }
}
