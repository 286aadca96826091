package be.atrium.discussion.web;

import be.atrium.platform.web.PageRedirect;

/**
 * Post-redirect-get for the discussion pages: after a change the browser goes to a plain GET
 * address (so reloading never posts twice), keeping the confirmation message and telling the
 * next page which browser draft may now be forgotten.
 */
public final class Redirects {

    /** Flash key read by the pages: the local-storage key of a draft that was saved. */
    static final String CLEAR_DRAFT = PageRedirect.CLEAR_DRAFT;

    private Redirects() {
    }

    static void to(String pathAndQuery, String savedDraftKey) {
        PageRedirect.to(pathAndQuery, savedDraftKey);
    }

    public static String thread(long id, int page, Long postId) {
        return "/discussion/thread.xhtml?id=" + id + (page > 1 ? "&page=" + page : "")
                + (postId == null ? "" : "#post-" + postId);
    }
}
