package be.atrium.documents.api;

import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.api.ApiLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;

/**
 * An Atrium's document library: {@code POST /atria/{slug}/documents} (multipart: {@code file},
 * {@code title}, {@code description}, {@code kind}, {@code folder}, {@code tags}, {@code date},
 * {@code guidance}, {@code thread}), a folder's list ({@code GET ?folder=}), and its bin
 * ({@code GET .../bin}, emptied with {@code DELETE .../bin}). Its own root path, longer than
 * {@code /atria/{slug}}, so requests for it are matched here.
 */
@Path("/atria/{slug}/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AtriumDocumentsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("slug") String slug, List<EntityPart> parts) {
        return created(documents, currentUser, slug, parts, headers);
    }

    @GET
    public JsonObject folder(@PathParam("slug") String slug, @QueryParam("folder") String folder) {
        return DocumentJson.folder(documents.folder(currentUser.get(), slug, folder), ApiLocale.of(headers));
    }

    @GET
    @Path("bin")
    public JsonArray bin(@PathParam("slug") String slug) {
        return DocumentJson.list(documents.bin(currentUser.get(), slug), ApiLocale.of(headers)).build();
    }

    @DELETE
    @Path("bin")
    public JsonObject emptyBin(@PathParam("slug") String slug) {
        return Json.createObjectBuilder().add("removed", documents.emptyBin(currentUser.get(), slug)).build();
    }

    /** The answer to an upload: 201 with the document's address and its first version. */
    static Response created(DocumentService documents, CurrentUser currentUser, String slug, List<EntityPart> parts,
                            HttpHeaders headers) {
        DocumentForm form = new DocumentForm(parts);
        DocumentView made = documents.upload(currentUser.get(), slug, form.details(), form.upload());
        return Response.created(URI.create("/api/v1/documents/" + made.id()))
                .entity(DocumentJson.of(made, ApiLocale.of(headers))).build();
    }
}
