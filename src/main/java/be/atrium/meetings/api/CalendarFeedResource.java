package be.atrium.meetings.api;

import be.atrium.identity.CurrentUser;
import be.atrium.meetings.MeetingCalendar;
import be.atrium.meetings.MeetingService;
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
 * The caller's personal calendar feed of the meetings of their Atria: {@code POST} makes a new
 * secret address (the old one stops working) and shows it once; {@code DELETE} ends the feed.
 */
@Path("/me/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    @Context
    UriInfo uri;

    @GET
    public JsonObject status() {
        return Json.createObjectBuilder().add("active", meetings.hasFeed(currentUser.get())).build();
    }

    /** {@code 201 {"token", "url"}}: the address to subscribe to, shown this once. */
    @POST
    public Response renew() {
        String token = meetings.renewFeed(currentUser.get());
        String path = MeetingCalendar.feedPath(token);
        String url = uri.getBaseUri().resolve("../.." + path).toString();
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder().add("token", token)
                .add("url", url).add("path", path).build()).build();
    }

    @DELETE
    public Response revoke() {
        meetings.revokeFeed(currentUser.get());
        return Response.noContent().build();
    }
}
