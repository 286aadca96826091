package be.atrium.network.api;

import be.atrium.identity.CurrentUser;
import be.atrium.identity.api.AccountJson;
import be.atrium.network.MergerService;
import be.atrium.network.NetworkService;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.api.JsonInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/** Organisations of the network: the Flemish agency, provinces and municipalities. */
@Path("/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    OrganisationRepository organisations;

    @Inject
    NetworkService network;

    @Inject
    MergerService mergers;

    @Inject
    CurrentUser currentUser;

    @GET
    public JsonArray list(@QueryParam("level") String level) {
        List<Organisation> found;
        if (level == null || level.isBlank()) {
            found = organisations.all();
        } else {
            GovernmentLevel parsed;
            try {
                parsed = GovernmentLevel.valueOf(level.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException("api.level.invalid", "level");
            }
            found = organisations.byLevel(parsed);
        }
        JsonArrayBuilder list = Json.createArrayBuilder();
        found.forEach(o -> list.add(AccountJson.organisation(o)));
        return list.build();
    }

    @GET
    @Path("/{id}")
    public JsonObject get(@PathParam("id") long id) {
        return AccountJson.organisation(organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("organisation " + id)));
    }

    /** Merges this municipality into another (administrators): {@code {"into": id}}. */
    @POST
    @Path("/{id}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject merge(@PathParam("id") long id, JsonObject body) {
        long into = JsonInput.of(body).number("into")
                .orElseThrow(() -> new DomainException("api.field.required", "into", "into"));
        return AccountJson.organisation(mergers.mergeMunicipalities(currentUser.get(), id, into));
    }
}
