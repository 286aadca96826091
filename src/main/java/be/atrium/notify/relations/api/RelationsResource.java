package be.atrium.notify.relations.api;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.relations.RelationsCsv;
import be.atrium.notify.relations.RelationshipFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import java.util.Locale;

/**
 * The relationship manager's figures for scripts: {@code GET /relations.csv}, as the CSV download
 * of their page, in the caller's language; relationship managers and administrators only (403).
 */
@Path("/relations.csv")
@RequestScoped
public class RelationsResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RelationshipFigures figures;

    @GET
    @Produces("text/csv")
    public Response csv() {
        Locale locale = currentUser.get().getLanguage().locale();
        return Response.ok(RelationsCsv.of(figures.of(currentUser.get()), locale), RelationsCsv.MEDIA_TYPE)
                .header("Content-Disposition", RelationsCsv.CONTENT_DISPOSITION).build();
    }
}
