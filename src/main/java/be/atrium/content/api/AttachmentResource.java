package be.atrium.content.api;

import be.atrium.content.AttachmentView;
import be.atrium.content.Attachments;
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

/** {@code GET /attachments/{id}}: the file, if the caller may read what it is attached to (404 otherwise). */
@Path("/attachments/{id}")
@RequestScoped
public class AttachmentResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    Attachments attachments;

    @GET
    public Response download(@PathParam("id") long id) throws IOException {
        Attachments.Download download = attachments.open(currentUser.get(), id);
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
