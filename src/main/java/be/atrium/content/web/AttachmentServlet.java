package be.atrium.content.web;

import be.atrium.content.Attachments;
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
import java.util.logging.Logger;

/**
 * Attachments for pages: {@code /files/{id}}, with the reader's session (the login page comes
 * first for visitors). Sends the file only if the reader may read what it is attached to; images
 * inline, everything else as a download, never sniffed into another type by the browser.
 */
@WebServlet("/files/*")
public class AttachmentServlet extends HttpServlet {

    @Inject
    Attachments attachments;

    @Inject
    CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        long id;
        try {
            id = Long.parseLong(path == null ? "" : path.substring(1));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!currentUser.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachments.Download download;
        try {
            download = attachments.open(currentUser.get(), id);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (StorageUnavailableException e) { // the bucket of stored files does not answer: 503, try again
            Logger.getLogger(getClass().getName()).warning(e.getMessage());
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        send(download, response);
    }

    /** Writes a download with safe headers (also used by the API). */
    public static void send(Attachments.Download download, HttpServletResponse response) throws IOException {
        var a = download.attachment();
        response.setContentType(a.mediaType());
        response.setHeader("Content-Disposition", a.contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        try {
            response.setContentLengthLong(Files.size(download.file()));
            Files.copy(download.file(), response.getOutputStream());
        } catch (NoSuchFileException e) {
            response.reset();
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
