package be.atrium.discussion.api;

import be.atrium.content.AttachmentView;
import be.atrium.content.api.AttachmentJson;
import be.atrium.discussion.PostFiles;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
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
 * Attachments of a post: {@code POST /posts/{id}/attachments?filename=} with the file as the raw
 * body (any Content-Type: the type is detected from the bytes), and the list. Its own root path
 * (longer than {@code /posts/{id}}, so requests for it are matched here).
 */
@Path("/posts/{id}/attachments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostAttachmentsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PostFiles attachments;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("filename") String filename,
                           @HeaderParam("Content-Length") Long length, InputStream body) {
        AttachmentView view = attachments.attach(currentUser.get(), id, filename, length, body);
        return Response.status(Response.Status.CREATED).entity(AttachmentJson.of(view)).build();
    }

    @GET
    public JsonArray list(@PathParam("id") long id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        attachments.ofPost(currentUser.get(), id).forEach(a -> list.add(AttachmentJson.of(a)));
        return list.build();
    }
}
