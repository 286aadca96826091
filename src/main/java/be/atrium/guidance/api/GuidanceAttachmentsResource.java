package be.atrium.guidance.api;

import be.atrium.content.AttachmentView;
import be.atrium.content.api.AttachmentJson;
import be.atrium.guidance.GuidanceFiles;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;

/**
 * Files of guidance: {@code POST /guidance/{id}/attachments?filename=} with the file as the raw
 * body (the type is detected from the bytes), the list, and removing one. Its own root path,
 * longer than {@code /guidance}, so requests for it are matched here (as for posts). Downloads go
 * through {@code GET /attachments/{id}}.
 */
@Path("/guidance/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuidanceAttachmentsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceFiles files;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("filename") String filename,
                           @HeaderParam("Content-Length") Long length, InputStream body) {
        AttachmentView view = files.attach(currentUser.get(), id, filename, length, body);
        return Response.status(Response.Status.CREATED).entity(AttachmentJson.of(view)).build();
    }

    @GET
    public JsonArray list(@PathParam("id") long id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        files.files(currentUser.get(), id).forEach(a -> list.add(AttachmentJson.of(a)));
        return list.build();
    }

    @DELETE
    @Path("{attachment: \\d+}")
    public Response detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        files.detach(currentUser.get(), id, attachment);
        return Response.noContent().build();
    }
}
