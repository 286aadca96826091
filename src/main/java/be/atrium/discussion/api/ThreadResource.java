package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.ThreadMovedException;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** One thread: read it (question, accepted answer, then the replies) and answer it. */
@Path("/threads/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    @GET
    public Response thread(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit,
                           @QueryParam("offset") @DefaultValue("0") int offset) {
        try {
            return Response.ok(DiscussionJson.thread(discussions.thread(currentUser.get(), id, offset, limit))).build();
        } catch (ThreadMovedException moved) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create("/api/v1/threads/" + moved.target())).build();
        }
    }

    @POST
    @Path("posts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        var post = discussions.answer(currentUser.get(), id, in.string("body").orElse(null),
                in.number("quotedPostId").orElse(null));
        return Response.status(Response.Status.CREATED).entity(DiscussionJson.post(post)).build();
    }
}
