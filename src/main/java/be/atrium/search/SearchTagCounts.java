package be.atrium.search;

import be.atrium.content.TagCounts;
import be.atrium.identity.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * Tag counts for the list pages from the index's facets, through the viewer's reach: a facet
 * count instead of a GROUP BY over every tag in the database. Empty while the index is not open.
 */
@ApplicationScoped
public class SearchTagCounts implements TagCounts {

    @Inject
    SearchService search;

    @Inject
    SearchIndex index;

    @Override
    public Optional<List<String>> top(Account viewer, String type, String atriumSlug, boolean networkWide, int limit) {
        if (!index.isOpen()) {
            return Optional.empty();
        }
        return Optional.of(search.topTags(viewer, type, atriumSlug, networkWide, limit));
    }
}
