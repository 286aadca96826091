package be.atrium.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found that the viewer may read: the total, one page of hits, the facet counts
 * (over the same readable set) and a corrected query when a word looked misspelt.
 */
public record SearchResult(long total, long tookMs, List<Hit> hits, Map<String, List<FacetCount>> facets,
                           String suggestion) {

    /** One thread, page, guidance or case: {@code snippet} is HTML with {@code <mark>}, all else escaped. */
    public record Hit(String type, long id, String title, String url, String snippet, String atrium, String level,
                      long date, String status, Boolean solved, float score) {
        public String getType() {
            return type;
        }

        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public String getUrl() {
            return url;
        }

        public String getSnippet() {
            return snippet;
        }

        public String getAtrium() {
            return atrium;
        }

        public String getLevel() {
            return level;
        }

        public long getDate() {
            return date;
        }

        public String getStatus() {
            return status;
        }

        public Boolean getSolved() {
            return solved;
        }
    }

    /** A facet value and how many readable hits have it. */
    public record FacetCount(String value, long count) {
        public String getValue() {
            return value;
        }

        public long getCount() {
            return count;
        }
    }

    public static SearchResult empty(long tookMs) {
        return new SearchResult(0, tookMs, List.of(), Map.of(), null);
    }

    public long getTotal() {
        return total;
    }

    public List<Hit> getHits() {
        return hits;
    }

    public String getSuggestion() {
        return suggestion;
    }
}
