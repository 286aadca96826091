package be.atrium.discussion.api;

import be.atrium.discussion.ModerationService;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The moderation queue of any board (theme and expert boards too): {@code GET /boards/{slug}/flags}. */
@Path("/boards/{slug}/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BoardFlagQueueResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    @GET
    public JsonObject open(@PathParam("slug") String slug) {
        return ModerationJson.queue(moderation.queue(currentUser.get(), slug));
    }
}
