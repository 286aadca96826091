package be.atrium.wiki.api;

import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.JsonInput;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiRevision;
import be.atrium.wiki.WikiService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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

/**
 * The knowledge base: list, read, create, edit (409 on a stale {@code baseRevision}; {@code tags}
 * replaced when given), history, one old revision, restore.
 */
@Path("/wiki")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WikiResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    WikiService wiki;

    /** The pages of an Atrium ({@code ?atrium=slug}) or, without it, the network-wide pages. */
    @GET
    public JsonArray list(@QueryParam("atrium") String atrium) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        wiki.pages(currentUser.get(), atrium).forEach(p -> list.add(WikiJson.summary(p)));
        return list.build();
    }

    @GET
    @Path("{id: \\d+}")
    public JsonObject page(@PathParam("id") long id) {
        return WikiJson.page(wiki.page(currentUser.get(), id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(JsonObject body) {
        JsonInput in = JsonInput.of(body);
        WikiPage page = wiki.create(currentUser.get(), in.string("atrium").orElse(null),
                in.number("parent").orElse(null), in.string("title").orElse(null), in.string("body").orElse(null),
                in.strings("tags"));
        return Response.created(URI.create("/api/v1/wiki/" + page.getId())).entity(WikiJson.page(page)).build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject edit(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Integer base = in.number("baseRevision").map(Long::intValue).orElse(null);
        wiki.edit(currentUser.get(), id, in.string("title").orElse(null), in.string("body").orElse(null),
                in.string("summary").orElse(null), base, body.containsKey("tags") ? in.strings("tags") : null);
        return WikiJson.page(wiki.page(currentUser.get(), id));
    }

    @GET
    @Path("{id: \\d+}/revisions")
    public JsonArray revisions(@PathParam("id") long id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        wiki.revisions(currentUser.get(), id).forEach(r -> list.add(WikiJson.revision(r, false)));
        return list.build();
    }

    @GET
    @Path("{id: \\d+}/revisions/{no: \\d+}")
    public JsonObject revision(@PathParam("id") long id, @PathParam("no") int number) {
        return WikiJson.revision(wiki.revision(currentUser.get(), id, number), true);
    }

    @POST
    @Path("{id: \\d+}/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject restore(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        int number = in.number("revision").map(Long::intValue)
                .orElseThrow(() -> new DomainException("api.field.required", "revision", "revision"));
        WikiRevision revision = wiki.restore(currentUser.get(), id, number, in.string("summary").orElse(null));
        return WikiJson.page(wiki.page(currentUser.get(), revision.getPage().getId()));
    }

    @GET
    @Path("{id: \\d+}/children")
    public JsonArray children(@PathParam("id") long id) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        wiki.children(currentUser.get(), id).forEach(p -> list.add(WikiJson.summary(p)));
        return list.build();
    }

}
