package be.atrium.guidance;

import be.atrium.content.RenderedContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** Guidance stores its Markdown rendered ({@link be.atrium.content.HtmlRefresh}). */
@ApplicationScoped
public class GuidanceHtml implements RenderedContent {

    @Inject
    GuidanceService guidance;

    @Override
    public String table() {
        return "guidance";
    }

    @Override
    public Map<String, String> columns() {
        return Map.of("body", "body_html");
    }

    @Override
    public String html(long id, String body) {
        return guidance.html(body);
    }
}
