package be.atrium.search.web;

import be.atrium.identity.CurrentUser;
import be.atrium.search.SearchResult;
import be.atrium.search.SearchService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * "Misschien is je vraag al beantwoord": while a question is asked, the threads, wiki pages and
 * guidance that resemble its title, in the search's order (a solved question weighs more). The ask page includes it
 * (WEB-INF/includes/search-similar.xhtml) and re-renders it as the title is typed; the asking
 * itself knows nothing of search, which sits above discussions.
 */
@Named("similarContent")
@ViewScoped
public class SimilarPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 5;
    /** Fewer letters than this say too little to look for. */
    static final int MIN_CHARS = 4;

    @Inject
    CurrentUser currentUser;

    @Inject
    SearchService search;

    private String lookedFor;
    private transient List<SearchResult.Hit> found;

    /** What resembles the title typed so far; looked up once per title. */
    public List<SearchResult.Hit> similarTo(String title) {
        String t = title == null ? "" : title.strip();
        if (t.length() < MIN_CHARS) {
            return List.of();
        }
        if (found == null || !t.equals(lookedFor)) {
            found = search.similar(currentUser.get(), t, null, LIMIT);
            lookedFor = t;
        }
        return found;
    }
}
