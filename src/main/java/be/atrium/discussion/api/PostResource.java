package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Posts: accept, edit with revisions, withdraw, mark helpful. */
@Path("/posts/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    @POST
    @Path("accept")
    public JsonObject accept(@PathParam("id") long id) {
        var thread = discussions.accept(currentUser.get(), id);
        return Json.createObjectBuilder().add("thread", thread.getId()).add("solved", thread.isSolved())
                .add("acceptedPost", id).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject edit(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Integer base = in.number("baseRevision").map(Long::intValue).orElse(null);
        return DiscussionJson.revision(discussions.edit(currentUser.get(), id, in.string("body").orElse(null), base));
    }

    @GET
    @Path("revisions")
    public JsonArray revisions(@PathParam("id") long id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        discussions.revisions(currentUser.get(), id).forEach(r -> list.add(DiscussionJson.revision(r)));
        return list.build();
    }

    @POST
    @Path("withdraw")
    public JsonObject withdraw(@PathParam("id") long id) {
        return DiscussionJson.post(discussions.withdraw(currentUser.get(), id));
    }

    @POST
    @Path("helpful")
    public JsonObject helpful(@PathParam("id") long id) {
        var post = discussions.markHelpful(currentUser.get(), id);
        return Json.createObjectBuilder().add("id", id).add("helpful", post.getHelpfulCount()).build();
    }
}
