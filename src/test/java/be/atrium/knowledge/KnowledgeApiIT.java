package be.atrium.knowledge;

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
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From answer to knowledge through the API: a solved question promoted into a new wiki page and
 * a section of an existing one, and questions linked to the pages that answer them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KnowledgeApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSolvedQuestionIsPromotedIntoTheWikiAndLinkedToWhatAnswersItThroughTheApi() {
        Http http = new Http(base);
        String asker = newOfficial(http);
        String peer = newOfficial(http);
        assertEquals(200, http.send("PUT", "api/v1/atria/gent/members/" + asker, ADMIN, "{\"role\": \"MEMBER\"}").status());
        long thread = http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Carport in de voortuinstrook " + asker + "?\", "
                        + "\"body\": \"Mag een carport in de voortuinstrook?\"}").object().getJsonNumber("id").longValue();
        long answer = http.send("POST", "api/v1/threads/" + thread + "/posts", basic(peer, PASSWORD),
                "{\"body\": \"Alleen met een omgevingsvergunning en niet dichter dan 5 m.\"}").object()
                .getJsonNumber("id").longValue();
        Http.Result unsolved = http.send("POST", "api/v1/threads/" + thread + "/promote", basic(asker, PASSWORD),
                "{\"post\": " + answer + "}");
        assertEquals(400, unsolved.status(), unsolved.toString());
        assertEquals("post", unsolved.object().getString("field"));
        assertEquals(200, http.send("POST", "api/v1/posts/" + answer + "/accept", basic(asker, PASSWORD), null).status());
        assertEquals(403, http.send("POST", "api/v1/threads/" + thread + "/promote", basic(peer, PASSWORD),
                "{\"post\": null}").status(), "the one who answered is not the asker nor a moderator");

        Http.Result promoted = http.send("POST", "api/v1/threads/" + thread + "/promote", basic(asker, PASSWORD),
                "{\"post\": " + answer + "}");
        assertEquals(201, promoted.status(), promoted.toString());
        JsonObject page = promoted.object();
        assertEquals("Carport in de voortuinstrook " + asker + "?", page.getString("title"), "title from the question");
        assertEquals("gent", page.getString("atrium"), "in the thread's own Atrium");
        assertTrue(page.getString("bodyHtml").contains("niet dichter dan 5 m"), page.toString());
        assertTrue(promoted.header("Location").endsWith("/api/v1/wiki/" + page.getJsonNumber("id").longValue()));

        long faq = http.send("POST", "api/v1/wiki", basic(asker, PASSWORD), "{\"title\": \"FAQ voortuinen " + asker
                + "\", \"body\": \"Veelgestelde vragen.\", \"atrium\": \"gent\"}").object().getJsonNumber("id").longValue();
        Http.Result section = http.send("POST", "api/v1/threads/" + thread + "/promote", basic(asker, PASSWORD),
                "{\"post\": null, \"page\": " + faq + "}");
        assertEquals(201, section.status(), section.toString());
        assertEquals(2, section.object().getInt("revision"));
        assertTrue(section.object().getString("bodyHtml").contains("<h2>Carport in de voortuinstrook"), section.toString());
        assertEquals(409, http.send("POST", "api/v1/threads/" + thread + "/promote", basic(asker, PASSWORD),
                "{\"page\": " + faq + "}").status(), "the same thread goes into a page once");

        long other = http.send("POST", "api/v1/wiki", basic(asker, PASSWORD), "{\"title\": \"Voortuinen " + asker
                + "\", \"body\": \"Over voortuinen.\", \"atrium\": \"gent\"}").object().getJsonNumber("id").longValue();
        Http.Result linked = http.send("POST", "api/v1/threads/" + thread + "/knowledge", basic(asker, PASSWORD),
                "{\"wiki\": " + other + "}");
        assertEquals(201, linked.status(), linked.toString());
        assertEquals("ANSWERED_BY", linked.object().getString("kind"));
        assertEquals("WIKI", linked.object().getString("type"));
        assertEquals(other, linked.object().getJsonNumber("id").longValue());
        assertEquals(409, http.send("POST", "api/v1/threads/" + thread + "/knowledge", basic(asker, PASSWORD),
                "{\"wiki\": " + faq + "}").status(), "already linked by the promotion");
        Http.Result noTarget = http.send("POST", "api/v1/threads/" + thread + "/knowledge", basic(asker, PASSWORD), "{}");
        assertEquals(400, noTarget.status(), noTarget.toString());
        assertEquals(400, http.send("POST", "api/v1/threads/" + thread + "/knowledge", basic(asker, PASSWORD),
                "{\"wiki\": \"zeven\"}").status());

        JsonObject read = http.get("api/v1/threads/" + thread, basic(peer, PASSWORD)).object();
        assertTrue(read.getBoolean("solved"), "the rest of the thread is as before");
        assertEquals(2, read.getJsonArray("posts").size());
        List<JsonObject> knowledge = read.getJsonArray("knowledge").stream().map(JsonValue::asJsonObject).toList();
        assertEquals(List.of("PROMOTED", "PROMOTED", "ANSWERED_BY"), knowledge.stream().map(k -> k.getString("kind")).toList());
        assertEquals("/wiki/page.xhtml?id=" + faq, knowledge.get(1).getString("url"));
        assertEquals("FAQ voortuinen " + asker, knowledge.get(1).getString("title"));

        long linkId = linked.object().getJsonNumber("linkId").longValue();
        assertEquals(403, http.send("DELETE", "api/v1/threads/" + thread + "/knowledge/" + linkId, basic(peer, PASSWORD),
                null).status());
        assertEquals(204, http.send("DELETE", "api/v1/threads/" + thread + "/knowledge/" + linkId, basic(asker, PASSWORD),
                null).status());
        assertEquals(404, http.send("DELETE", "api/v1/threads/" + thread + "/knowledge/" + linkId, basic(asker, PASSWORD),
                null).status());
        assertEquals(2, http.get("api/v1/threads/" + thread, basic(peer, PASSWORD)).object().getJsonArray("knowledge").size());
    }
}
