package be.atrium.discussion.web;

import be.atrium.platform.web.QueryParams;

/** A page number from an address: garbage or nothing means the first page, never an error page. */
final class PageParam {

    private PageParam() {
    }

    static int parse(String value) {
        return QueryParams.page(value);
    }

    /** An id from an address; garbage becomes -1, which no thread or post has (so: not found). */
    static long id(String value) {
        return QueryParams.id(value);
    }

    /** Page links to show: 1, the last, and two either side of the current page (in order). */
    static java.util.List<Integer> window(int current, int count) {
        return QueryParams.window(current, count);
    }
}
