package be.atrium.discussion.api;

import be.atrium.discussion.AttachmentService;
import be.atrium.discussion.AttachmentView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import java.io.IOException;
import java.nio.file.Files;

/** {@code GET /attachments/{id}}: the file, if the caller may read its post (404 otherwise). */
@Path("/attachments/{id}")
@RequestScoped
public class AttachmentResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    AttachmentService attachments;

    @GET
    public Response download(@PathParam("id") long id) throws IOException {
        AttachmentService.Download download = attachments.open(currentUser.get(), id);
        if (!Files.isRegularFile(download.file())) {
            throw new NotFoundException("attachment file " + id);
        }
        AttachmentView a = download.attachment();
        StreamingOutput body = out -> Files.copy(download.file(), out);
        return Response.ok(body, a.mediaType()).header("Content-Disposition", a.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, max-age=3600")
                .header("Content-Length", Files.size(download.file())).build();
    }
}
