package be.atrium.guidance.web;

import be.atrium.platform.web.PageRedirect;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

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
        return "/guidance/practice.xhtml?id=" + id;
    }

    /** Redirects to a plain GET address, keeping the page messages (and forgetting a saved draft). */
    static void redirect(String pathAndQuery, String savedDraftKey) {
        PageRedirect.to(pathAndQuery, savedDraftKey);
    }

    /** An id from an address; garbage becomes -1, which nothing has (so: not found). */
    static long id(String value) {
        Long parsed = optionalId(value);
        return parsed == null ? -1 : parsed;
    }

    /** An optional id (a filter); garbage or nothing is none. */
    static Long optionalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** An ISO date ({@code 2026-03-31}, as a date field sends it), or null. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Page links to show: 1, the last, and two either side of the current page. */
    static List<Integer> window(int current, int count) {
        TreeSet<Integer> pages = new TreeSet<>();
        pages.add(1);
        pages.add(count);
        for (int i = current - 2; i <= current + 2; i++) {
            if (i >= 1 && i <= count) {
                pages.add(i);
            }
        }
        return new ArrayList<>(pages);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
