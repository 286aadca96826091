package be.atrium.guidance.api;

import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceFilter;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceList;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.CurrentUser;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.platform.Dates;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.time.LocalDate;

/**
 * Guidance: list (a JSON array like the wiki list, the total in {@code X-Total-Count}), read,
 * create and edit drafts, publish, supersede, withdraw, mark as read, and the read report.
 */
@Path("/guidance")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuidanceResource {

    static final int DEFAULT_LIMIT = 25;

    @Inject
    CurrentUser currentUser;

    @Inject
    GuidanceService guidance;

    /**
     * {@code ?status=PUBLISHED|DRAFT|SUPERSEDED|WITHDRAWN|all} (comma-separated; default published),
     * {@code kind}, {@code level}, {@code atrium} (slug of an Atrium in the audience), {@code tag},
     * {@code from}/{@code to} (effective date), {@code limit} (default 25, at most 100), {@code offset}.
     */
    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("kind") String kind,
                         @QueryParam("level") String level, @QueryParam("atrium") String atrium,
                         @QueryParam("tag") String tag, @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        GuidanceFilter filter = new GuidanceFilter(GuidanceFilter.parseStatuses(status),
                GuidanceFilter.parse(GuidanceKind.class, kind, "kind"),
                GuidanceFilter.parse(GovernmentLevel.class, level, "level"), atrium, tag,
                GuidanceFilter.DateField.EFFECTIVE, date(from, "from"), date(to, "to"));
        GuidanceList page = guidance.list(currentUser.get(), filter, number(offset, "offset", 0),
                number(limit, "limit", DEFAULT_LIMIT));
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.getItems().forEach(i -> items.add(GuidanceJson.item(i)));
        return Response.ok(items.build()).header("X-Total-Count", page.getTotal()).build();
    }

    @GET
    @Path("{id: \\d+}")
    public JsonObject get(@PathParam("id") long id) {
        return GuidanceJson.detail(guidance.guidance(currentUser.get(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        Guidance created = guidance.create(currentUser.get(), GuidanceJson.input(body));
        return Response.created(URI.create("/api/v1/guidance/" + created.getId()))
                .entity(GuidanceJson.detail(guidance.guidance(currentUser.get(), created.getId()))).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("id") long id, JsonObject body) {
        guidance.update(currentUser.get(), id, GuidanceJson.input(body));
        return get(id);
    }

    @POST
    @Path("{id: \\d+}/publish")
    public JsonObject publish(@PathParam("id") long id) {
        guidance.publish(currentUser.get(), id);
        return get(id);
    }

    /** Body {@code {"by": id}}: the newer published guidance that replaces this one. */
    @POST
    @Path("{id: \\d+}/supersede")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject supersede(@PathParam("id") long id, JsonObject body) {
        Long by = JsonInput.of(body).number("by")
                .orElseThrow(() -> new DomainException("guidance.supersede.required", "by"));
        guidance.supersede(currentUser.get(), id, by);
        return get(id);
    }

    /** Body {@code {"reason": "..."}}. */
    @POST
    @Path("{id: \\d+}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject withdraw(@PathParam("id") long id, JsonObject body) {
        guidance.withdraw(currentUser.get(), id, JsonInput.of(body).string("reason").orElse(null));
        return get(id);
    }

    @POST
    @Path("{id: \\d+}/read")
    public JsonObject read(@PathParam("id") long id) {
        guidance.markRead(currentUser.get(), id);
        return get(id);
    }

    @GET
    @Path("{id: \\d+}/receipts")
    public JsonObject receipts(@PathParam("id") long id) {
        return GuidanceJson.receipts(guidance.receipts(currentUser.get(), id));
    }

    private static int number(String value, String field, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new DomainException("api.field.number", field, field);
        }
    }

    private static LocalDate date(String value, String field) {
        return Dates.day(value, field, "guidance.date.invalid");
    }
}
