package be.atrium.discussion.api;

import be.atrium.discussion.FlagReason;
import be.atrium.discussion.ModerationService;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Flag a post: {@code POST /posts/{id}/flags {"reason","note"}}, for everyone who sees it. */
@Path("/posts/{id}/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostFlagsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response flag(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        FlagReason reason = in.enumValue("reason", FlagReason.class, "flag.reason.invalid").orElse(null);
        var flag = moderation.flag(currentUser.get(), id, reason, in.string("note").orElse(null));
        return Response.status(Response.Status.CREATED).entity(ModerationJson.flag(flag)).build();
    }
}
