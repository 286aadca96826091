package be.atrium.discussion.api;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.ModerationService;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
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

/**
 * Move a thread to another board ({@code POST /threads/{id}/move {"board"}}), escalate it to an
 * expert board ({@code .../escalate {"board"}}) or merge it into another thread
 * ({@code .../merge {"into": id}}, answers with the target thread). Moderators only.
 */
@Path("/threads/{id}/{action: move|escalate|merge}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ThreadTransferResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    @Inject
    DiscussionService discussions;

    @POST
    public JsonObject act(@PathParam("id") long id, @PathParam("action") String action, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        DiscussionThread thread = switch (action) {
            case "move" -> moderation.move(currentUser.get(), id, in.requiredString("board"));
            case "escalate" -> moderation.escalate(currentUser.get(), id, in.requiredString("board"));
            default -> moderation.merge(currentUser.get(), id, in.number("into")
                    .orElseThrow(() -> new DomainException("api.field.required", "into", "into")));
        };
        return DiscussionJson.created(thread, discussions.originVisible(currentUser.get(), thread));
    }
}
