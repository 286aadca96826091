package be.atrium.search.web;

import be.atrium.identity.CurrentUser;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import be.atrium.search.SearchIndex;
import be.atrium.search.SearchIndexer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The search index for administrators: how many items it holds, whether it is being rebuilt (with
 * its progress, polled while it runs) and why a rebuild failed; and the button that rebuilds it
 * from the database beside the live index, while searching goes on.
 */
@Named
@RequestScoped
public class SearchAdminPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchIndex index;

    private SearchIndexer.Progress progress;

    /** View action (also on postback): administrators only. */
    public void check() {
        if (!currentUser.isAdministrator()) {
            throw new ForbiddenException("search administration");
        }
    }

    public void rebuild() {
        check();
        PageMessages.info(indexer.startRebuild() ? "search.admin.rebuildStarted" : "search.admin.alreadyRunning");
        PageRedirect.to("/search/admin.xhtml");
    }

    /** Where the last rebuild stands, read once per request. */
    public SearchIndexer.Progress getProgress() {
        if (progress == null) {
            progress = indexer.progress();
        }
        return progress;
    }

    public int getSize() {
        return index.size();
    }

    public boolean isOpen() {
        return index.isOpen();
    }

    /** running, failed, closed or ready: the key of the state's words in the bundle. */
    public String getState() {
        SearchIndexer.Progress p = getProgress();
        if (p.running()) {
            return "running";
        }
        if (p.failure() != null) {
            return "failed";
        }
        return index.isOpen() ? "ready" : "closed";
    }
}
