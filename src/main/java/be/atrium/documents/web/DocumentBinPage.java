package be.atrium.documents.web;

import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.CurrentUser;
import be.atrium.network.NetworkService;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The bin of a library ({@code /documents/bin.xhtml?atrium=gent}; without it the network-wide
 * one), for its moderators and the administrators (the service refuses everyone else: 403): what
 * was put in it and when, each to be taken out again, and the bin emptied for good after
 * a confirmation.
 */
@Named
@ViewScoped
public class DocumentBinPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    @Inject
    NetworkService network;

    private String atrium;
    private boolean loaded;
    private boolean confirmingEmpty;
    private String slug;
    private String atriumName;
    private transient List<DocumentView> binned;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        binned = documents.bin(currentUser.get(), atrium);
        if (atrium != null && !atrium.isBlank()) {
            var a = network.visibleAtrium(currentUser.get(), atrium.strip()).getAtrium();
            slug = a.getSlug();
            atriumName = a.getName();
        }
    }

    public List<DocumentView> getBinned() {
        if (binned == null) {
            binned = documents.bin(currentUser.get(), slug);
        }
        return binned;
    }

    public void restore(long id) {
        DocumentView restored = documents.restoreFromBin(currentUser.get(), id);
        PageMessages.info("document.bin.restoredOne", restored.title());
        redirect();
    }

    public void askEmpty() {
        confirmingEmpty = true;
    }

    public void keep() {
        confirmingEmpty = false;
    }

    public void emptyBin() {
        int removed = documents.emptyBin(currentUser.get(), slug);
        PageMessages.info("document.bin.emptied", removed);
        redirect();
    }

    private void redirect() {
        PageRedirect.to("/documents/bin.xhtml" + (slug == null ? "" : "?atrium=" + DocumentLibraryPage.encode(slug)));
    }

    /** The library's address as a query string, empty for the network-wide one. */
    public String getLibraryQuery() {
        return slug == null ? "" : "atrium=" + DocumentLibraryPage.encode(slug);
    }

    public boolean isConfirmingEmpty() {
        return confirmingEmpty;
    }

    public String getSlug() {
        return slug;
    }

    public String getAtriumName() {
        return atriumName;
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }
}
