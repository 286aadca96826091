package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.ModerationService;
import be.atrium.identity.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Lock, unlock, pin, unpin a thread, or undo its last move or escalation ({@code undo-move}):
 * {@code POST /threads/{id}/lock} etc., without a body, moderators only. Its own root path so JAX-RS picks this class, not {@code /threads/{id}}.
 */
@Path("/threads/{id}/{action: lock|unlock|pin|unpin|undo-move}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ThreadModerationResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    @Inject
    DiscussionService discussions;

    @POST
    public JsonObject act(@PathParam("id") long id, @PathParam("action") String action) {
        DiscussionThread thread = switch (action) {
            case "lock" -> moderation.lock(currentUser.get(), id, true);
            case "unlock" -> moderation.lock(currentUser.get(), id, false);
            case "pin" -> moderation.pin(currentUser.get(), id, true);
            case "undo-move" -> moderation.undoTransfer(currentUser.get(), id);
            default -> moderation.pin(currentUser.get(), id, false);
        };
        return DiscussionJson.created(thread, discussions.originVisible(currentUser.get(), thread));
    }
}
