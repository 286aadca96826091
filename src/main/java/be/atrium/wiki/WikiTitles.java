package be.atrium.wiki;

import be.atrium.content.TitleSource;
import be.atrium.content.TitledPages;
import be.atrium.identity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The titles of knowledge-base pages for links written elsewhere ({@code wiki:12}), and the pages
 * that {@code [[Page title]]} links outside the wiki lead to, as the viewer may see them.
 */
@ApplicationScoped
public class WikiTitles implements TitleSource, TitledPages {

    @Inject
    WikiService service;

    @Override
    public String kind() {
        return "wiki";
    }

    @Override
    public Optional<String> title(Account viewer, long id) {
        return service.visibleTitle(viewer, id);
    }

    @Override
    public Map<String, Long> find(Account viewer, String atriumSlug, Collection<String> titles) {
        return service.visiblePagesByTitle(viewer, atriumSlug, titles);
    }
}
