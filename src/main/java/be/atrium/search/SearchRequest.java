package be.atrium.search;

/**
 * A search as someone asks it: the text, the chosen facet values (null: all), the order and the
 * page. Everything that fits in the address of the search page.
 */
public record SearchRequest(String q, String type, String atrium, String tag, String level, String year,
                            String solved, boolean byDate, int offset, int limit) {

    public static final int MAX_LIMIT = 100;

    public SearchRequest {
        offset = Math.max(0, Math.min(offset, 10_000));
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        type = blankToNull(type);
        atrium = blankToNull(atrium);
        tag = blankToNull(tag);
        level = blankToNull(level);
        year = blankToNull(year);
        solved = blankToNull(solved);
    }

    public static SearchRequest of(String q, int limit) {
        return new SearchRequest(q, null, null, null, null, null, null, false, 0, limit);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
