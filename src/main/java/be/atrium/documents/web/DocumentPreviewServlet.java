package be.atrium.documents.web;

import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.StorageUnavailableException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The first page of a PDF version as an image, for the document page:
 * {@code /document-previews/{id}/{version}}, with the reader's session and only for readers of
 * the document (everyone else, and a version that is no PDF or cannot be shown: 404). Made once
 * per content by {@link PdfPreviews}.
 */
@WebServlet("/document-previews/*")
public class DocumentPreviewServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PDF = "application/pdf";

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser currentUser;

    @Inject
    PdfPreviews previews;

    /** The address of a version's preview, below the context path. */
    public static String path(long id, int version) {
        return "/document-previews/" + id + "/" + version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<long[]> target = DocumentFileServlet.parse(request.getPathInfo());
        if (target.isEmpty() || !currentUser.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = target.get()[0];
        int number = (int) target.get()[1];
        Optional<Path> png;
        try {
            DocumentView.VersionView version = documents.version(currentUser.get(), id, number);
            if (!PDF.equals(version.mediaType())) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            png = previews.cached(version.sha256());
            if (png.isEmpty() && previews.state(version.sha256()) == PdfPreviews.State.NOT_YET) {
                png = previews.render(version.sha256(), documents.open(currentUser.get(), id, number).file());
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (StorageUnavailableException e) { // the bucket of stored files does not answer: 503, try again
            Logger.getLogger(getClass().getName()).warning(e.getMessage());
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (png.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            long size = Files.size(png.get());
            response.setContentType("image/png");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "private, max-age=86400");
            response.setContentLengthLong(size);
            Files.copy(png.get(), response.getOutputStream());
        } catch (NoSuchFileException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
