package be.atrium.network.api;

import be.atrium.identity.Account;
import be.atrium.identity.CurrentUser;
import be.atrium.identity.api.AccountJson;
import be.atrium.network.AtriumView;
import be.atrium.network.NetworkService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The caller's own account with its grants and the slugs of its Atria (its tokens: {@code /me/tokens}). */
@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkService network;

    @GET
    public JsonObject me() {
        Account me = currentUser.get();
        JsonArrayBuilder atria = Json.createArrayBuilder();
        for (AtriumView view : network.myAtria(me)) {
            atria.add(view.getAtrium().getSlug());
        }
        return Json.createObjectBuilder(AccountJson.accountWithGrants(me, me)).add("atria", atria).build();
    }
}
