package be.atrium.documents.api;

import be.atrium.documents.Document;
import be.atrium.documents.DocumentKind;
import be.atrium.documents.DocumentService;
import be.atrium.documents.DocumentView;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.ApiLocale;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Documents by id: read with every version ({@code GET /documents/{id}}), change the metadata
 * ({@code PUT}), add a version ({@code POST .../versions}, multipart {@code file}, {@code comment}),
 * restore an older one ({@code POST .../versions/{n}/restore}), download any version
 * ({@code GET .../content?version=}, with {@code Range}), to the bin and back
 * ({@code DELETE}, {@code POST .../restore}). And the network-wide library: {@code POST /documents}
 * (multipart, as for an Atrium), {@code GET /documents?folder=}, {@code GET|DELETE /documents/bin}.
 */
@Path("/documents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    DocumentService documents;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(List<EntityPart> parts) {
        return AtriumDocumentsResource.created(documents, currentUser, null, parts, headers);
    }

    @GET
    public JsonObject folder(@QueryParam("folder") String folder) {
        return DocumentJson.folder(documents.folder(currentUser.get(), null, folder), ApiLocale.of(headers));
    }

    @GET
    @Path("bin")
    public JsonArray bin() {
        return DocumentJson.list(documents.bin(currentUser.get(), null), ApiLocale.of(headers)).build();
    }

    @DELETE
    @Path("bin")
    public JsonObject emptyBin() {
        return Json.createObjectBuilder().add("removed", documents.emptyBin(currentUser.get(), null)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public JsonObject read(@PathParam("id") long id) {
        return DocumentJson.of(documents.read(currentUser.get(), id), ApiLocale.of(headers));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject edit(@PathParam("id") long id, JsonObject body) {
        JsonInput in = JsonInput.of(body);
        Document.Details details = new Document.Details(in.string("title").orElse(null),
                in.string("description").orElse(null), DocumentKind.parse(in.string("kind").orElse(null)),
                in.string("folder").orElse(null), date(in.string("date").orElse(null)), in.strings("tags"),
                in.number("guidance").orElse(null), in.number("thread").orElse(null));
        return DocumentJson.of(documents.edit(currentUser.get(), id, details), ApiLocale.of(headers));
    }

    @POST
    @Path("{id: [0-9]+}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addVersion(@PathParam("id") long id, List<EntityPart> parts) {
        DocumentForm form = new DocumentForm(parts);
        DocumentView d = documents.addVersion(currentUser.get(), id, form.text("comment"), form.upload());
        return Response.created(URI.create("/api/v1/documents/" + id + "/content?version=" + d.current().number()))
                .entity(DocumentJson.of(d, ApiLocale.of(headers))).build();
    }

    @POST
    @Path("{id: [0-9]+}/versions/{number: [0-9]+}/restore")
    public Response restoreVersion(@PathParam("id") long id, @PathParam("number") int number, JsonObject body) {
        String comment = body == null ? null : JsonInput.of(body).string("comment").orElse(null);
        DocumentView d = documents.restoreVersion(currentUser.get(), id, number, comment);
        return Response.status(201).entity(DocumentJson.of(d, ApiLocale.of(headers))).build();
    }

    @GET
    @Path("{id: [0-9]+}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @QueryParam("version") Integer version,
                            @HeaderParam("Range") String range, @HeaderParam("If-Range") String ifRange)
            throws IOException {
        return DocumentDownloads.answer(documents.open(currentUser.get(), id, version), range, ifRange,
                ApiLocale.of(headers));
    }

    @DELETE
    @Path("{id: [0-9]+}")
    public JsonObject moveToBin(@PathParam("id") long id) {
        return DocumentJson.of(documents.moveToBin(currentUser.get(), id), ApiLocale.of(headers));
    }

    @POST
    @Path("{id: [0-9]+}/restore")
    public JsonObject restore(@PathParam("id") long id) {
        return DocumentJson.of(documents.restoreFromBin(currentUser.get(), id), ApiLocale.of(headers));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("document.date.invalid", "date", value.strip());
        }
    }
}
