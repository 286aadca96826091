package be.atrium.discussion.api;

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
 * Hide or restore a post: {@code POST /posts/{id}/hide|restore}, moderators only. Its own root
 * path (more literal characters than {@code /posts/{id}}) so JAX-RS picks this class for them.
 */
@Path("/posts/{id}/{action: hide|restore}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PostModerationResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    @POST
    public JsonObject act(@PathParam("id") long id, @PathParam("action") String action) {
        var post = "hide".equals(action) ? moderation.hide(currentUser.get(), id)
                : moderation.restore(currentUser.get(), id);
        return ModerationJson.post(post);
    }
}
