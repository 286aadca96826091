package be.atrium.search.web;

import be.atrium.identity.CurrentUser;
import be.atrium.search.SearchResult;
import be.atrium.search.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * "Verwant": threads, wiki pages and guidance that resemble the one being read, never itself. The
 * thread, wiki and guidance pages include it (WEB-INF/includes/search-related.xhtml) with their key
 * ({@code thread:12}) and title; those capabilities know nothing of search, which sits above them.
 */
@Named
@RequestScoped
public class RelatedContent {

    static final int LIMIT = 5;

    @Inject
    CurrentUser currentUser;

    @Inject
    SearchService search;

    private final Map<String, List<SearchResult.Hit>> found = new HashMap<>();

    /** What resembles the item with this key and title; looked up once per request. */
    public List<SearchResult.Hit> related(String key, String title) {
        if (key == null || title == null || title.isBlank() || !currentUser.isSignedIn()) {
            return List.of();
        }
        return found.computeIfAbsent(key, k -> search.similar(currentUser.get(), title, k, LIMIT));
    }
}
