package be.atrium.wiki.web;

import be.atrium.identity.CurrentUser;
import be.atrium.wiki.WikiList;
import be.atrium.wiki.WikiScope;
import be.atrium.wiki.WikiService;
import be.atrium.wiki.WikiSort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;

/**
 * The knowledge base across everything the reader may see, with the Atrium of each page; narrowed
 * to the network-wide pages ({@code ?scope=network}), the reader's own Atria ({@code ?scope=mine})
 * or one Atrium ({@code ?atrium=gent}, or {@code ?scope=gent} as the scope filter sends it):
 * 25 pages at a time, filtered by tag and by words in the title, by title or by last change.
 * Every filter is a GET parameter, so each view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class WikiIndexPage {

    public static final int PAGE_SIZE = 25;

    @Inject
    CurrentUser currentUser;

    @Inject
    WikiService wiki;

    private String atrium;
    private String scope;
    private String tag;
    private String q;
    private String sort;
    private int page = 1;
    private WikiList list;

    public void load() {
        list = wiki.list(currentUser.get(), getScopeValue(), getAtriumSlug(), tag, q, getSortValue(),
                (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (list.items().isEmpty() && page > 1 && list.total() > 0) {
            page = getPageCount();
            list = wiki.list(currentUser.get(), getScopeValue(), getAtriumSlug(), tag, q, getSortValue(),
                    (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
    }

    /** The scope asked for: one Atrium when {@code atrium} is given, else what {@code scope} says. */
    public WikiScope getScopeValue() {
        return notBlank(atrium) ? WikiScope.ATRIUM : WikiScope.parse(scope);
    }

    /** The slug of the one Atrium listed, from {@code atrium} or from a {@code scope} that names an Atrium. */
    public String getAtriumSlug() {
        if (notBlank(atrium)) {
            return atrium.strip();
        }
        return WikiScope.parse(scope) == WikiScope.ATRIUM ? scope.strip() : null;
    }

    /** The value of the scope filter's selected option: all, network, mine or an Atrium's slug. */
    public String getScopeOption() {
        WikiScope s = getScopeValue();
        return s == WikiScope.ATRIUM ? getAtriumSlug() : s.name().toLowerCase(Locale.ROOT);
    }

    /** Null before {@link #load} (a postback of this request-scoped view, e.g. the language switch). */
    public WikiList getList() {
        return list;
    }

    public WikiSort getSortValue() {
        return WikiSort.parse(sort);
    }

    public boolean isFiltered() {
        return notBlank(tag) || notBlank(q);
    }

    public int getPageCount() {
        return list == null ? 1 : (int) Math.max(1, (list.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPageNumbers() {
        return WikiWeb.window(page, getPageCount());
    }

    /** The query string of this list with its filters, at another page. */
    public String query(int otherPage) {
        return query(tag, getSortValue(), otherPage);
    }

    /** The query string of this list filtered on a tag (page 1). */
    public String tagQuery(String otherTag) {
        return query(otherTag, getSortValue(), 1);
    }

    /** The query string of this list in another order (page 1). */
    public String sortQuery(String otherSort) {
        return query(tag, WikiSort.parse(otherSort), 1);
    }

    /**
     * The query string of the scope alone: {@code atrium=gent}, {@code scope=network} or
     * {@code scope=mine}, or empty for everything the reader may see.
     */
    public String getScopeQuery() {
        String slug = getAtriumSlug();
        if (slug != null) {
            return "atrium=" + WikiWeb.encode(slug);
        }
        String param = getScopeValue().param();
        return param == null ? "" : "scope=" + param;
    }

    /** Where "Nieuwe pagina" leads: the editor of the Atrium listed, else of a network-wide page. */
    public String getNewPageQuery() {
        String slug = getAtriumSlug();
        return slug == null ? "" : "atrium=" + WikiWeb.encode(slug);
    }

    private String query(String otherTag, WikiSort otherSort, int otherPage) {
        StringBuilder b = new StringBuilder(getScopeQuery());
        if (notBlank(otherTag)) {
            b.append(b.length() > 0 ? "&" : "").append("tag=").append(WikiWeb.encode(otherTag.strip()));
        }
        if (notBlank(q)) {
            b.append(b.length() > 0 ? "&" : "").append("q=").append(WikiWeb.encode(q.strip()));
        }
        if (otherSort != WikiSort.TITLE) {
            b.append(b.length() > 0 ? "&" : "").append("sort=").append(otherSort.param());
        }
        if (otherPage > 1) {
            b.append(b.length() > 0 ? "&" : "").append("page=").append(otherPage);
        }
        return b.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return getSortValue().param();
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public String getPageParam() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParam(String value) {
        this.page = WikiWeb.page(value);
    }
}
