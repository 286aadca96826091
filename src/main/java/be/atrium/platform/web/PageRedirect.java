package be.atrium.platform.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Post-redirect-get for every page: after a change the browser goes to a plain address (reloading
 * never posts twice), keeping the confirmation message. A saved editor draft can be named so
 * the next page tells the browser to forget it (the flash key {@value #CLEAR_DRAFT} is read by
 * the pages' script).
 */
public final class PageRedirect {

    /** Flash key read by the pages: the local-storage key of a draft that was saved. */
    public static final String CLEAR_DRAFT = "clearDraft";

    private PageRedirect() {
    }

    /** Redirects to an address inside the application ({@code /wiki/page.xhtml?id=3}). */
    public static void to(String pathAndQuery) {
        to(pathAndQuery, null);
    }

    public static void to(String pathAndQuery, String savedDraftKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.getFlash().setKeepMessages(true);
        if (savedDraftKey != null) {
            external.getFlash().put(CLEAR_DRAFT, savedDraftKey);
        }
        try {
            external.redirect(external.getRequestContextPath() + pathAndQuery);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
