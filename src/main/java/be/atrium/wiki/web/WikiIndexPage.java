package be.atrium.wiki.web;

import be.atrium.identity.CurrentUser;
import be.atrium.wiki.WikiList;
import be.atrium.wiki.WikiService;
import be.atrium.wiki.WikiSort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * The knowledge base of an Atrium ({@code ?atrium=gent}) or, without it, the network-wide one:
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
    private String tag;
    private String q;
    private String sort;
    private int page = 1;
    private WikiList list;

    public void load() {
        list = wiki.list(currentUser.get(), atrium, tag, q, getSortValue(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        if (list.items().isEmpty() && page > 1 && list.total() > 0) {
            page = getPageCount();
            list = wiki.list(currentUser.get(), atrium, tag, q, getSortValue(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
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

    /** The query string of the scope alone: {@code atrium=gent}, or empty for the network-wide base. */
    public String getScopeQuery() {
        return notBlank(atrium) ? "atrium=" + WikiWeb.encode(atrium.strip()) : "";
    }

    /** Where "Nieuwe pagina" leads. */
    public String getNewPageQuery() {
        return getScopeQuery();
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
