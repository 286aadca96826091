package be.atrium.guidance.web;

import be.atrium.platform.web.PageRedirect;
import be.atrium.platform.web.QueryParams;

/**
 * Post-redirect-get for the guidance pages: after a change the browser goes to a plain address
 * (reloading never posts twice), keeping the confirmation message; a saved editor draft may be
 * forgotten by the browser (the key is read by discussion.js).
 */
final class Redirect {

    private Redirect() {
    }

    static void to(String pathAndQuery) {
        to(pathAndQuery, null);
    }

    static void to(String pathAndQuery, String savedDraftKey) {
        PageRedirect.to(pathAndQuery, savedDraftKey);
    }

    static String guidance(long id) {
        return "/guidance/guidance.xhtml?id=" + id;
    }

    /** An id from an address; garbage becomes -1, which no guidance has (so: not found). */
    static long id(String value) {
        return QueryParams.id(value);
    }
}
