package be.atrium.discussion.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Post-redirect-get for the discussion pages: after a change the browser goes to a plain GET
 * address (so reloading never posts twice), keeping the confirmation message and telling the
 * next page which browser draft may now be forgotten.
 */
final class Redirects {

    /** Flash key read by the pages: the local-storage key of a draft that was saved. */
    static final String CLEAR_DRAFT = "clearDraft";

    private Redirects() {
    }

    static void to(String pathAndQuery, String savedDraftKey) {
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

    static String thread(long id, int page, Long postId) {
        return "/discussion/thread.xhtml?id=" + id + (page > 1 ? "&page=" + page : "")
                + (postId == null ? "" : "#post-" + postId);
    }
}
