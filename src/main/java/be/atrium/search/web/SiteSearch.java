package be.atrium.search.web;

import be.atrium.identity.CurrentUser;
import be.atrium.search.SearchResult;
import be.atrium.search.SearchService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.SelectEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The search box in the header of every page: titles the viewer may read that begin like what is
 * typed; choosing one opens its page. Enter or the button sends the plain GET form to the search
 * page, which also works without script.
 */
@Named
@RequestScoped
public class SiteSearch {

    static final int SUGGESTIONS = 8;

    @Inject
    CurrentUser currentUser;

    @Inject
    SearchService search;

    /** The suggestions for the autocomplete (its {@code completeMethod}). */
    public List<SearchResult.Hit> complete(String typed) {
        if (!currentUser.isSignedIn() || typed == null || typed.isBlank()) {
            return List.of();
        }
        return search.suggest(currentUser.get(), typed, SUGGESTIONS);
    }

    /** A suggestion was chosen: its page (the item's value is the hit's address inside Atrium). */
    public void open(SelectEvent<String> event) {
        String url = event.getObject();
        if (!isInternal(url)) {
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + url);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only a path of this application: the value comes back from the browser. */
    static boolean isInternal(String url) {
        return url != null && url.startsWith("/") && !url.startsWith("//") && url.indexOf('\\') < 0
                && url.chars().noneMatch(Character::isISOControl);
    }
}
