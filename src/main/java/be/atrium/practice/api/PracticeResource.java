package be.atrium.practice.api;

import be.atrium.content.AttachmentView;
import be.atrium.content.api.AttachmentJson;
import be.atrium.identity.CurrentUser;
import be.atrium.organisation.Organisation;
import be.atrium.platform.Dates;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.JsonInput;
import be.atrium.practice.PracticeCase;
import be.atrium.practice.PracticeFilter;
import be.atrium.practice.PracticeService;
import be.atrium.practice.PracticeChoices;
import be.atrium.practice.PracticeFiles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Practice cases: list with filters, read, share, edit, highlight (relationship managers and
 * administrators), files. Municipalities and provinces are named by NIS code, id or exact name.
 */
@Path("/practice")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PracticeResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    PracticeService practices;

    @Inject
    PracticeFiles practiceFiles;

    @Inject
    PracticeChoices choices;

    /**
     * {@code ?municipality=&province=&tag=&atrium=&highlighted=&from=&to=&limit=&offset=}: the
     * cases the caller may read, highlighted first, then the newest.
     */
    @GET
    public JsonObject list(@QueryParam("municipality") String municipality, @QueryParam("province") String province,
                           @QueryParam("tag") String tag, @QueryParam("atrium") String atrium,
                           @QueryParam("highlighted") String highlighted, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("limit") @DefaultValue("25") int limit,
                           @QueryParam("offset") @DefaultValue("0") int offset) {
        Long municipalityId = municipality == null || municipality.isBlank() ? null
                : choices.municipalityByReference(municipality).map(Organisation::getId)
                .orElseThrow(() -> new DomainException("practice.municipality.unknown", "municipality"));
        Long provinceId = province == null || province.isBlank() ? null
                : choices.provinceByReference(province).map(Organisation::getId)
                .orElseThrow(() -> new DomainException("practice.province.unknown", "province"));
        PracticeFilter filter = new PracticeFilter(municipalityId, provinceId, tag, atrium,
                bool(highlighted, "highlighted"), date(from, "from"), date(to, "to"));
        return PracticeJson.list(practices.list(currentUser.get(), filter, offset, limit));
    }

    @GET
    @Path("{id: \\d+}")
    public JsonObject get(@PathParam("id") long id) {
        return PracticeJson.full(practices.view(currentUser.get(), id));
    }

    /**
     * {@code {"title", "context", "approach", "result", "lessons", "municipality", "contact", "atrium",
     * "themes", "guidance": [ids]}}.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        PracticeService.Draft draft = new PracticeService.Draft(in.string("title").orElse(null),
                in.string("context").orElse(null), in.string("approach").orElse(null),
                in.string("result").orElse(null), in.string("lessons").orElse(null), municipality(body),
                in.string("contact").orElse(null), in.string("atrium").orElse(null), themes(body, in),
                ids(body, "guidance"));
        PracticeCase created = practices.create(currentUser.get(), draft);
        return Response.created(URI.create("/api/v1/practice/" + created.getId()))
                .entity(PracticeJson.full(practices.view(currentUser.get(), created.getId()))).build();
    }

    /**
     * Changes the fields the body names and keeps the others; {@code "version"} (from a GET) makes
     * a concurrent change a 409 instead of a lost update.
     */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject edit(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        PracticeCase current = practices.view(currentUser.get(), id).practice();
        PracticeService.Draft draft = new PracticeService.Draft(
                field(body, in, "title", current.getTitle()),
                field(body, in, "context", current.getContext()),
                field(body, in, "approach", current.getApproach()),
                field(body, in, "result", current.getResult()),
                field(body, in, "lessons", current.getLessons()),
                body.containsKey("municipality") ? municipality(body) : null,
                in.string("contact").orElse(null),
                body.containsKey("atrium") ? in.string("atrium").orElse(null)
                        : current.getAtrium() == null ? null : current.getAtrium().getSlug(),
                body.containsKey("themes") || body.containsKey("tags") ? themes(body, in)
                        : List.copyOf(current.getTags()),
                ids(body, "guidance"));
        practices.edit(currentUser.get(), id, draft, in.number("version").orElse(null));
        return PracticeJson.full(practices.view(currentUser.get(), id));
    }

    @DELETE
    @Path("{id: \\d+}")
    public Response delete(@PathParam("id") long id) {
        practices.delete(currentUser.get(), id);
        return Response.noContent().build();
    }

    /** {@code {"guidance": [ids]}}: replaces the guidance the case shows at work. */
    @PUT
    @Path("{id: \\d+}/guidance")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject guidance(@PathParam("id") long id, JsonObject body) {
        JsonInput.of(body);
        List<Long> ids = ids(body, "guidance");
        if (ids == null) {
            throw new DomainException("api.field.required", "guidance", "guidance");
        }
        practices.linkGuidance(currentUser.get(), id, ids);
        return PracticeJson.full(practices.view(currentUser.get(), id));
    }

    @POST
    @Path("{id: \\d+}/highlight")
    public JsonObject highlight(@PathParam("id") long id) {
        practices.highlight(currentUser.get(), id);
        return PracticeJson.full(practices.view(currentUser.get(), id));
    }

    @DELETE
    @Path("{id: \\d+}/highlight")
    public JsonObject removeHighlight(@PathParam("id") long id) {
        practices.removeHighlight(currentUser.get(), id);
        return PracticeJson.full(practices.view(currentUser.get(), id));
    }

    /** The file as the raw body ({@code ?filename=}); the type is detected from the bytes. */
    @POST
    @Path("{id: \\d+}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("filename") String filename,
                           @HeaderParam("Content-Length") Long length, InputStream body) {
        AttachmentView view = practiceFiles.attach(currentUser.get(), id, filename, length, body);
        return Response.status(Response.Status.CREATED).entity(AttachmentJson.of(view)).build();
    }

    @GET
    @Path("{id: \\d+}/attachments")
    public JsonArray attachments(@PathParam("id") long id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        practiceFiles.attachments(currentUser.get(), id).forEach(a -> list.add(AttachmentJson.of(a)));
        return list.build();
    }

    @DELETE
    @Path("{id: \\d+}/attachments/{attachment: \\d+}")
    public Response detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        practiceFiles.detach(currentUser.get(), id, attachment);
        return Response.noContent().build();
    }

    /** A string field when the body has it (null clears it), else the current value. */
    private static String field(JsonObject body, JsonInput in, String name, String current) {
        return body.containsKey(name) ? in.string(name).orElse(null) : current;
    }

    /** The municipality as an id (number) or as NIS code, id or name (string). */
    private Long municipality(JsonObject body) {
        JsonValue value = body.get("municipality");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber n && n.isIntegral()) {
            return JsonInput.exactLong(n, "municipality");
        }
        if (value instanceof JsonString s) {
            if (s.getString().isBlank()) {
                return null;
            }
            return choices.municipalityByReference(s.getString()).map(Organisation::getId)
                    .orElseThrow(() -> new DomainException("practice.municipality.unknown", "municipality"));
        }
        throw new DomainException("api.field.string", "municipality", "municipality");
    }

    /** A list of ids; null when the body does not have the field. */
    private static List<Long> ids(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return ids;
        }
        if (!(value instanceof JsonArray array)) {
            throw new DomainException("practice.guidance.ids", field);
        }
        for (JsonValue v : array) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw new DomainException("practice.guidance.ids", field);
            }
            ids.add(JsonInput.exactLong(n, field));
        }
        return ids;
    }

    /** Themes as {@code "themes"} (or {@code "tags"}, as in the import). */
    private static List<String> themes(JsonObject body, JsonInput in) {
        return new ArrayList<>(body.containsKey("themes") ? in.strings("themes") : in.strings("tags"));
    }

    private static boolean bool(String value, String field) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new DomainException("api.field.boolean", field, field);
        };
    }

    private static LocalDate date(String value, String field) {
        return Dates.day(value, field, "practice.filter.date");
    }
}
