package be.atrium.notify.relations;

import be.atrium.testsupport.Api;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CSV export of the relationship manager's figures: only for relationship managers and
 * administrators, a download in UTF-8, and names typed by people cannot become spreadsheet formulas.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RelationsApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCsvIsForRelationshipManagersAndDefusesFormulas() {
        Http http = new Http(base);
        long municipality = Api.municipality(http, "71002");
        String slug = "it-csv-" + suffix();
        String name = "=HYPERLINK(\"http://example.com\";\"klik\") " + slug;
        assertEquals(201, http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": "
                + jakarta.json.Json.createValue(name) + ", \"kind\": \"REGIONAL\", \"membersOnly\": true}").status());
        Coaching.cover(slug, municipality);
        String manager = Api.newAccount(http, Api.flemishAgency(http), "RELATIONSHIP_MANAGER");
        Coaching.coach(manager, municipality);
        String official = Api.newAccount(http, municipality, "OFFICIAL");

        Http.Result csv = http.getAccepting("api/v1/relations.csv", "text/csv", Http.basic(manager, PASSWORD));
        assertEquals(200, csv.status(), csv.toString());
        assertEquals("text/csv;charset=UTF-8", csv.header("Content-Type").replace(" ", ""));
        assertTrue(csv.header("Content-Disposition").startsWith("attachment;"), csv.header("Content-Disposition"));
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].startsWith("Soort;Naam;"), lines[0]);
        assertTrue(csv.body().contains("\nGemeente;As;"), "the municipality they coach: " + csv.body());
        assertTrue(csv.body().contains("\nAtrium;\"'=HYPERLINK(\"\"http://example.com\"\";\"\"klik\"\") " + slug + "\";"),
                "a name that looks like a formula is quoted and prefixed: " + csv.body());
        assertFalse(csv.body().contains(";=HYPERLINK"), "never a cell starting with =");
        assertEquals(1, java.util.Arrays.stream(lines).filter(l -> l.startsWith("Gemeente;")).count(),
                "only the municipality they coach: " + csv.body());

        assertEquals(403, http.getAccepting("api/v1/relations.csv", "text/csv", Http.basic(official, PASSWORD)).status(),
                "an official may not download it");
        assertEquals(401, http.getAccepting("api/v1/relations.csv", "text/csv").status());
        Http.Result all = http.getAccepting("api/v1/relations.csv", "text/csv", ADMIN);
        assertEquals(200, all.status());
        assertTrue(all.body().split("\r\n").length > 280, "administrators get the whole network");
    }
}
