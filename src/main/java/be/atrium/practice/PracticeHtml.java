package be.atrium.practice;

import be.atrium.content.MarkdownRenderer;
import be.atrium.content.RenderedContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** Practice cases store the four parts of their story rendered ({@link be.atrium.content.HtmlRefresh}). */
@ApplicationScoped
public class PracticeHtml implements RenderedContent {

    @Inject
    MarkdownRenderer markdown;

    @Override
    public String table() {
        return "practice_case";
    }

    @Override
    public Map<String, String> columns() {
        return Map.of("context", "context_html", "approach", "approach_html", "result", "result_html",
                "lessons", "lessons_html");
    }

    @Override
    public String html(long id, String text) {
        return markdown.html(text);
    }
}
