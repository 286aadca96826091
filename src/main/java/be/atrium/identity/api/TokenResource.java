package be.atrium.identity.api;

import be.atrium.identity.AccessToken;
import be.atrium.identity.CurrentUser;
import be.atrium.identity.TokenService;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The caller's personal access tokens: create one, list them, revoke one. */
@Path("/me/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    TokenService tokens;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(JsonObject body) {
        String name = JsonInput.of(body).string("name").orElse(null);
        TokenService.IssuedToken issued = tokens.create(currentUser.get(), name);
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("id", issued.token().getId())
                .add("token", issued.value())
                .add("name", issued.getName()).build()).build();
    }

    @GET
    public JsonArray listTokens() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (AccessToken t : tokens.activeTokens(currentUser.get())) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("id", t.getId()).add("name", t.getName())
                    .add("created", t.getCreatedAt().toString());
            if (t.getLastUsedAt() != null) {
                item.add("lastUsed", t.getLastUsedAt().toString());
            } else {
                item.addNull("lastUsed");
            }
            list.add(item);
        }
        return list.build();
    }

    @DELETE
    @Path("/{id}")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(currentUser.get(), id);
        return Response.noContent().build();
    }
}
