package be.atrium.documents.api;

import be.atrium.documents.DocumentService;
import be.atrium.platform.api.ApiError;
import be.atrium.platform.web.Messages;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * A version's bytes as an HTTP answer: streamed, with its type, always as an attachment (never
 * shown inline, never sniffed into another type, sandboxed should a browser show it anyway),
 * with {@code Range} support: one byte range answers 206 with {@code Content-Range}, a range
 * beyond the end 416; an {@code If-Range} that no longer matches sends the whole file.
 */
final class DocumentDownloads {

    private DocumentDownloads() {
    }

    static Response answer(DocumentService.Download download, String range, String ifRange, Locale locale)
            throws IOException {
        var v = download.version();
        long size = Files.size(download.file());
        String etag = "\"" + v.sha256() + "\"";
        Optional<ByteRange> slice;
        try {
            slice = ifRange == null || ifRange.strip().equals(etag) ? ByteRange.parse(range, size) : Optional.empty();
        } catch (ByteRange.UnsatisfiableException e) {
            return Response.fromResponse(ApiError.response(416, "range_not_satisfiable",
                            Messages.text(locale, "document.range.unsatisfiable"), null))
                    .header("Content-Range", "bytes */" + size).header("Accept-Ranges", "bytes").build();
        }
        String type = v.mediaType().startsWith("text/") ? v.mediaType() + "; charset=UTF-8" : v.mediaType();
        Response.ResponseBuilder answer;
        if (slice.isPresent()) {
            ByteRange r = slice.get();
            StreamingOutput body = out -> copy(download, r.first(), r.length(), out);
            answer = Response.status(206).entity(body).type(type).header("Content-Range", r.contentRange(size))
                    .header("Content-Length", r.length());
        } else {
            StreamingOutput body = out -> copy(download, 0, size, out);
            answer = Response.ok(body, type).header("Content-Length", size);
        }
        return answer.header("Content-Disposition", v.contentDisposition())
                .header("Accept-Ranges", "bytes")
                .header("ETag", etag)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, max-age=3600").build();
    }

    private static void copy(DocumentService.Download download, long from, long length, OutputStream out)
            throws IOException {
        try (FileChannel channel = FileChannel.open(download.file(), StandardOpenOption.READ)) {
            channel.position(from);
            InputStream in = Channels.newInputStream(channel);
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
