package be.atrium.wiki;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;
import java.util.List;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge base through the API: revisions, stale edits, restores and tags, member-only
 * pages, and the import of wiki lines.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WikiApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void wikiPagesKeepEveryRevisionRefuseAStaleEditAndRestoreAnOldOne() {
        Http http = new Http(base);
        String member = newOfficial(http);
        String outsider = newOfficial(http);
        String slug = "it-wiki-" + suffix();
        http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Kennis\", "
                + "\"kind\": \"THEMATIC\", \"membersOnly\": true}");
        http.send("PUT", "api/v1/atria/" + slug + "/members/" + member, ADMIN, "{\"role\": \"MEMBER\"}");

        Http.Result created = http.send("POST", "api/v1/wiki", basic(member, PASSWORD), "{\"title\": \"Hemelwater\", "
                + "\"body\": \"Zie [[Verordening hemelwater]].\", \"atrium\": \"" + slug + "\"}");
        assertEquals(201, created.status(), created.toString());
        long page = created.object().getJsonNumber("id").longValue();
        assertTrue(created.object().getString("bodyHtml").contains("class=\"new\""), "a missing page is a red link");

        assertEquals(200, http.send("PUT", "api/v1/wiki/" + page, basic(member, PASSWORD),
                "{\"body\": \"Tweede versie\", \"summary\": \"korter\", \"baseRevision\": 1}").status());
        Http.Result stale = http.send("PUT", "api/v1/wiki/" + page, basic(member, PASSWORD),
                "{\"body\": \"Van een oude basis\", \"baseRevision\": 1}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(2, http.get("api/v1/wiki/" + page + "/revisions", basic(member, PASSWORD)).array().size());

        Http.Result restored = http.send("POST", "api/v1/wiki/" + page + "/restore", basic(member, PASSWORD),
                "{\"revision\": 1, \"summary\": \"terug\"}");
        assertEquals(200, restored.status(), restored.toString());
        assertEquals(3, restored.object().getInt("revision"), "a restore is a new revision");
        assertTrue(restored.object().getString("bodyHtml").contains("Verordening hemelwater"));
        assertEquals(1, http.get("api/v1/wiki/" + page + "/revisions", basic(member, PASSWORD)).array()
                .getJsonObject(0).getInt("restoredFrom"), "the history says which revision came back");

        Http.Result retagged = http.send("PUT", "api/v1/wiki/" + page, basic(member, PASSWORD),
                "{\"body\": \"Zie [[Verordening hemelwater]].\", \"tags\": [\"Hemelwater\"], \"baseRevision\": 3}");
        assertEquals(200, retagged.status(), retagged.toString());
        assertEquals(3, retagged.object().getInt("revision"), "new tags alone make no new revision");
        assertEquals("hemelwater", retagged.object().getJsonArray("tags").getString(0));

        assertEquals(404, http.get("api/v1/wiki/" + page, basic(outsider, PASSWORD)).status(),
                "a page of a member-only Atrium does not exist for outsiders");
        assertEquals(400, http.send("POST", "api/v1/wiki", basic(member, PASSWORD),
                "{\"title\": \"\", \"body\": \"x\", \"atrium\": \"" + slug + "\"}").status());
    }

    @Test
    void wikiLinesAreImportedOnceCountedAndUpdatedOnlyWhenChanged() {
        Http http = new Http(base);
        String n = suffix();
        String corpus = String.join("\n",
                "{\"id\": \"wp-" + n + "\", \"type\": \"wiki\", \"title\": \"Handleiding " + n
                        + "\", \"body\": \"Zie [[Bijlage " + n + "]].\", \"author\": \"wikiauteur" + n + "\", \"tags\": [\"handleiding\"]}",
                "{\"id\": \"wc-" + n + "\", \"type\": \"wiki\", \"title\": \"Bijlage " + n + "\", \"body\": \"Bijlage.\", "
                        + "\"parent\": \"wp-" + n + "\", \"atrium\": null, \"author\": \"wikiauteur" + n + "\"}",
                "{\"id\": \"wx-" + n + "\", \"type\": \"wiki\", \"title\": \"Zonder tekst\", \"author\": \"wikiauteur" + n + "\"}");
        Http.Result first = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", corpus);
        assertEquals(200, first.status(), first.toString());
        assertEquals(2, first.object().getInt("created"), first.toString());
        assertEquals(1, first.object().getInt("failed"));
        Http.Result again = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", corpus);
        assertEquals(0, again.object().getInt("created"), again.toString());
        assertEquals(2, again.object().getInt("updated"));

        List<JsonObject> pages = http.get("api/v1/wiki", ADMIN).array().stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("title").endsWith(n)).toList();
        assertEquals(2, pages.size(), "imported once, not twice: " + pages);
        JsonObject handleiding = pages.stream().filter(p -> p.getString("title").startsWith("Handleiding")).findFirst()
                .orElseThrow();
        long id = handleiding.getJsonNumber("id").longValue();
        assertEquals(1, handleiding.getInt("revision"));
        assertEquals(id, pages.stream().filter(p -> p.getString("title").startsWith("Bijlage")).findFirst().orElseThrow()
                .getJsonNumber("parent").longValue());

        http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", corpus.replace("Zie [[", "Lees [["));
        JsonObject changed = http.get("api/v1/wiki/" + id, ADMIN).object();
        assertEquals(2, changed.getInt("revision"), "a changed text is a new revision");
        assertTrue(changed.getString("bodyHtml").startsWith("<p>Lees"), changed.toString());
        assertEquals("wikiauteur" + n, http.get("api/v1/wiki/" + id + "/revisions", ADMIN).array().getJsonObject(0)
                .getString("author"));
    }
}
