package be.atrium.meetings.api;

import be.atrium.identity.CurrentUser;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingService;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.Locale;

/** The meetings of an Atrium (by its slug): plan one, list the upcoming or past ones. */
@Path("/atria/{slug}/meetings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AtriumMeetingsResource {

    static final int DEFAULT_LIMIT = 20;

    @Inject
    CurrentUser currentUser;

    @Inject
    MeetingService meetings;

    /** {@code ?when=upcoming} (default; soonest first) or {@code past} (latest first), {@code limit}, {@code offset}. */
    @GET
    public JsonObject list(@PathParam("slug") String slug, @QueryParam("when") String when,
                           @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        String w = when == null || when.isBlank() ? "upcoming" : when.strip().toLowerCase(Locale.ROOT);
        if (!w.equals("upcoming") && !w.equals("past")) {
            throw new DomainException("meeting.list.when", "when", when);
        }
        return MeetingJson.list(meetings.list(currentUser.get(), slug, w.equals("upcoming"),
                MeetingsResource.number(offset, "offset", 0), MeetingsResource.number(limit, "limit", DEFAULT_LIMIT)));
    }

    /**
     * Body {@code {"title", "start", "end", "place", "link", "agenda", "invitees": [username...]}}:
     * place and/or link; without invitees every member of the Atrium is invited.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response plan(@PathParam("slug") String slug, JsonObject body) {
        Meeting meeting = meetings.plan(currentUser.get(), slug, MeetingJson.details(body, null),
                JsonInput.of(body).strings("invitees"));
        return Response.created(URI.create("/api/v1/meetings/" + meeting.getId()))
                .entity(MeetingJson.detail(meetings.meeting(currentUser.get(), meeting.getId()))).build();
    }
}
