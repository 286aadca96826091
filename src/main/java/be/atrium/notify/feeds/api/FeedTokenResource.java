package be.atrium.notify.feeds.api;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.feeds.FeedService;
import be.atrium.notify.feeds.web.AtomFeedServlet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The caller's personal Atom feed token: {@code POST} makes a new one (earlier addresses stop
 * working) and shows it once with the address of the network feed; {@code DELETE} revokes it.
 */
@Path("/me/feed-token")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeedTokenResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    FeedService feeds;

    @Context
    UriInfo uri;

    @GET
    public JsonObject status() {
        return Json.createObjectBuilder().add("active", feeds.hasToken(currentUser.get())).build();
    }

    /** {@code 201 {"token", "url", "path"}}: the network feed with the token, shown this once. */
    @POST
    public Response renew() {
        String token = feeds.renew(currentUser.get());
        String path = AtomFeedServlet.path(token, "network");
        String url = uri.getBaseUri().resolve("../.." + path).toString();
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("token", token)
                .add("url", url).add("path", path).build()).build();
    }

    @DELETE
    public Response revoke() {
        feeds.revoke(currentUser.get());
        return Response.noContent().build();
    }
}
