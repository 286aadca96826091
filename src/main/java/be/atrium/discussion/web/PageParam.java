package be.atrium.discussion.web;

/** A page number from an address: garbage or nothing means the first page, never an error page. */
final class PageParam {

    private PageParam() {
    }

    static int parse(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** An id from an address; garbage becomes -1, which no thread or post has (so: not found). */
    static long id(String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Page links to show: 1, the last, and two either side of the current page (in order). */
    static java.util.List<Integer> window(int current, int count) {
        java.util.TreeSet<Integer> pages = new java.util.TreeSet<>();
        pages.add(1);
        pages.add(count);
        for (int i = current - 2; i <= current + 2; i++) {
            if (i >= 1 && i <= count) {
                pages.add(i);
            }
        }
        return new java.util.ArrayList<>(pages);
    }
}
