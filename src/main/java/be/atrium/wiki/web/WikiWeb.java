package be.atrium.wiki.web;

import be.atrium.platform.web.PageRedirect;
import be.atrium.platform.web.QueryParams;
import jakarta.faces.context.FacesContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the knowledge-base pages share: reading ids and page numbers from addresses (garbage is
 * "not found" or page 1, never an error page), post-redirect-get after a change, the tags as
 * typed, and internal links of stored HTML made to work under any context path.
 */
final class WikiWeb {

    /** Flash key read by discussion-support.xhtml: the browser draft that may now be forgotten. */
    static final String CLEAR_DRAFT = PageRedirect.CLEAR_DRAFT;

    private static final Pattern INTERNAL_HREF = Pattern.compile("href=\"/(wiki|discussion|identity|network)/");

    private WikiWeb() {
    }

    /** An id from an address; garbage becomes -1, which no page has (so: not found). */
    static long id(String value) {
        return QueryParams.id(value);
    }

    /** An optional id: null when missing or not a number. */
    static Long optionalId(String value) {
        return QueryParams.optionalId(value);
    }

    /** A positive number from an address, or null. */
    static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A page number: anything but a positive number means page 1. */
    static int page(String value) {
        return QueryParams.page(value);
    }

    /** Page links to show: 1, the last, and two either side of the current page. */
    static List<Integer> window(int current, int count) {
        return QueryParams.window(current, count);
    }

    /** Tags as typed in one field, separated by commas or semicolons. */
    static List<String> tags(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Stored HTML links to pages of the application by absolute path ({@code /wiki/page.xhtml?id=7});
     * under a context path they get that prefix.
     */
    static String withContextPath(String html, String contextPath) {
        if (html == null || contextPath == null || contextPath.isEmpty() || "/".equals(contextPath)) {
            return html;
        }
        return INTERNAL_HREF.matcher(html).replaceAll("href=\"" + contextPath.replace("$", "\\$") + "/$1/");
    }

    static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    /** Post-redirect-get: keeps the confirmation message and tells the next page which draft was saved. */
    static void redirect(String pathAndQuery, String savedDraftKey) {
        PageRedirect.to(pathAndQuery, savedDraftKey);
    }
}
