package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.identity.CurrentUser;
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

/** The threads of a network-wide board (theme or expert board): list and ask. */
@Path("/boards/{slug}/threads")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardThreadsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DiscussionService discussions;

    @GET
    public JsonObject list(@PathParam("slug") String slug, @QueryParam("filter") String filter,
                           @QueryParam("tag") String tag, @QueryParam("mine") @DefaultValue("false") boolean mine,
                           @QueryParam("limit") @DefaultValue("20") int limit,
                           @QueryParam("offset") @DefaultValue("0") int offset) {
        return BoardThreads.list(discussions, currentUser.get(), board(slug), filter, tag, mine, limit, offset);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@PathParam("slug") String slug, JsonObject body) {
        return BoardThreads.ask(discussions, currentUser.get(), board(slug), body);
    }

    private String board(String slug) {
        return slug;
    }
}
