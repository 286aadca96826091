package be.atrium.search.web;

import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.QueryParams;
import be.atrium.search.SearchRequest;
import be.atrium.search.SearchResult;
import be.atrium.search.SearchService;
import be.atrium.search.SearchTypes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page: the text, the chosen facet values, the order and the page all live in the
 * address (GET parameters), so every search can be bookmarked and shared. Shows one page of hits
 * (25) with their highlighted snippets, the facets as links that add or remove a filter, "Bedoelde
 * je …?" when a word looked misspelt, and what to try when nothing was found.
 */
@Named
@RequestScoped
public class SearchPage {

    public static final int PAGE_SIZE = 25;
    static final String SORT_DATE = "date";

    /** The facets in the order they are shown, by their parameter name. */
    static final List<String> FACETS = List.of("type", "atrium", "level", "tag", "year", "solved");

    @Inject
    CurrentUser currentUser;

    @Inject
    SearchService search;

    @Inject
    NetworkService network;

    private final Map<String, String> filters = new LinkedHashMap<>();
    private String q;
    private String sort;
    private int page = 1;

    private SearchResult result;
    private List<Row> rows;
    private List<Facet> facets;
    private Map<String, String> atriumNames;

    /** A hit as the page shows it: its kind, Atrium, date and (when it is retired) status in words. */
    public record Row(SearchResult.Hit hit, String typeLabel, String atriumName, Instant date, boolean retired,
                      String statusLabel) {
        public SearchResult.Hit getHit() {
            return hit;
        }

        public String getTypeLabel() {
            return typeLabel;
        }

        public String getAtriumName() {
            return atriumName;
        }

        public Instant getDate() {
            return date;
        }

        /** Guidance that is superseded or withdrawn, a cancelled meeting: marked, still found. */
        public boolean isRetired() {
            return retired;
        }

        public String getStatusLabel() {
            return statusLabel;
        }
    }

    /** One facet: its values with their counts and the address that chooses or drops each. */
    public record Facet(String name, String heading, List<FacetValue> values) {
        public String getName() {
            return name;
        }

        public String getHeading() {
            return heading;
        }

        public List<FacetValue> getValues() {
            return values;
        }
    }

    public record FacetValue(String value, String label, long count, boolean active, String query) {
        public String getLabel() {
            return label;
        }

        public long getCount() {
            return count;
        }

        public boolean isActive() {
            return active;
        }

        public String getQuery() {
            return query;
        }
    }

    /** A chosen filter, with the address without it. */
    public record ActiveFilter(String heading, String label, String removeQuery) {
        public String getHeading() {
            return heading;
        }

        public String getLabel() {
            return label;
        }

        public String getRemoveQuery() {
            return removeQuery;
        }
    }

    public void load() {
        Account viewer = currentUser.get();
        result = search.search(viewer, request());
        if (result.hits().isEmpty() && page > 1 && result.total() > 0) {
            page = getPageCount();
            result = search.search(viewer, request());
        }
    }

    private SearchRequest request() {
        return new SearchRequest(q, filters.get("type"), filters.get("atrium"), filters.get("tag"),
                filters.get("level"), filters.get("year"), filters.get("solved"), isByDate(), (page - 1) * PAGE_SIZE,
                PAGE_SIZE);
    }

    /**
     * The result, searched on first use when the view action has not run: a postback from this
     * page (the language switch, logging out) evaluates the page before it goes elsewhere.
     */
    public SearchResult getResult() {
        if (result == null) {
            load();
        }
        return result;
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (SearchResult.Hit h : getResult().hits()) {
                boolean retired = h.status() != null && !"PUBLISHED".equals(h.status());
                rows.add(new Row(h, typeLabel(h.type()), atriumName(h.atrium()),
                        h.date() > 0 ? Instant.ofEpochMilli(h.date()) : null, retired,
                        retired ? statusLabel(h.type(), h.status()) : null));
            }
        }
        return rows;
    }

    public List<Facet> getFacets() {
        if (facets == null) {
            facets = new ArrayList<>();
            for (String name : FACETS) {
                List<FacetValue> values = new ArrayList<>();
                String chosen = filters.get(name);
                boolean chosenListed = false;
                for (SearchResult.FacetCount f : ordered(name, getResult().facets().getOrDefault(name, List.of()))) {
                    boolean active = f.value().equals(chosen);
                    chosenListed |= active;
                    values.add(new FacetValue(f.value(), valueLabel(name, f.value()), f.count(), active,
                            query(name, active ? null : f.value(), 1)));
                }
                if (chosen != null && !chosenListed) {
                    values.add(0, new FacetValue(chosen, valueLabel(name, chosen), 0, true, query(name, null, 1)));
                }
                if (!values.isEmpty()) {
                    facets.add(new Facet(name, PageMessages.text("search.facet." + name), values));
                }
            }
        }
        return facets;
    }

    /** Kinds in a fixed order, years newest first, the rest as counted (most first). */
    private static List<SearchResult.FacetCount> ordered(String name, List<SearchResult.FacetCount> values) {
        List<SearchResult.FacetCount> sorted = new ArrayList<>(values);
        switch (name) {
            case "type" -> sorted.sort(Comparator.comparingInt(f -> position(SearchTypes.ALL, f.value())));
            case "year" -> sorted.sort(Comparator.comparing(SearchResult.FacetCount::value).reversed());
            case "solved" -> sorted.sort(Comparator.comparing(f -> !"yes".equals(f.value())));
            default -> sorted.sort(Comparator.comparingLong(SearchResult.FacetCount::count).reversed());
        }
        return sorted;
    }

    private static int position(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }

    public List<ActiveFilter> getActiveFilters() {
        List<ActiveFilter> active = new ArrayList<>();
        for (String name : FACETS) {
            String value = filters.get(name);
            if (value != null) {
                active.add(new ActiveFilter(PageMessages.text("search.facet." + name), valueLabel(name, value),
                        query(name, null, 1)));
            }
        }
        return active;
    }

    /** The chosen filters and order as hidden fields of the search form: new words keep them. */
    public List<Map.Entry<String, String>> getActiveFilterParams() {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (String name : FACETS) {
            if (filters.get(name) != null) {
                params.add(new AbstractMap.SimpleImmutableEntry<>(name, filters.get(name)));
            }
        }
        if (isByDate()) {
            params.add(new AbstractMap.SimpleImmutableEntry<>("sort", SORT_DATE));
        }
        return params;
    }

    public boolean isFiltered() {
        return filters.values().stream().anyMatch(v -> v != null);
    }

    public boolean isByDate() {
        return SORT_DATE.equals(sort);
    }

    /** Sorting by relevance only means something when there are words to weigh. */
    public boolean isHasText() {
        return q != null && !q.isBlank();
    }

    // --- labels

    /** A status as its own kind of content names it (guidance: superseded, withdrawn; a meeting: cancelled). */
    String statusLabel(String type, String status) {
        return PageMessages.text((SearchTypes.MEETING.equals(type) ? "meeting.status." : "guidance.status.") + status);
    }

    String typeLabel(String type) {
        return type == null ? "" : PageMessages.text("search.type." + type);
    }

    String valueLabel(String facet, String value) {
        return switch (facet) {
            case "type" -> typeLabel(value);
            case "atrium" -> atriumName(value);
            case "level" -> PageMessages.text("level." + value);
            case "solved" -> PageMessages.text("search.solved." + ("yes".equals(value) ? "yes" : "no"));
            default -> value;
        };
    }

    /** The Atrium's name as the viewer may see it; its slug when it is not (any longer) visible. */
    String atriumName(String slug) {
        if (slug == null) {
            return null;
        }
        if (atriumNames == null) {
            atriumNames = new LinkedHashMap<>();
            for (AtriumView a : network.visibleAtria(currentUser.get())) {
                atriumNames.put(a.getAtrium().getSlug(), a.getAtrium().getName());
            }
        }
        return atriumNames.getOrDefault(slug, slug);
    }

    // --- addresses

    /** The query string of this search at another page. */
    public String pageQuery(int otherPage) {
        return query(null, null, otherPage);
    }

    /** The query string of this search in another order (from the first page). */
    public String sortQuery(String otherSort) {
        return build(q, filters, SORT_DATE.equals(otherSort) ? SORT_DATE : null, 1);
    }

    /** The query string of the same filters with other words: the spelling suggestion. */
    public String textQuery(String otherText) {
        return build(otherText, filters, sort, 1);
    }

    /** The words alone, without any filter. */
    public String getUnfilteredQuery() {
        return build(q, Map.of(), sort, 1);
    }

    /** This search with one filter set to a value (or dropped when null), at a page. */
    private String query(String facet, String value, int atPage) {
        Map<String, String> changed = new LinkedHashMap<>(filters);
        if (facet != null) {
            changed.put(facet, value);
        }
        return build(q, changed, sort, atPage);
    }

    static String build(String text, Map<String, String> filters, String sort, int page) {
        StringBuilder s = new StringBuilder();
        if (text != null && !text.isBlank()) {
            s.append("&q=").append(enc(text.strip()));
        }
        for (String name : FACETS) {
            String v = filters.get(name);
            if (v != null && !v.isBlank()) {
                s.append('&').append(name).append('=').append(enc(v));
            }
        }
        if (SORT_DATE.equals(sort)) {
            s.append("&sort=").append(SORT_DATE);
        }
        if (page > 1) {
            s.append("&page=").append(page);
        }
        return s.length() == 0 ? "" : s.substring(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Where to ask when nothing answers: the filtered Atrium, else the viewer's first one. */
    public String getAskQuery() {
        String atrium = filters.get("atrium");
        if (atrium == null) {
            atrium = network.myAtria(currentUser.get()).stream().map(a -> a.getAtrium().getSlug()).findFirst()
                    .orElse(null);
        }
        if (atrium == null) {
            return null;
        }
        return "atrium=" + enc(atrium) + (isHasText() ? "&title=" + enc(q.strip()) : "");
    }

    // --- paging

    public int getPage() {
        return page;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPageNumbers() {
        return QueryParams.window(page, getPageCount());
    }

    /** The number of the first hit on this page (1-based), for the "26–50 of 120" line. */
    public long getFirst() {
        return getResult().total() == 0 ? 0 : (long) (page - 1) * PAGE_SIZE + 1;
    }

    public long getLast() {
        return Math.min(getResult().total(), (long) page * PAGE_SIZE);
    }

    // --- parameters

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip();
    }

    private String filter(String name) {
        return filters.get(name);
    }

    private void filter(String name, String value) {
        filters.put(name, value == null || value.isBlank() ? null : value.strip());
    }

    public String getType() {
        return filter("type");
    }

    public void setType(String type) {
        filter("type", type);
    }

    public String getAtrium() {
        return filter("atrium");
    }

    public void setAtrium(String atrium) {
        filter("atrium", atrium);
    }

    public String getTag() {
        return filter("tag");
    }

    public void setTag(String tag) {
        filter("tag", tag);
    }

    public String getLevel() {
        return filter("level");
    }

    public void setLevel(String level) {
        filter("level", level);
    }

    public String getYear() {
        return filter("year");
    }

    public void setYear(String year) {
        filter("year", year);
    }

    public String getSolved() {
        return filter("solved");
    }

    public void setSolved(String solved) {
        filter("solved", solved);
    }

    public String getSort() {
        return isByDate() ? SORT_DATE : null;
    }

    public void setSort(String sort) {
        this.sort = sort == null ? null : sort.strip();
    }

    public String getPageParam() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParam(String value) {
        this.page = Math.min(QueryParams.page(value), 10_000 / PAGE_SIZE);
    }
}
