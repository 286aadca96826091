package be.atrium.discussion;

import be.atrium.content.MarkdownRenderer;
import be.atrium.content.RenderedContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** Posts store their Markdown rendered ({@link be.atrium.content.HtmlRefresh}). */
@ApplicationScoped
public class PostHtml implements RenderedContent {

    @Inject
    MarkdownRenderer markdown;

    @Override
    public String table() {
        return "post";
    }

    @Override
    public Map<String, String> columns() {
        return Map.of("body", "body_html");
    }

    @Override
    public String html(long id, String body) {
        return markdown.html(body);
    }
}
