package be.atrium.practice.web;

import be.atrium.platform.web.PageRedirect;
import be.atrium.platform.web.QueryParams;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Small things the practice pages share: reading ids, page numbers and dates from an address
 * (garbage is "none", never an error page) and post-redirect-get after a change.
 */
final class PracticePages {

    /** Flash key read by discussion.js (through discussion-support.xhtml): a browser draft to forget. */
    static final String CLEAR_DRAFT = PageRedirect.CLEAR_DRAFT;

    private PracticePages() {
    }

    static String casePath(long id) {
        return "/practice/case.xhtml?id=" + id;
    }

    /** Redirects to a plain GET address, keeping the page messages (and forgetting a saved draft). */
    static void redirect(String pathAndQuery, String savedDraftKey) {
        PageRedirect.to(pathAndQuery, savedDraftKey);
    }

    /** An id from an address; garbage becomes -1, which nothing has (so: not found). */
    static long id(String value) {
        return QueryParams.id(value);
    }

    /** An optional id (a filter); garbage or nothing is none. */
    static Long optionalId(String value) {
        return QueryParams.optionalId(value);
    }

    static int page(String value) {
        return QueryParams.page(value);
    }

    /** An ISO date ({@code 2026-03-31}, as a date field sends it), or null. */
    static LocalDate date(String value) {
        return QueryParams.date(value);
    }

    /** Page links to show: 1, the last, and two either side of the current page. */
    static List<Integer> window(int current, int count) {
        return QueryParams.window(current, count);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
