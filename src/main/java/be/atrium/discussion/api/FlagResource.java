package be.atrium.discussion.api;

import be.atrium.discussion.FlagDecision;
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

/** Decide a flag: {@code POST /flags/{id}/resolve {"decision": "HIDE_POST" | "DISMISS"}}, moderators only. */
@Path("/flags")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FlagResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    ModerationService moderation;

    @POST
    @Path("{id}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject resolve(@PathParam("id") long id, JsonObject body) {
        FlagDecision decision = JsonInput.of(body).enumValue("decision", FlagDecision.class, "flag.decision.invalid")
                .orElse(null);
        return ModerationJson.flag(moderation.resolve(currentUser.get(), id, decision));
    }
}
