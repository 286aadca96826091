package be.atrium.wiki.web;

import be.atrium.identity.CurrentUser;
import be.atrium.platform.web.PageMessages;
import be.atrium.wiki.RevisionEntry;
import be.atrium.wiki.WikiRevision;
import be.atrium.wiki.WikiService;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The history of a page, open to every reader: every revision (who, when, why, what it
 * restored), any two of them to compare, and for editors a Restore on each older revision that
 * brings it back as the newest one (history is never rewritten).
 */
@Named
@ViewScoped
public class WikiHistoryPage implements Serializable {

    public static final int PAGE_SIZE = 50;
    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    WikiService wiki;

    private long id;
    private int page = 1;
    private String restoreSummary;

    private transient WikiService.PageView view;
    private transient List<RevisionEntry> entries;

    public void load() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            read();
        }
    }

    private void read() {
        view = wiki.page(currentUser.get(), id);
        int pages = getPageCount();
        page = Math.min(page, pages);
        entries = wiki.history(currentUser.get(), id, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** Brings back an old revision as a new one, then shows the page. */
    public void restore(int number) {
        WikiRevision revision = wiki.restore(currentUser.get(), id, number, restoreSummary);
        PageMessages.info("wiki.history.restored", number, revision.getNumber());
        WikiWeb.redirect("/wiki/page.xhtml?id=" + id, null);
    }

    public WikiService.PageView getView() {
        if (view == null) {
            read();
        }
        return view;
    }

    public List<RevisionEntry> getEntries() {
        if (entries == null) {
            read();
        }
        return entries;
    }

    /** The revision preselected as "from": the one before the newest. */
    public int getDefaultFrom() {
        return Math.max(1, getView().page().getRevision() - 1);
    }

    public int getDefaultTo() {
        return getView().page().getRevision();
    }

    public int getPageCount() {
        return Math.max(1, (getView().page().getRevision() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPageNumbers() {
        return WikiWeb.window(page, getPageCount());
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

    public long getId() {
        return id;
    }

    public String getIdParam() {
        return String.valueOf(id);
    }

    public void setIdParam(String value) {
        this.id = WikiWeb.id(value);
    }

    public String getRestoreSummary() {
        return restoreSummary;
    }

    public void setRestoreSummary(String restoreSummary) {
        this.restoreSummary = restoreSummary;
    }
}
