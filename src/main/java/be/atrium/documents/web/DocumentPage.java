package be.atrium.documents.web;

import be.atrium.content.FileTextStatus;
import be.atrium.content.FileTexts;
import be.atrium.content.LinkedTitles;
import be.atrium.documents.Document;
import be.atrium.documents.DocumentKind;
import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.CurrentUser;
import be.atrium.network.NetworkService;
import be.atrium.platform.web.PageMessages;
import be.atrium.platform.web.PageRedirect;
import be.atrium.platform.web.QueryParams;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's page ({@code /documents/document.xhtml?id=}, the address search links to): its
 * metadata, changed by its writers; its links; every version with its download, a new version
 * with a comment and an older one made the newest again; the bin (with a confirmation) and back;
 * and a preview, so nobody need download to see what it is: the first {@value #PREVIEW_CHARS}
 * characters of the newest version's text and, for a PDF, its first page as an image
 * ({@link PdfPreviews}). While the text is still being read the page asks again every few
 * seconds. Every change is a POST followed by a redirect; a refused one keeps what was typed and
 * says why beside the field.
 */
@Named
@ViewScoped
public class DocumentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PREVIEW_CHARS = 5000;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    @Inject
    FileTexts fileTexts;

    @Inject
    NetworkService network;

    @Inject
    PdfPreviews previews;

    @Inject
    LinkedTitles linkedTitles;

    private String idParam;
    private long id;
    private boolean loaded;
    private boolean confirmingBin;
    private transient DocumentView view;
    private transient String atriumName;
    private transient String previewText;
    private transient List<Link> links;

    private String title;
    private String description;
    private DocumentKind kind;
    private String folder;
    private LocalDate date;
    private String tags;
    private Long guidance;
    private Long thread;
    private transient Part versionFile;
    private String versionComment;

    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        id = QueryParams.id(idParam);
        view = documents.read(currentUser.get(), id);
        title = view.title();
        description = view.description();
        kind = view.kind();
        folder = view.folder();
        date = view.date();
        tags = String.join(", ", view.tags());
        guidance = view.guidanceId();
        thread = view.threadId();
    }

    /** A thing the document is linked to, named by the title its reader may see. */
    public record Link(String kind, String title, String url) {
        public String getKind() {
            return kind;
        }

        public String getTitle() {
            return title;
        }

        public String getUrl() {
            return url;
        }
    }

    /** What the document is linked to that the viewer may see, by title; a link out of their reach is left out. */
    public List<Link> getLinks() {
        if (links == null) {
            DocumentView d = getView();
            List<Link> found = new ArrayList<>();
            addLink(found, "guidance", d.guidanceId(), "/guidance/guidance.xhtml?id=");
            addLink(found, "thread", d.threadId(), "/discussion/thread.xhtml?id=");
            addLink(found, "meeting", d.meetingId(), "/meetings/meeting.xhtml?id=");
            links = found;
        }
        return links;
    }

    private void addLink(List<Link> found, String kind, Long linked, String page) {
        linkedTitles.title(currentUser.get(), kind, linked)
                .ifPresent(title -> found.add(new Link(kind, title, page + linked)));
    }

    public DocumentView getView() {
        if (view == null) {
            view = documents.read(currentUser.get(), id);
        }
        return view;
    }

    /** The Atrium's name, null for a network-wide document. */
    public String getAtriumName() {
        if (atriumName == null && getView().atrium() != null) {
            atriumName = network.visibleAtrium(currentUser.get(), getView().atrium()).getAtrium().getName();
        }
        return atriumName;
    }

    // --- changes

    public void save() {
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(",")).filter(t -> !t.isBlank())
                .toList();
        documents.edit(currentUser.get(), id, new Document.Details(title, description, kind, folder, date, tagList,
                guidance, thread));
        PageMessages.info("document.page.saved");
        redirect("");
    }

    public void uploadVersion() {
        Part file = versionFile;
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) { // no file chosen: the service says so, beside the field
            documents.addVersion(currentUser.get(), id, versionComment, null);
            return;
        }
        try (InputStream content = file.getInputStream()) {
            DocumentView changed = documents.addVersion(currentUser.get(), id, versionComment,
                    new DocumentService.Upload(file.getSubmittedFileName(), file.getSize(), content));
            PageMessages.info("document.page.versionAdded", changed.current().number());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
        redirect("#versions");
    }

    public void restoreVersion(int number) {
        DocumentView changed = documents.restoreVersion(currentUser.get(), id, number, null);
        PageMessages.info("document.page.versionRestored", number, changed.current().number());
        redirect("#versions");
    }

    public void askBin() {
        confirmingBin = true;
    }

    public void keep() {
        confirmingBin = false;
    }

    public void moveToBin() {
        DocumentView binned = documents.moveToBin(currentUser.get(), id);
        PageMessages.info("document.page.binned", binned.title());
        StringBuilder library = new StringBuilder("/documents/index.xhtml");
        String separator = "?";
        if (binned.atrium() != null) {
            library.append(separator).append("atrium=").append(DocumentLibraryPage.encode(binned.atrium()));
            separator = "&";
        }
        if (!binned.folder().isEmpty()) {
            library.append(separator).append("folder=").append(DocumentLibraryPage.encode(binned.folder()));
        }
        PageRedirect.to(library.toString());
    }

    public void restoreFromBin() {
        documents.restoreFromBin(currentUser.get(), id);
        PageMessages.info("document.page.restored");
        redirect("");
    }

    private void redirect(String anchor) {
        PageRedirect.to(DocumentView.url(id) + anchor);
    }

    // --- preview

    /** Reads the state of the text again (the page asks while it is being read). */
    public void refreshText() {
        view = null;
        previewText = null;
    }

    public boolean isTextPending() {
        return getView().text().status() == FileTextStatus.PENDING;
    }

    /** The first characters of the newest version's text (shown escaped), empty when there is none yet. */
    public String getPreviewText() {
        if (previewText == null) {
            DocumentView v = getView();
            previewText = v.text().status() == FileTextStatus.DONE
                    ? fileTexts.beginning(v.current().sha256(), PREVIEW_CHARS) : "";
        }
        return previewText;
    }

    /** Whether the text goes on beyond the preview. */
    public boolean isPreviewCut() {
        return getPreviewText().length() >= PREVIEW_CHARS;
    }

    /** Whether the newest version is a PDF whose first page can be shown. */
    public boolean isPagePreview() {
        DocumentView.VersionView current = getView().current();
        return DocumentPreviewServlet.PDF.equals(current.mediaType())
                && previews.state(current.sha256()) != PdfPreviews.State.UNAVAILABLE;
    }

    public String getPagePreviewUrl() {
        return contextPath() + DocumentPreviewServlet.path(id, getView().current().number());
    }

    public String downloadUrl(int number) {
        return contextPath() + DocumentFileServlet.path(id, number);
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    /** The library the document is in, as a query string ({@code atrium=gent&folder=Verslagen}). */
    public String getLibraryQuery() {
        StringBuilder b = new StringBuilder();
        if (getView().atrium() != null) {
            b.append("atrium=").append(DocumentLibraryPage.encode(getView().atrium()));
        }
        return b.toString();
    }

    /** The query string of the folder the document is in. */
    public String getFolderQuery() {
        String scope = getLibraryQuery();
        return getView().folder().isEmpty() ? scope
                : (scope.isEmpty() ? "" : scope + "&") + "folder=" + DocumentLibraryPage.encode(getView().folder());
    }

    private static String contextPath() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    }

    // --- fields

    public boolean isConfirmingBin() {
        return confirmingBin;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public String getFolder() {
        return folder;
    }

    public void setFolder(String folder) {
        this.folder = folder;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getGuidance() {
        return guidance;
    }

    public void setGuidance(Long guidance) {
        this.guidance = guidance;
    }

    public Long getThread() {
        return thread;
    }

    public void setThread(Long thread) {
        this.thread = thread;
    }

    public Part getVersionFile() {
        return versionFile;
    }

    public void setVersionFile(Part versionFile) {
        this.versionFile = versionFile;
    }

    public String getVersionComment() {
        return versionComment;
    }

    public void setVersionComment(String versionComment) {
        this.versionComment = versionComment;
    }
}
