package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.ThreadMovedException;
import be.atrium.discussion.ThreadView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

/**
 * One thread: read it (question, accepted answer, then the replies, and what other capabilities
 * add through {@link ThreadJsonPart}) and answer it.
 */
@Path("/threads/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    /** What other capabilities add to a thread's JSON (the knowledge it is linked to, ...). */
    @Inject
    @Any
    Instance<ThreadJsonPart> parts;

    @GET
    public Response thread(@PathParam("id") long id, @QueryParam("limit") @DefaultValue("100") int limit,
                           @QueryParam("offset") @DefaultValue("0") int offset) {
        try {
            ThreadView view = discussions.thread(currentUser.get(), id, offset, limit);
            JsonObjectBuilder json = DiscussionJson.thread(view);
            parts.forEach(part -> json.add(part.name(), part.of(currentUser.get(), view)));
            return Response.ok(json.build()).build();
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
