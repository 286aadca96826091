package be.atrium.documents.web;

import be.atrium.documents.DocumentFolders;
import be.atrium.documents.DocumentKind;
import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.QueryParams;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The document library of an Atrium ({@code ?atrium=gent}) or, without it, the network-wide one:
 * a folder ({@code &folder=Verslagen/2025}) with the way back up, its folders and
 * {@value #PAGE_SIZE} documents a page ({@code &page=}), filtered by kind and tag ({@code &kind=},
 * {@code &tag=}; then the folders below count too). Every state is in the address, so each view
 * can be bookmarked; view-scoped because the upload on the page ({@link UploadDocuments}) adds to
 * the list without leaving it.
 */
@Named
@ViewScoped
public class DocumentLibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int PAGE_SIZE = 25;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    private String atrium;
    private String folder;
    private String kind;
    private String tag;
    private String pageParam;
    private String newFolder;
    private int page = 1;
    private boolean loaded;
    /** The folder shown: the address's, normalised (the parameters are set again on every postback). */
    private String shown = "";
    private transient DocumentView.Library library;

    /** A step of the way back up: a folder's name and the query string that opens it. */
    public static final class Crumb implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String query;

        Crumb(String name, String query) {
            this.name = name;
            this.query = query;
        }

        public String getName() {
            return name;
        }

        public String getQuery() {
            return query;
        }
    }

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        page = QueryParams.page(pageParam);
        shown = normalisedOrTop(folder);
        if (!blank(newFolder)) {
            try {
                shown = DocumentFolders.normalise(shown.isEmpty() ? newFolder : shown + "/" + newFolder);
            } catch (DomainException e) {
                PageMessages.error(null, e);
            }
        }
        library = read();
        if (library.documents().isEmpty() && page > 1 && library.total() > 0) {
            page = getPageCount();
            library = read();
        }
    }

    /** A garbled folder in the address opens the top of the library. */
    private static String normalisedOrTop(String folder) {
        try {
            return DocumentFolders.normalise(folder);
        } catch (DomainException e) {
            return "";
        }
    }

    private DocumentView.Library read() {
        return documents.library(currentUser.get(), atrium, shown, getKindValue(), blank(tag) ? null : tag.strip(),
                (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public DocumentView.Library getLibrary() {
        if (library == null) {
            library = read();
        }
        return library;
    }

    /** Reads the list again (after an upload on this page). */
    public void refresh() {
        library = null;
    }

    /** The Atrium's slug as the service knows it, null for the network-wide library. */
    public String getSlug() {
        return getLibrary().atrium();
    }

    /** The folder shown, normalised ("" is the top of the library). */
    public String getPath() {
        return getLibrary().path();
    }

    public boolean isNetworkWide() {
        return getSlug() == null;
    }

    /** The kind to filter on; a kind the address garbles is no filter. */
    public DocumentKind getKindValue() {
        if (blank(kind)) {
            return null;
        }
        try {
            return DocumentKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public boolean isFiltered() {
        return getKindValue() != null || !blank(tag);
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    /** The folders from the top down to the one shown, each with its address. */
    public List<Crumb> getCrumbs() {
        List<Crumb> crumbs = new ArrayList<>();
        String path = getPath();
        if (path.isEmpty()) {
            return crumbs;
        }
        StringBuilder sofar = new StringBuilder();
        for (String name : path.split("/")) {
            sofar.append(sofar.length() == 0 ? "" : "/").append(name);
            crumbs.add(new Crumb(name, query(sofar.toString(), null, null, 1)));
        }
        return crumbs;
    }

    /** The query string of a folder directly in the one shown. */
    public String folderQuery(String child) {
        return query(getPath().isEmpty() ? child : getPath() + "/" + child, null, null, 1);
    }

    /** The query string of the top of this library. */
    public String getTopQuery() {
        return query("", null, null, 1);
    }

    /** The query string of this list at another page. */
    public String query(int otherPage) {
        return query(getPath(), getKindValue(), tag, otherPage);
    }

    /** The query string of this folder filtered on a tag. */
    public String tagQuery(String otherTag) {
        return query(getPath(), getKindValue(), otherTag, 1);
    }

    /** The query string of this folder without filters. */
    public String getUnfilteredQuery() {
        return query(getPath(), null, null, 1);
    }

    /** The query string of the Atrium alone ({@code atrium=gent}), empty for the network-wide library. */
    public String getScopeQuery() {
        return isNetworkWide() ? "" : "atrium=" + encode(getSlug());
    }

    private String query(String path, DocumentKind k, String t, int p) {
        StringBuilder b = new StringBuilder(getScopeQuery());
        if (!blank(path)) {
            b.append(b.length() > 0 ? "&" : "").append("folder=").append(encode(path));
        }
        if (k != null) {
            b.append(b.length() > 0 ? "&" : "").append("kind=").append(k.name());
        }
        if (!blank(t)) {
            b.append(b.length() > 0 ? "&" : "").append("tag=").append(encode(t.strip()));
        }
        if (p > 1) {
            b.append(b.length() > 0 ? "&" : "").append("page=").append(p);
        }
        return b.toString();
    }

    public int getPageCount() {
        return (int) Math.max(1, (getLibrary().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPageNumbers() {
        return QueryParams.window(page, getPageCount());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public int getPage() {
        return page;
    }

    public String getAtrium() {
        return atrium;
    }

    public void setAtrium(String atrium) {
        this.atrium = atrium;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public String getKind() {
        return getKindValue() == null ? null : getKindValue().name();
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public String getNewFolder() {
        return null;
    }

    /** A folder to open in the one shown ({@code &new=Verslagen}): a new one exists once a document is in it. */
    public void setNewFolder(String newFolder) {
        this.newFolder = newFolder;
    }

    public String getPageParam() {
        return page > 1 ? String.valueOf(page) : null;
    }

    public void setPageParam(String pageParam) {
        this.pageParam = pageParam;
    }
}
