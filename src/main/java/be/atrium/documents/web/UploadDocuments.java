package be.atrium.documents.web;

import be.atrium.content.AttachmentStore;
import be.atrium.documents.Document;
import be.atrium.documents.DocumentKind;
import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Files dropped or chosen in the library's upload ({@code p:fileUpload}, several at once, each
 * sent on its own): each becomes a document in the folder shown, titled by its file name, to be
 * described on its own page. The page lists what became of every file of this visit: a link to
 * the new document, or the reason it was refused in the viewer's language (empty, too large, a
 * type that is not allowed). A refusal is one line of that list and names its file, rather than a
 * message for the page, because the other files go on.
 */
@Named
@ViewScoped
public class UploadDocuments implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    @Inject
    DocumentLibraryPage library;

    private final List<UploadOutcome> outcomes = new ArrayList<>();

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String filename = file.getFileName();
        try (InputStream content = file.getInputStream()) {
            Document.Details details = new Document.Details(Document.titleOf(filename), null, DocumentKind.OTHER,
                    library.getPath(), null, List.of(), null, null);
            DocumentView made = documents.upload(currentUser.get(), library.getSlug(), details,
                    new DocumentService.Upload(filename, file.getSize(), content));
            add(new UploadOutcome(filename, made.id(), made.title(), null));
        } catch (DomainException e) {
            add(new UploadOutcome(filename, null, null, Messages.text(Messages.pageLocale(), e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
        library.refresh();
    }

    private synchronized void add(UploadOutcome outcome) {
        outcomes.add(outcome);
    }

    /** The files of this visit, in the order they arrived. */
    public synchronized List<UploadOutcome> getOutcomes() {
        return List.copyOf(outcomes);
    }

    public long getMaxBytes() {
        return documents.maxBytes();
    }

    public long getMaxMegabytes() {
        return AttachmentStore.megabytes(documents.maxBytes());
    }

    private static void delete(UploadedFile file) {
        try {
            file.delete();
        } catch (IOException ignored) {
            // the container removes its temporary file at the end of the request anyway
        }
    }
}
