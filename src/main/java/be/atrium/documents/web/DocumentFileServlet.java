package be.atrium.documents.web;

import be.atrium.documents.DocumentService;
import be.atrium.documents.api.ByteRange;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.StorageUnavailableException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A version of a document for pages: {@code /document-files/{id}/{version}}, with the reader's
 * session (the API's {@code /api/v1/documents/{id}/content} wants a token). Only for readers of the
 * document (everyone else: 404, as for a missing id); the bytes checked against their SHA-256;
 * always a download ({@code Content-Disposition: attachment}, never sniffed, sandboxed), with
 * one byte range answered 206 for large PDFs.
 */
@WebServlet("/document-files/*")
public class DocumentFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    DocumentService documents;

    @Inject
    CurrentUser currentUser;

    /** The address of a version's file, below the context path. */
    public static String path(long id, int version) {
        return "/document-files/" + id + "/" + version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<long[]> target = parse(request.getPathInfo());
        if (target.isEmpty() || !currentUser.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        DocumentService.Download download;
        try {
            download = documents.open(currentUser.get(), target.get()[0], (int) target.get()[1]);
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (StorageUnavailableException e) { // the bucket of stored files does not answer: 503, try again
            Logger.getLogger(getClass().getName()).warning(e.getMessage());
            response.setHeader("Retry-After", "30");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        send(download, request, response);
    }

    /** {@code /12/3} as {12, 3}; anything else is empty. */
    static Optional<long[]> parse(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/[0-9]{1,18}/[0-9]{1,9}")) {
            return Optional.empty();
        }
        String[] parts = pathInfo.substring(1).split("/");
        return Optional.of(new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
    }

    private static void send(DocumentService.Download download, HttpServletRequest request,
                             HttpServletResponse response) throws IOException {
        var v = download.version();
        long size;
        try {
            size = Files.size(download.file());
        } catch (NoSuchFileException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + v.sha256() + "\"";
        String ifRange = request.getHeader("If-Range");
        Optional<ByteRange> slice;
        try {
            slice = ifRange == null || ifRange.strip().equals(etag)
                    ? ByteRange.parse(request.getHeader("Range"), size) : Optional.empty();
        } catch (ByteRange.UnsatisfiableException e) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        response.setContentType(v.mediaType().startsWith("text/") ? v.mediaType() + "; charset=UTF-8"
                : v.mediaType());
        response.setHeader("Content-Disposition", v.contentDisposition());
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
        response.setHeader("Cache-Control", "private, max-age=3600");
        long from = 0;
        long length = size;
        if (slice.isPresent()) {
            from = slice.get().first();
            length = slice.get().length();
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", slice.get().contentRange(size));
        }
        response.setContentLengthLong(length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        try (FileChannel channel = FileChannel.open(download.file(), StandardOpenOption.READ)) {
            channel.position(from);
            InputStream in = Channels.newInputStream(channel);
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }
    }
}
