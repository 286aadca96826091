package be.atrium.content.api;

import be.atrium.content.imports.ImportLineReader;
import be.atrium.content.imports.ImportOutcome;
import be.atrium.content.imports.Importer;
import be.atrium.identity.CurrentUser;
import be.atrium.platform.DomainException;
import be.atrium.platform.api.ApiLocale;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /api/v1/import}: JSON lines as in CORPUS.md, read as a stream (one line in memory
 * at a time), each line imported in its own transaction. A bad line is reported with its number
 * and the others go on. Administrators only.
 */
@Path("/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final Logger LOG = Logger.getLogger(ImportResource.class.getName());

    /** The error list is capped so that a huge file of bad lines still gets a small answer; failed counts all. */
    static final int MAX_ERRORS = 1000;

    /** Lines per transaction. */
    static final int BATCH = 100;

    @Inject
    CurrentUser currentUser;

    @Inject
    Importer importer;

    @Inject
    @ConfigProperty(name = "atrium.import.max-line-chars", defaultValue = "1000000")
    int maxLineChars;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes({"application/x-ndjson", "application/jsonl"})
    public JsonObject importLines(InputStream body) throws IOException {
        importer.requireImporter(currentUser.get());
        Tally tally = new Tally(ApiLocale.of(headers));
        List<ImportLineReader.Line> batch = new ArrayList<>();
        try (ImportLineReader reader = new ImportLineReader(body, maxLineChars)) {
            for (ImportLineReader.Line line = reader.next(); line != null; line = reader.next()) {
                if (line.tooLong()) {
                    flush(batch, tally);
                    tally.failed(line.number(), new DomainException("import.line.tooLong", null, maxLineChars));
                } else if (!line.text().isBlank()) {
                    batch.add(line);
                    if (batch.size() == BATCH) {
                        flush(batch, tally);
                    }
                }
            }
            flush(batch, tally);
        }
        importer.audit(currentUser.get(), tally.created, tally.updated, tally.failed);
        JsonArrayBuilder atria = Json.createArrayBuilder();
        tally.createdAtria.forEach(atria::add);
        return Json.createObjectBuilder().add("created", tally.created).add("updated", tally.updated)
                .add("failed", tally.failed).add("errors", tally.errors).add("createdAtria", atria).build();
    }

    /** Imports the batch in one transaction; when a line fails, the batch again line by line. */
    private void flush(List<ImportLineReader.Line> batch, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<ImportOutcome> outcomes = importer.importLines(currentUser.get(),
                    batch.stream().map(ImportLineReader.Line::text).toList());
            outcomes.forEach(tally::done);
        } catch (RuntimeException batchFailed) {
            for (ImportLineReader.Line line : batch) {
                try {
                    tally.done(importer.importLine(currentUser.get(), line.text()));
                } catch (RuntimeException e) {
                    tally.failed(line.number(), e);
                }
            }
        }
        batch.clear();
    }

    /** What the import did so far. */
    private static final class Tally {
        final Locale locale;
        int created;
        int updated;
        int failed;
        final JsonArrayBuilder errors = Json.createArrayBuilder();
        final Set<String> createdAtria = new LinkedHashSet<>();

        Tally(Locale locale) {
            this.locale = locale;
        }

        void done(ImportOutcome outcome) {
            if (outcome.created()) {
                created++;
            } else {
                updated++;
            }
            if (outcome.createdAtrium() != null) {
                createdAtria.add(outcome.createdAtrium());
            }
        }

        void failed(int line, RuntimeException e) {
            if (failed++ < MAX_ERRORS) {
                errors.add(Json.createObjectBuilder().add("line", line).add("message", message(locale, e, line)));
            }
        }
    }

    private static String message(Locale locale, RuntimeException error, int line) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return Messages.text(locale, domain);
            }
            if (t instanceof be.atrium.platform.ForbiddenException) {
                return Messages.text(locale, "error.forbidden");
            }
        }
        LOG.log(Level.WARNING, "Import line " + line + " could not be saved", error);
        return Messages.text(locale, "import.line.failed");
    }
}
