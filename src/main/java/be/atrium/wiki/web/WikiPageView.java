package be.atrium.wiki.web;

import be.atrium.identity.CurrentUser;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiRepository;
import be.atrium.wiki.WikiService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/**
 * A page of the knowledge base: its text, where it sits (Atrium, ancestors), its tags, its
 * sub-pages and its last change; editors also get Edit and New sub-page, every reader History.
 */
@Named
@RequestScoped
public class WikiPageView {

    @Inject
    CurrentUser currentUser;

    @Inject
    WikiService wiki;

    private long id;
    private WikiService.PageView view;
    private List<WikiPage> children = List.of();

    private String title;
    private String atrium;

    public void load() {
        if (id <= 0 && title != null && !title.isBlank()) {
            byTitle();
            return;
        }
        view = wiki.page(currentUser.get(), id);
        children = wiki.children(currentUser.get(), id);
    }

    /**
     * A {@code [[Page title]]} link from outside the wiki ({@code ?title=…&atrium=…}), followed where
     * it was not resolved for the reader (a mail, a feed): to the page of that title the reader may
     * read, or to the editor that writes it.
     */
    private void byTitle() {
        String wanted = title.strip();
        Long found = wiki.visiblePagesByTitle(currentUser.get(), atrium, List.of(wanted)).get(wanted);
        if (found != null) {
            WikiWeb.redirect("/wiki/page.xhtml?id=" + found, null);
        } else {
            WikiWeb.redirect("/wiki/edit.xhtml?" + (atrium == null || atrium.isBlank() ? ""
                    : "atrium=" + WikiWeb.encode(atrium.strip()) + "&") + "title=" + WikiWeb.encode(wanted), null);
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }

    public WikiService.PageView getView() {
        return view;
    }

    /** The page; null before {@link #load} (a postback of this request-scoped view, e.g. the language switch). */
    public WikiPage getPage() {
        return view == null ? null : view.page();
    }

    public List<WikiRepository.Crumb> getBreadcrumbs() {
        return view == null ? List.of() : view.breadcrumbs();
    }

    public List<WikiPage> getChildren() {
        return children;
    }

    /** The stored HTML, its internal links working under the application's context path. */
    public String getBodyHtml() {
        return view == null ? "" : WikiWeb.withContextPath(view.page().getBodyHtml(), WikiWeb.contextPath());
    }

    /** The scope's query string: {@code atrium=gent}, or empty for a network-wide page. */
    public String getScopeQuery() {
        return view == null || view.page().getAtrium() == null ? ""
                : "atrium=" + WikiWeb.encode(view.page().getAtrium().getSlug());
    }

    /** Where "New sub-page" leads. */
    public String getNewChildQuery() {
        String scope = getScopeQuery();
        return (scope.isEmpty() ? "" : scope + "&") + "parent=" + id;
    }

    /** Where a tag leads: the list of the same scope, filtered on it. */
    public String tagQuery(String tag) {
        String scope = getScopeQuery();
        return (scope.isEmpty() ? "" : scope + "&") + "tag=" + WikiWeb.encode(tag);
    }

    public long getId() {
        return id;
    }

    public String getIdParam() {
        return String.valueOf(id);
    }

    public void setIdParam(String value) {
        this.id = WikiWeb.id(value);
    }
}
