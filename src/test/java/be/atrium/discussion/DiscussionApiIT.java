package be.atrium.discussion;

import be.atrium.testsupport.Api;
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
import java.util.Base64;
import java.util.List;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Discussions through the API: asking, answering, accepting and editing, bad input that is a 400
 * or a 404 and never a 500, the import of questions and answers, and attachments checked by content.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DiscussionApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void aQuestionIsAskedAnsweredAcceptedAndEditedThroughTheApi() {
        Http http = new Http(base);
        String asker = newOfficial(http);
        String peer = newOfficial(http);
        Http.Result asked = http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Is een omgevingsvergunning nodig voor een tuinhuis?\", "
                        + "\"body\": \"Tuinhuis van 35 m\u00b2 <b onclick=x>achteraan</b>\", \"tags\": [\"omgevingsvergunning\"]}");
        assertEquals(201, asked.status(), asked.toString());
        long thread = asked.object().getJsonNumber("id").longValue();
        assertEquals("gent", asked.object().getString("atrium"));

        Http.Result answered = http.send("POST", "api/v1/threads/" + thread + "/posts", basic(peer, PASSWORD),
                "{\"body\": \"Tot 40 m\u00b2 vrijgesteld, mits voorwaarden.\"}");
        assertEquals(201, answered.status(), answered.toString());
        long answer = answered.object().getJsonNumber("id").longValue();
        assertEquals(403, http.send("POST", "api/v1/posts/" + answer + "/accept", basic(peer, PASSWORD), null).status());
        assertEquals(200, http.send("POST", "api/v1/posts/" + answer + "/accept", basic(asker, PASSWORD), null).status());

        JsonObject read = http.get("api/v1/threads/" + thread, basic(peer, PASSWORD)).object();
        assertTrue(read.getBoolean("solved"));
        assertTrue(read.getJsonArray("posts").getJsonObject(0).getBoolean("opening"));
        assertTrue(read.getJsonArray("posts").getJsonObject(1).getBoolean("accepted"));
        String html = read.getJsonArray("posts").getJsonObject(0).getString("bodyHtml");
        assertFalse(html.matches("(?s).*<[^>]*\\son[a-z]+=.*"), "no event handler in any tag: " + html);
        assertTrue(html.contains("&lt;b onclick"), "raw HTML is shown as text: " + html);

        assertEquals(200, http.send("PUT", "api/v1/posts/" + answer, basic(peer, PASSWORD),
                "{\"body\": \"Tot 40 m\u00b2 vrijgesteld; zie het vrijstellingenbesluit.\", \"baseRevision\": 1}").status());
        Http.Result stale = http.send("PUT", "api/v1/posts/" + answer, basic(peer, PASSWORD),
                "{\"body\": \"Oude basis\", \"baseRevision\": 1}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(2, http.get("api/v1/posts/" + answer + "/revisions", basic(asker, PASSWORD)).array().size());

        assertEquals(200, http.send("POST", "api/v1/posts/" + answer + "/helpful", basic(asker, PASSWORD), null).status());
        assertEquals(409, http.send("POST", "api/v1/posts/" + answer + "/helpful", basic(asker, PASSWORD), null).status());

        JsonObject board = http.get("api/v1/atria/gent/threads?filter=solved&limit=100", basic(peer, PASSWORD)).object();
        assertTrue(board.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .anyMatch(t -> t.getJsonNumber("id").longValue() == thread), board.toString());
    }

    @Test
    void anEscalationIsUndoneThroughTheApiAndAMergedQuestionIsRefusedAsAnswerInJson() {
        Http http = new Http(base);
        String moderator = newOfficial(http);
        String asker = newOfficial(http);
        Api.setMember(http, "gent", moderator, "MODERATOR");
        Api.setMember(http, "gent", asker, "MEMBER");
        long thread = Api.id(http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Doorverwijzen en terug " + suffix() + "\", \"body\": \"Tekst\"}"));
        Http.Result nothing = http.send("POST", "api/v1/threads/" + thread + "/undo-move", basic(moderator, PASSWORD), null);
        assertEquals(400, nothing.status(), nothing.toString());
        assertEquals("thread.undo.nothing", nothing.object().getString("error"), "nothing to undo yet");
        Http.Result escalated = http.send("POST", "api/v1/threads/" + thread + "/escalate", basic(moderator, PASSWORD),
                "{\"board\": \"expert-oost-vlaanderen\"}");
        assertEquals(200, escalated.status(), escalated.toString());
        assertEquals(403, http.send("POST", "api/v1/threads/" + thread + "/undo-move", basic(asker, PASSWORD), null).status());
        Http.Result undone = http.send("POST", "api/v1/threads/" + thread + "/undo-move", basic(moderator, PASSWORD), null);
        assertEquals(200, undone.status(), undone.toString());
        assertEquals("gent", undone.object().getString("board"));

        long target = Api.id(http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Het origineel " + suffix() + "\", \"body\": \"Tekst\"}"));
        assertEquals(200, http.send("POST", "api/v1/threads/" + thread + "/merge", basic(moderator, PASSWORD),
                "{\"into\": " + target + "}").status());
        JsonObject merged = http.get("api/v1/threads/" + target, basic(asker, PASSWORD)).object();
        JsonObject question = merged.getJsonArray("posts").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.containsKey("mergedFrom") && p.getJsonObject("mergedFrom").getBoolean("question"))
                .findFirst().orElseThrow(() -> new AssertionError("the merged question says so: " + merged));
        assertEquals(thread, question.getJsonObject("mergedFrom").getJsonNumber("id").longValue());
        Http.Result refused = http.send("POST", "api/v1/posts/" + question.getJsonNumber("id").longValue() + "/accept",
                basic(moderator, PASSWORD), null);
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("thread.accept.mergedQuestion", refused.object().getString("error"));
        assertFalse(refused.object().getString("message").isBlank());
    }

    @Test
    void badDiscussionInputIsA400OrA404AndNeverA500() {
        Http http = new Http(base);
        String user = newOfficial(http);
        Http.Result empty = http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD),
                "{\"title\": \"   \", \"body\": \"Tekst\"}");
        assertEquals(400, empty.status(), empty.toString());
        assertEquals("title", empty.object().getString("field"));
        Http.Result huge = http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD),
                "{\"title\": \"" + "x".repeat(500) + "\", \"body\": \"Tekst\"}");
        assertEquals(400, huge.status(), huge.toString());
        Http.Result noBody = http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD),
                "{\"title\": \"Een goede titel\", \"body\": \"\"}");
        assertEquals("body", noBody.object().getString("field"));
        Http.Result badFilter = http.get("api/v1/atria/gent/threads?filter=everything", basic(user, PASSWORD));
        assertEquals(400, badFilter.status(), badFilter.toString());
        assertEquals(404, http.send("POST", "api/v1/atria/provinciaal-limburg/threads", basic(user, PASSWORD),
                "{\"title\": \"Binnen in besloten Atrium\", \"body\": \"Tekst\"}").status());
        assertEquals(404, http.get("api/v1/threads/999999999", basic(user, PASSWORD)).status());
    }

    @Test
    void anImportIsIdempotentReportsBadLinesAndCreatesPlaceholderAuthors() {
        Http http = new Http(base);
        String n = suffix();
        String corpus = String.join("\n",
                "{\"id\": \"q-" + n + "\", \"type\": \"question\", \"title\": \"Ge\u00efmporteerde vraag " + n
                        + "\", \"body\": \"Wat is een **GRUP**?\", \"atrium\": \"it-import-" + n
                        + "\", \"author\": \"oud" + n + "\", \"created\": \"2019-05-01T10:00:00Z\", \"tags\": [\"grup\"]}",
                "{\"id\": \"a-" + n + "\", \"type\": \"answer\", \"parent\": \"q-" + n
                        + "\", \"body\": \"Een gewestelijk RUP.\", \"accepted\": true, \"author\": \"expert" + n
                        + "\", \"created\": \"2019-05-02T10:00:00Z\"}",
                "{\"id\": \"x-" + n + "\", \"type\": \"answer\", \"parent\": \"bestaat-niet\", \"body\": \"Wees\"}",
                "{niet json",
                "");
        Http.Result first = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", corpus);
        assertEquals(200, first.status(), first.toString());
        assertEquals(2, first.object().getInt("created"));
        assertEquals(2, first.object().getInt("failed"));
        assertEquals(List.of(3, 4), first.object().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getInt("line")).toList());
        Http.Result again = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", corpus);
        assertEquals(0, again.object().getInt("created"), again.toString());
        assertEquals(2, again.object().getInt("updated"));

        JsonObject board = http.get("api/v1/atria/it-import-" + n + "/threads", ADMIN).object();
        assertEquals(1, board.getInt("total"), "imported once, not twice");
        JsonObject thread = board.getJsonArray("items").getJsonObject(0);
        assertTrue(thread.getBoolean("solved"));
        assertEquals(401, http.get("api/v1/me", basic("oud" + n, "anything at all")).status(),
                "placeholder authors cannot log in");
        assertEquals(403, http.sendRaw("POST", "api/v1/import", basic(newOfficial(http), PASSWORD),
                "application/x-ndjson", corpus).status());
    }

    @Test
    void attachmentsAreCheckedByContentAndSizeAndDownloadedOnlyByThoseWhoMaySeeThePost() throws Exception {
        Http http = new Http(base);
        String author = newOfficial(http);
        String other = newOfficial(http);
        String slug = "it-files-" + suffix();
        http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Bestanden\", "
                + "\"kind\": \"THEMATIC\", \"membersOnly\": true}");
        http.send("PUT", "api/v1/atria/" + slug + "/members/" + author, ADMIN, "{\"role\": \"MEMBER\"}");
        long thread = http.send("POST", "api/v1/atria/" + slug + "/threads", basic(author, PASSWORD),
                "{\"title\": \"Plan in bijlage\", \"body\": \"Zie het plan.\"}").object().getJsonNumber("id").longValue();
        long post = http.get("api/v1/threads/" + thread, basic(author, PASSWORD)).object().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();

        byte[] png = Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        Http.Result uploaded = http.sendBytes("POST", "api/v1/posts/" + post + "/attachments?filename=plan.png",
                basic(author, PASSWORD), "image/png", png);
        assertEquals(201, uploaded.status(), uploaded.toString());
        long attachment = uploaded.object().getJsonNumber("id").longValue();

        byte[] exe = "MZ\u0090\u0000 this is a windows program".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Http.Result disguised = http.sendBytes("POST", "api/v1/posts/" + post + "/attachments?filename=plan.png",
                basic(author, PASSWORD), "image/png", exe);
        assertEquals(400, disguised.status(), "checked by content, not by name: " + disguised);
        Http.Result tooLarge = http.sendBytes("POST", "api/v1/posts/" + post + "/attachments?filename=groot.txt",
                basic(author, PASSWORD), "text/plain", "a".repeat(11 * 1024 * 1024).getBytes());
        assertEquals(413, tooLarge.status(), tooLarge.toString());

        Http.Result download = http.get("api/v1/attachments/" + attachment, basic(author, PASSWORD));
        assertEquals(200, download.status());
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertEquals(404, http.get("api/v1/attachments/" + attachment, basic(other, PASSWORD)).status(),
                "a file of a member-only Atrium does not exist for outsiders");
    }
}
