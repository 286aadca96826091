package be.atrium.wiki;

import be.atrium.content.RenderedContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

/**
 * Wiki pages store their Markdown rendered with their {@code [[links]]} resolved
 * ({@link be.atrium.content.HtmlRefresh}).
 */
@ApplicationScoped
public class WikiPageHtml implements RenderedContent {

    @PersistenceContext
    EntityManager em;

    @Inject
    WikiLinkMaintenance links;

    @Override
    public String table() {
        return "wiki_page";
    }

    @Override
    public Map<String, String> columns() {
        return Map.of("body", "body_html");
    }

    @Override
    public String html(long id, String body) {
        return links.render(em.find(WikiPage.class, id).getAtrium(), body);
    }
}
