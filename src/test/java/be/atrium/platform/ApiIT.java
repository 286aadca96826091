package be.atrium.platform;

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
import java.util.concurrent.ThreadLocalRandom;

import static be.atrium.testsupport.Http.basic;
import static be.atrium.testsupport.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTTP contract that outside tools rely on (API-CONTRACT.md), called as a tool would:
 * authentication with the bootstrap token, Basic and personal tokens; the network calls;
 * the error format; authorisation of member-only Atria; login throttling; health.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiIT {

    private static final String ADMIN = bearer("it-admin-token-0123456789");
    private static final String PASSWORD = "correct horse battery";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void callsWithoutValidCredentialsAre401WithAJsonError() {
        Http http = new Http(base);
        Http.Result none = http.get("api/v1/me", null);
        assertEquals(401, none.status(), none.toString());
        assertEquals("unauthorized", none.object().getString("error"));
        assertEquals(401, http.get("api/v1/me", bearer("atr_not-a-real-token")).status());
        assertEquals(401, http.get("api/v1/atria", "Basic !!!").status());
    }

    @Test
    void theBootstrapAdminTokenIdentifiesTheAdministrator() {
        JsonObject me = new Http(base).get("api/v1/me", ADMIN).object();
        assertEquals("admin", me.getString("username"));
        assertEquals("ADMINISTRATOR", me.getString("role"));
        assertEquals("FLEMISH", me.getJsonObject("organisation").getString("level"));
    }

    @Test
    void aNewAccountMakesATokenWithBasicAuthUsesItAndRevokesIt() {
        Http http = new Http(base);
        String user = newOfficial(http);
        Http.Result created = http.send("POST", "api/v1/me/tokens", basic(user, PASSWORD), "{\"name\": \"mijn script\"}");
        assertEquals(201, created.status(), created.toString());
        String token = created.object().getString("token");
        assertEquals("mijn script", created.object().getString("name"));

        JsonObject me = http.get("api/v1/me", bearer(token)).object();
        assertEquals(user, me.getString("username"));
        assertEquals("OFFICIAL", me.getString("role"));
        assertEquals(1, http.get("api/v1/me/tokens", bearer(token)).array().size());

        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(204, http.send("DELETE", "api/v1/me/tokens/" + id, bearer(token), null).status());
        assertEquals(401, http.get("api/v1/me", bearer(token)).status(), "a revoked token no longer works");
    }

    @Test
    void badInputIsA400NamingTheFieldAndNeverA500() {
        Http http = new Http(base);
        Http.Result missing = http.send("POST", "api/v1/accounts", ADMIN, "{\"displayName\": \"Zonder naam\"}");
        assertEquals(400, missing.status(), missing.toString());
        assertEquals("username", missing.object().getString("field"));
        assertFalse(missing.object().getString("message").isBlank());

        Http.Result broken = http.send("POST", "api/v1/accounts", ADMIN, "{\"username\": ");
        assertEquals(400, broken.status(), broken.toString());
        assertEquals("invalid_json", broken.object().getString("error"));

        Http.Result wrongType = http.send("POST", "api/v1/accounts", ADMIN,
                "{\"username\": \"x" + suffix() + "\", \"displayName\": \"X\", \"organisationId\": \"abc\"}");
        assertEquals(400, wrongType.status(), wrongType.toString());
        assertEquals("organisationId", wrongType.object().getString("field"));

        Http.Result badRole = http.send("POST", "api/v1/accounts", ADMIN,
                "{\"username\": \"y" + suffix() + "\", \"displayName\": \"Y\", \"role\": \"KING\"}");
        assertEquals(400, badRole.status(), badRole.toString());
        assertEquals("role", badRole.object().getString("field"));

        Http.Result shortPassword = http.send("POST", "api/v1/accounts", ADMIN,
                "{\"username\": \"z" + suffix() + "\", \"displayName\": \"Z\", \"password\": \"kort\"}");
        assertEquals(400, shortPassword.status(), shortPassword.toString());
        assertEquals("password", shortPassword.object().getString("field"));

        String user = newOfficial(http);
        Http.Result duplicate = http.send("POST", "api/v1/accounts", ADMIN,
                "{\"username\": \"" + user + "\", \"displayName\": \"Twee\"}");
        assertEquals(409, duplicate.status(), duplicate.toString());

        Http.Result badLevel = http.get("api/v1/organisations?level=GALACTIC", ADMIN);
        assertEquals(400, badLevel.status(), badLevel.toString());

        assertEquals(404, http.get("api/v1/atria/bestaat-niet", ADMIN).status());
        Http.Result notAdmin = http.send("POST", "api/v1/accounts", basic(user, PASSWORD),
                "{\"username\": \"w" + suffix() + "\", \"displayName\": \"W\"}");
        assertEquals(403, notAdmin.status(), notAdmin.toString());
    }

    @Test
    void theNetworkIsThereThroughTheApi() {
        Http http = new Http(base);
        long municipalities = http.get("api/v1/organisations?level=MUNICIPAL", ADMIN).array().stream()
                .map(JsonValue::asJsonObject).filter(o -> !o.getString("nisCode").startsWith("9")).count();
        assertEquals(285, municipalities);
        assertEquals(5, http.get("api/v1/organisations?level=PROVINCIAL", ADMIN).array().size());
        long regional = http.get("api/v1/atria", ADMIN).array().stream().map(JsonValue::asJsonObject)
                .filter(a -> a.getString("kind").equals("REGIONAL") && !a.getString("slug").startsWith("it-")).count();
        assertEquals(26, regional);
    }

    @Test
    void aMemberOnlyAtriumIsInvisibleToOutsidersAndOnlyModeratorsManageMembers() {
        Http http = new Http(base);
        String slug = "it-api-" + suffix();
        Http.Result created = http.send("POST", "api/v1/atria", ADMIN,
                "{\"slug\": \"" + slug + "\", \"name\": \"Besloten " + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": true}");
        assertEquals(201, created.status(), created.toString());
        assertEquals(409, http.send("POST", "api/v1/atria", ADMIN,
                "{\"slug\": \"" + slug + "\", \"name\": \"Nog eens\", \"kind\": \"THEMATIC\"}").status());

        String member = newOfficial(http);
        String outsider = newOfficial(http);
        assertFalse(http.get("api/v1/atria", basic(outsider, PASSWORD)).body().contains(slug));
        assertEquals(404, http.get("api/v1/atria/" + slug, basic(outsider, PASSWORD)).status());
        assertEquals(404, http.send("PUT", "api/v1/atria/" + slug + "/members/" + outsider, basic(outsider, PASSWORD),
                "{\"role\": \"MEMBER\"}").status(), "its existence must not leak");

        Http.Result added = http.send("PUT", "api/v1/atria/" + slug + "/members/" + member, ADMIN, "{\"role\": \"MEMBER\"}");
        assertEquals(200, added.status(), added.toString());
        assertTrue(http.get("api/v1/me", basic(member, PASSWORD)).object().getJsonArray("atria").toString().contains(slug));
        assertEquals(200, http.get("api/v1/atria/" + slug, basic(member, PASSWORD)).status());
        assertEquals(403, http.send("PUT", "api/v1/atria/" + slug + "/members/" + outsider, basic(member, PASSWORD),
                "{\"role\": \"MEMBER\"}").status(), "members are not moderators");
        assertEquals(400, http.send("PUT", "api/v1/atria/" + slug + "/members/" + outsider, ADMIN,
                "{\"role\": \"CHIEF\"}").status());

        http.send("PUT", "api/v1/atria/" + slug + "/members/" + member, ADMIN, "{\"role\": \"MODERATOR\"}");
        Http.Result byModerator = http.send("PUT", "api/v1/atria/" + slug + "/members/" + outsider, basic(member, PASSWORD),
                "{\"role\": \"MEMBER\"}");
        assertEquals(200, byModerator.status(), byModerator.toString());
        assertEquals(200, http.get("api/v1/atria/" + slug, basic(outsider, PASSWORD)).status());
    }

    @Test
    void repeatedFailedLoginsLockTheAccountNameWhetherItExistsOrNot() {
        Http http = new Http(base);
        String user = newOfficial(http);
        String ghost = "ghost" + suffix();
        for (String name : new String[] {user, ghost}) {
            for (int i = 0; i < 4; i++) {
                assertEquals(401, http.get("api/v1/me", basic(name, "wrong password " + i)).status());
            }
            Http.Result fifth = http.get("api/v1/me", basic(name, "wrong password 5"));
            assertEquals(429, fifth.status(), fifth.toString());
            assertEquals("locked", fifth.object().getString("error"));
        }
        assertEquals(429, http.get("api/v1/me", basic(user, PASSWORD)).status(),
                "even the right password waits until the lock ends");
    }

    @Test
    void healthAndMetricsAnswerWithoutLogin() {
        Http http = new Http(base);
        Http.Result ready = http.get("/health/ready", null);
        assertEquals(200, ready.status(), ready.toString());
        assertEquals("UP", ready.object().getString("status"));
        assertEquals(200, http.get("/health/live", null).status());
        Http.Result metrics = http.getAccepting("/metrics", "text/plain");
        assertEquals(200, metrics.status(), metrics.toString());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text: " + metrics.body().lines().findFirst().orElse(""));
    }

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

        byte[] png = java.util.Base64.getDecoder().decode(
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
    void theSessionCookieIsHttpOnlyAndSameSite() {
        Http.Result login = new Http(base).get("identity/login.xhtml", null);
        assertEquals(200, login.status());
        String cookie = login.header("Set-Cookie");
        assertNotNull(cookie, "a session starts on the login page");
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
        assertFalse(cookie.contains("Secure"), "no Secure flag over plain HTTP: " + cookie);
    }

    private static String newOfficial(Http http) {
        String username = "api" + suffix();
        Http.Result organisations = http.get("api/v1/organisations?level=MUNICIPAL", ADMIN);
        long gent = organisations.array().stream().map(JsonValue::asJsonObject)
                .filter(o -> "44021".equals(o.getString("nisCode"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        Http.Result created = http.send("POST", "api/v1/accounts", ADMIN, "{\"username\": \"" + username
                + "\", \"displayName\": \"Tester " + username + "\", \"email\": \"" + username + "@gent.example\", "
                + "\"organisationId\": " + gent + ", \"role\": \"OFFICIAL\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.toString());
        assertNotNull(created.object().getJsonObject("organisation"));
        return username;
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    // --- Guidance (issue 4) ---

    @Test
    void guidanceIsDraftedPublishedReadAndRefusedWithClearErrors() {
        Http http = new Http(base);
        String publisher = newPublisher(http, "FLEMISH");
        String official = newOfficial(http);
        String tag = "gd" + suffix();

        Http.Result refused = http.send("POST", "api/v1/guidance", basic(official, PASSWORD), guidanceJson("Zonder recht", tag, null));
        assertEquals(403, refused.status(), "writing guidance needs the publisher grant: " + refused);
        assertFalse(refused.object().getString("message").isBlank());

        Http.Result created = http.send("POST", "api/v1/guidance", basic(publisher, PASSWORD),
                guidanceJson("Omzendbrief hemelwater " + tag, tag, null));
        assertEquals(201, created.status(), created.toString());
        JsonObject draft = created.object();
        long id = draft.getJsonNumber("id").longValue();
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals("CIRCULAR", draft.getString("kind"));
        assertEquals("FLEMISH", draft.getString("level"));
        assertEquals("2027-01-01", draft.getString("effectiveFrom"));
        assertTrue(draft.isNull("validUntil"));
        assertTrue(draft.isNull("supersededBy"));
        assertEquals("/guidance/guidance.xhtml?id=" + id, draft.getString("url"));
        assertEquals(List.of("VCRO art. 4.3.1", "Omgevingsvergunningsdecreet art. 31"), draft.getJsonArray("legalBasis")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(draft.getString("bodyHtml").contains("<strong>hemelwaterput</strong>"), draft.toString());
        assertTrue(draft.getJsonObject("audience").getBoolean("network"));
        assertEquals(404, http.get("api/v1/guidance/" + id, basic(official, PASSWORD)).status(),
                "a draft is seen only by the publishers of its organisation");
        assertEquals(404, http.send("POST", "api/v1/guidance/" + id + "/publish", basic(official, PASSWORD), null).status());

        Http.Result backwards = http.send("PUT", "api/v1/guidance/" + id, basic(publisher, PASSWORD),
                guidanceJson("Omzendbrief hemelwater " + tag, tag, "\"validUntil\": \"2026-12-31\""));
        assertEquals(400, backwards.status(), backwards.toString());
        assertEquals("validUntil", backwards.object().getString("field"));
        Http.Result noAudience = http.send("PUT", "api/v1/guidance/" + id, basic(publisher, PASSWORD),
                guidanceJson("Omzendbrief hemelwater " + tag, tag, "\"audience\": {\"network\": false}"));
        assertEquals(400, noAudience.status(), noAudience.toString());
        assertEquals("audienceAtria", noAudience.object().getString("field"));
        Http.Result badDate = http.send("PUT", "api/v1/guidance/" + id, basic(publisher, PASSWORD),
                "{\"kind\": \"CIRCULAR\", \"title\": \"T\", \"body\": \"B\", \"effectiveFrom\": \"1 januari\"}");
        assertEquals(400, badDate.status(), badDate.toString());
        assertEquals("effectiveFrom", badDate.object().getString("field"));
        Http.Result badKind = http.send("PUT", "api/v1/guidance/" + id, basic(publisher, PASSWORD),
                "{\"kind\": \"DECREE\", \"title\": \"T\", \"body\": \"B\"}");
        assertEquals("kind", badKind.object().getString("field"), badKind.toString());
        Http.Result undated = http.send("PUT", "api/v1/guidance/" + id, basic(publisher, PASSWORD),
                "{\"kind\": \"CIRCULAR\", \"title\": \"Omzendbrief hemelwater " + tag + "\", \"body\": \"Nog zonder datum\", \"tags\": [\"" + tag + "\"]}");
        assertEquals(200, undated.status(), undated.toString());
        Http.Result noDate = http.send("POST", "api/v1/guidance/" + id + "/publish", basic(publisher, PASSWORD), null);
        assertEquals(400, noDate.status(), "publishing needs the date it takes effect: " + noDate);
        assertEquals("effectiveFrom", noDate.object().getString("field"));

        assertEquals(200, http.send("PUT", "api/v1/guidance/" + id, basic(publisher, PASSWORD),
                guidanceJson("Omzendbrief hemelwater " + tag, tag, null)).status());
        Http.Result published = http.send("POST", "api/v1/guidance/" + id + "/publish", basic(publisher, PASSWORD), null);
        assertEquals(200, published.status(), published.toString());
        assertEquals("PUBLISHED", published.object().getString("status"));
        assertEquals(400, http.send("PUT", "api/v1/guidance/" + id, basic(publisher, PASSWORD),
                guidanceJson("Gewijzigd", tag, null)).status(), "published guidance is not edited");
        assertEquals(403, http.send("POST", "api/v1/guidance/" + id + "/withdraw", basic(official, PASSWORD),
                "{\"reason\": \"Ik wil niet\"}").status(), "only its publishers withdraw it");

        Http.Result list = http.get("api/v1/guidance?tag=" + tag, basic(official, PASSWORD));
        assertEquals(200, list.status(), list.toString());
        assertEquals("1", list.header("X-Total-Count"));
        JsonObject item = list.array().getJsonObject(0);
        assertEquals(id, item.getJsonNumber("id").longValue());
        for (String field : List.of("title", "url", "kind", "level", "status", "effectiveFrom", "validUntil", "supersededBy")) {
            assertTrue(item.containsKey(field), field);
        }
        assertEquals(0, http.get("api/v1/guidance?tag=" + tag + "&kind=FAQ", basic(official, PASSWORD)).array().size());
        assertEquals(1, http.get("api/v1/guidance?tag=" + tag + "&level=FLEMISH&status=PUBLISHED,DRAFT",
                basic(official, PASSWORD)).array().size());
        assertEquals("level", http.get("api/v1/guidance?level=FEDERAL", basic(official, PASSWORD)).object().getString("field"));
        assertEquals("limit", http.get("api/v1/guidance?limit=many", basic(official, PASSWORD)).object().getString("field"));

        JsonObject before = http.get("api/v1/guidance/" + id, basic(official, PASSWORD)).object();
        assertFalse(before.getBoolean("read"));
        Http.Result read = http.send("POST", "api/v1/guidance/" + id + "/read", basic(official, PASSWORD), null);
        assertEquals(200, read.status(), read.toString());
        assertTrue(read.object().getBoolean("read"));
        assertEquals(200, http.send("POST", "api/v1/guidance/" + id + "/read", basic(official, PASSWORD), null).status(),
                "marking twice is harmless");
        JsonObject receipts = http.get("api/v1/guidance/" + id + "/receipts", basic(publisher, PASSWORD)).object();
        JsonObject gent = receipts.getJsonArray("organisations").stream().map(JsonValue::asJsonObject)
                .filter(o -> "Gent".equals(o.getString("name"))).findFirst().orElseThrow();
        assertEquals(1, gent.getJsonArray("read").stream()
                .filter(r -> official.equals(r.asJsonObject().getString("username"))).count(), "read once, listed once");
        assertFalse(gent.getJsonArray("notRead").toString().contains("\"" + official + "\""));
        assertEquals(403, http.get("api/v1/guidance/" + id + "/receipts", basic(official, PASSWORD)).status());
    }

    @Test
    void supersedingFollowsTheChainAndRefusesDraftsItselfAndCycles() {
        Http http = new Http(base);
        String publisher = newPublisher(http, "PROVINCIAL");
        String official = newOfficial(http);
        String tag = "gs" + suffix();
        long first = publishedGuidance(http, publisher, "Richtlijn erfgoed v1 " + tag, tag);
        long second = publishedGuidance(http, publisher, "Richtlijn erfgoed v2 " + tag, tag);
        long draft = http.send("POST", "api/v1/guidance", basic(publisher, PASSWORD), guidanceJson("v3 " + tag, tag, null))
                .object().getJsonNumber("id").longValue();

        Http.Result byDraft = http.send("POST", "api/v1/guidance/" + first + "/supersede", basic(publisher, PASSWORD),
                "{\"by\": " + draft + "}");
        assertEquals(400, byDraft.status(), byDraft.toString());
        assertEquals("by", byDraft.object().getString("field"));
        assertEquals("guidance.supersede.unpublished", byDraft.object().getString("error"));
        assertEquals("guidance.supersede.self", http.send("POST", "api/v1/guidance/" + first + "/supersede",
                basic(publisher, PASSWORD), "{\"by\": " + first + "}").object().getString("error"));

        Http.Result superseded = http.send("POST", "api/v1/guidance/" + first + "/supersede", basic(publisher, PASSWORD),
                "{\"by\": " + second + "}");
        assertEquals(200, superseded.status(), superseded.toString());
        assertEquals("SUPERSEDED", superseded.object().getString("status"));
        assertEquals(second, superseded.object().getJsonNumber("supersededBy").longValue());
        assertEquals(List.of(first), http.get("api/v1/guidance/" + second, basic(official, PASSWORD)).object()
                .getJsonArray("supersedes").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList(), "linked both ways");
        Http.Result cycle = http.send("POST", "api/v1/guidance/" + second + "/supersede", basic(publisher, PASSWORD),
                "{\"by\": " + first + "}");
        assertEquals(400, cycle.status(), cycle.toString());
        assertEquals("guidance.supersede.cycle", cycle.object().getString("error"));

        http.send("POST", "api/v1/guidance/" + draft + "/publish", basic(publisher, PASSWORD), null);
        assertEquals(200, http.send("POST", "api/v1/guidance/" + second + "/supersede", basic(publisher, PASSWORD),
                "{\"by\": " + draft + "}").status());
        JsonObject oldest = http.get("api/v1/guidance/" + first, basic(official, PASSWORD)).object();
        assertEquals("SUPERSEDED", oldest.getString("status"), "superseded guidance stays readable");
        assertEquals(draft, oldest.getJsonObject("current").getJsonNumber("id").longValue(), "the chain leads to the guidance in force");

        Http.Result noReason = http.send("POST", "api/v1/guidance/" + draft + "/withdraw", basic(publisher, PASSWORD), "{}");
        assertEquals(400, noReason.status(), noReason.toString());
        assertEquals("reason", noReason.object().getString("field"));
        Http.Result withdrawn = http.send("POST", "api/v1/guidance/" + draft + "/withdraw", basic(publisher, PASSWORD),
                "{\"reason\": \"Vernietigd door de Raad van State\"}");
        assertEquals("WITHDRAWN", withdrawn.object().getString("status"), withdrawn.toString());
        assertEquals("Vernietigd door de Raad van State",
                http.get("api/v1/guidance/" + draft, basic(official, PASSWORD)).object().getString("withdrawnReason"));
        assertEquals(3, http.get("api/v1/guidance?status=all&tag=" + tag, basic(official, PASSWORD)).array().size());
        assertEquals(0, http.get("api/v1/guidance?tag=" + tag, basic(official, PASSWORD)).array().size(),
                "the default list shows guidance in force only");
    }

    @Test
    void guidanceForChosenAtriaOrLevelsReachesOnlyThem() {
        Http http = new Http(base);
        String publisher = newPublisher(http, "FLEMISH");
        String member = newOfficial(http);
        String outsider = newOfficial(http);
        String slug = "it-gd-" + suffix();
        http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Richtlijnen " + slug
                + "\", \"kind\": \"THEMATIC\", \"membersOnly\": false}");
        http.send("PUT", "api/v1/atria/" + slug + "/members/" + member, ADMIN, "{\"role\": \"MEMBER\"}");
        String tag = "ga" + suffix();

        Http.Result unknown = http.send("POST", "api/v1/guidance", basic(publisher, PASSWORD), guidanceJson("Voor niemand",
                tag, "\"audience\": {\"atria\": [\"bestaat-niet-" + tag + "\"]}"));
        assertEquals(400, unknown.status(), unknown.toString());
        assertEquals("audienceAtria", unknown.object().getString("field"));

        long forAtrium = http.send("POST", "api/v1/guidance", basic(publisher, PASSWORD), guidanceJson("Voor het Atrium " + tag,
                tag, "\"audience\": {\"atria\": [\"" + slug + "\"]}")).object().getJsonNumber("id").longValue();
        http.send("POST", "api/v1/guidance/" + forAtrium + "/publish", basic(publisher, PASSWORD), null);
        JsonObject seen = http.get("api/v1/guidance/" + forAtrium, basic(member, PASSWORD)).object();
        assertEquals(List.of(slug), seen.getJsonObject("audience").getJsonArray("atria")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(404, http.get("api/v1/guidance/" + forAtrium, basic(outsider, PASSWORD)).status(),
                "outside the audience it does not exist");
        assertEquals(404, http.send("POST", "api/v1/guidance/" + forAtrium + "/read", basic(outsider, PASSWORD), null).status());
        assertEquals(0, http.get("api/v1/guidance?tag=" + tag, basic(outsider, PASSWORD)).array().size());
        assertEquals(1, http.get("api/v1/guidance?tag=" + tag + "&atrium=" + slug, basic(member, PASSWORD)).array().size());
        assertEquals(200, http.send("POST", "api/v1/guidance/" + forAtrium + "/read", basic(member, PASSWORD), null).status());
        JsonObject report = http.get("api/v1/guidance/" + forAtrium + "/receipts", basic(publisher, PASSWORD)).object();
        JsonObject row = report.getJsonArray("atria").getJsonObject(0);
        assertEquals(slug, row.getString("slug"));
        assertEquals(1, row.getInt("members"));
        assertEquals(1, row.getInt("read"));
        assertEquals(200, http.get("api/v1/guidance/" + forAtrium + "/receipts", ADMIN).status());

        long forProvinces = http.send("POST", "api/v1/guidance", basic(publisher, PASSWORD), guidanceJson("Voor provincies " + tag,
                tag, "\"audience\": {\"levels\": [\"PROVINCIAL\"]}")).object().getJsonNumber("id").longValue();
        http.send("POST", "api/v1/guidance/" + forProvinces + "/publish", basic(publisher, PASSWORD), null);
        assertEquals(404, http.get("api/v1/guidance/" + forProvinces, basic(member, PASSWORD)).status(),
                "a municipal official is not in a provincial audience");
        String provincial = newPublisher(http, "PROVINCIAL");
        assertEquals(200, http.get("api/v1/guidance/" + forProvinces, basic(provincial, PASSWORD)).status());
        assertEquals(404, http.get("api/v1/guidance/" + forAtrium, basic(provincial, PASSWORD)).status(),
                "publishers of another organisation are not its audience");
    }

    @Test
    void importedGuidanceIsPublishedForTheNetworkAndUpdatedOnReimport() {
        Http http = new Http(base);
        String n = suffix();
        String tag = "gi" + n;
        String line = "{\"id\": \"g-" + n + "\", \"type\": \"guidance\", \"title\": \"Omzendbrief RO/2019/01 " + n
                + "\", \"body\": \"Over **zonevreemde** woningen.\", \"level\": \"FLEMISH\", \"author\": \"vlaams" + n
                + "\", \"created\": \"2019-03-01T09:00:00Z\", \"tags\": [\"" + tag + "\"], \"kind\": \"CIRCULAR\", "
                + "\"legalBasis\": [\"VCRO art. 4.4.10\"]}";
        String bad = "{\"id\": \"gb-" + n + "\", \"type\": \"guidance\", \"title\": \"Fout\", \"body\": \"x\", "
                + "\"level\": \"FEDERAL\", \"author\": \"vlaams" + n + "\"}";
        Http.Result first = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", line + "\n" + bad);
        assertEquals(200, first.status(), first.toString());
        assertEquals(1, first.object().getInt("created"));
        assertEquals(1, first.object().getInt("failed"));
        assertEquals(2, first.object().getJsonArray("errors").getJsonObject(0).getInt("line"));

        String official = newOfficial(http);
        Http.Result list = http.get("api/v1/guidance?tag=" + tag, basic(official, PASSWORD));
        assertEquals(1, list.array().size(), list.toString());
        JsonObject imported = list.array().getJsonObject(0);
        assertEquals("PUBLISHED", imported.getString("status"));
        assertEquals("2019-03-01", imported.getString("effectiveFrom"), "effective from the day it was created");
        assertEquals("CIRCULAR", imported.getString("kind"));

        Http.Result again = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson",
                line.replace("zonevreemde", "zonevreemde en vergunde"));
        assertEquals(0, again.object().getInt("created"), again.toString());
        assertEquals(1, again.object().getInt("updated"));
        Http.Result after = http.get("api/v1/guidance?tag=" + tag, basic(official, PASSWORD));
        assertEquals(1, after.array().size(), "imported once, not twice");
        JsonObject detail = http.get("api/v1/guidance/" + imported.getJsonNumber("id").longValue(), basic(official, PASSWORD)).object();
        assertTrue(detail.getString("bodyHtml").contains("zonevreemde en vergunde"), detail.toString());
        assertTrue(detail.getJsonObject("audience").getBoolean("network"));
    }

    private static String guidanceJson(String title, String tag, String extra) {
        return "{\"kind\": \"CIRCULAR\", \"title\": \"" + title + "\", \"summary\": \"Wat verandert\", "
                + "\"body\": \"Een **hemelwaterput** is verplicht.\", \"legalBasis\": [\"VCRO art. 4.3.1\", "
                + "\"Omgevingsvergunningsdecreet art. 31\"], \"effectiveFrom\": \"2027-01-01\", \"tags\": [\"" + tag + "\"]"
                + (extra == null ? "" : ", " + extra) + "}";
    }

    private long publishedGuidance(Http http, String publisher, String title, String tag) {
        Http.Result created = http.send("POST", "api/v1/guidance", basic(publisher, PASSWORD), guidanceJson(title, tag, null));
        assertEquals(201, created.status(), created.toString());
        long id = created.object().getJsonNumber("id").longValue();
        Http.Result published = http.send("POST", "api/v1/guidance/" + id + "/publish", basic(publisher, PASSWORD), null);
        assertEquals(200, published.status(), published.toString());
        return id;
    }

    /** A new official of the Flemish agency or of a province, with the publisher grant. */
    private static String newPublisher(Http http, String level) {
        String username = "pub" + suffix();
        long organisation = http.get("api/v1/organisations?level=" + level, ADMIN).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
        Http.Result created = http.send("POST", "api/v1/accounts", ADMIN, "{\"username\": \"" + username
                + "\", \"displayName\": \"Publicist " + username + "\", \"organisationId\": " + organisation
                + ", \"role\": \"OFFICIAL\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.toString());
        Http.Result granted = http.send("PUT", "api/v1/accounts/" + username + "/grants", ADMIN, "{\"grants\": [\"PUBLISHER\"]}");
        assertEquals(200, granted.status(), granted.toString());
        return username;
    }

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

    // --- practice cases ---

    @Test
    void aPracticeCaseIsSharedForTheAuthorsMunicipalityAndMissingPartsAreA400NamingTheField() {
        Http http = new Http(base);
        String author = newOfficial(http);
        String theme = "thema-" + suffix();
        Http.Result created = http.send("POST", "api/v1/practice", basic(author, PASSWORD), "{\"title\": \"Hemelwater bij de "
                + "eindinspectie\", \"context\": \"Putten bleken <b onclick=x>te klein</b>.\", \"approach\": \"Controle "
                + "met **foto**.\", \"lessons\": \"Vroeg afspreken.\", \"themes\": [\"" + theme + "\", \"Hemelwater\"]}");
        assertEquals(201, created.status(), created.toString());
        JsonObject p = created.object();
        long id = p.getJsonNumber("id").longValue();
        assertEquals("/guidance/practice.xhtml?id=" + id, p.getString("url"));
        assertEquals("44021", p.getJsonObject("municipality").getString("nisCode"), "the author's municipality");
        assertEquals(author, p.getJsonObject("contact").getString("username"), "the author is the contact");
        assertTrue(p.getString("approachHtml").contains("<strong>foto</strong>"), p.toString());
        assertTrue(p.getString("contextHtml").contains("&lt;b onclick"), "raw HTML is shown as text: " + p);
        assertTrue(p.isNull("result"));
        assertEquals(List.of("hemelwater", theme), p.getJsonArray("themes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList());
        assertTrue(p.getBoolean("editable"));
        assertEquals(id, http.get("api/v1/practice/" + id, basic(newOfficial(http), PASSWORD)).object()
                .getJsonNumber("id").longValue(), "a case without an Atrium is open to the whole network");

        Http.Result noApproach = http.send("POST", "api/v1/practice", basic(author, PASSWORD),
                "{\"title\": \"Zonder aanpak\", \"context\": \"Alleen de context\"}");
        assertEquals(400, noApproach.status(), noApproach.toString());
        assertEquals("approach", noApproach.object().getString("field"));
        Http.Result noContext = http.send("POST", "api/v1/practice", basic(author, PASSWORD),
                "{\"title\": \"Zonder context\", \"approach\": \"Wel een aanpak\"}");
        assertEquals("context", noContext.object().getString("field"), noContext.toString());
        Http.Result province = http.send("POST", "api/v1/practice", basic(author, PASSWORD),
                "{\"title\": \"Provincie\", \"context\": \"c\", \"approach\": \"a\", \"municipality\": \"40000\"}");
        assertEquals(400, province.status(), province.toString());
        assertEquals("municipality", province.object().getString("field"));
        Http.Result atrium = http.send("POST", "api/v1/practice", basic(author, PASSWORD),
                "{\"title\": \"Elders\", \"context\": \"c\", \"approach\": \"a\", \"atrium\": \"bestaat-niet-" + suffix() + "\"}");
        assertEquals("atrium", atrium.object().getString("field"), atrium.toString());
        String agencyOfficial = newAccount(http, "FLEMISH", "OFFICIAL");
        Http.Result mustChoose = http.send("POST", "api/v1/practice", basic(agencyOfficial, PASSWORD),
                "{\"title\": \"Voor een gemeente\", \"context\": \"c\", \"approach\": \"a\"}");
        assertEquals("municipality", mustChoose.object().getString("field"), "others than municipal officials choose one");
        Http.Result chosen = http.send("POST", "api/v1/practice", basic(agencyOfficial, PASSWORD),
                "{\"title\": \"Voor Brugge\", \"context\": \"c\", \"approach\": \"a\", \"municipality\": \"Brugge\"}");
        assertEquals(201, chosen.status(), chosen.toString());
        assertEquals("31005", chosen.object().getJsonObject("municipality").getString("nisCode"));

        Http.Result edited = http.send("PUT", "api/v1/practice/" + id, basic(author, PASSWORD),
                "{\"result\": \"Minder wateroverlast\", \"version\": " + p.getJsonNumber("version") + "}");
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("<p>Minder wateroverlast</p>", edited.object().getString("resultHtml").strip());
        assertEquals("Vroeg afspreken.", edited.object().getString("lessons"), "fields not sent stay as they were");
        assertEquals(409, http.send("PUT", "api/v1/practice/" + id, basic(author, PASSWORD),
                "{\"result\": \"Van een oude versie\", \"version\": " + p.getJsonNumber("version") + "}").status());
        assertEquals(403, http.send("PUT", "api/v1/practice/" + id, basic(agencyOfficial, PASSWORD),
                "{\"result\": \"Niet van mij\"}").status(), "an official of another organisation does not edit");
        assertEquals(200, http.send("PUT", "api/v1/practice/" + id, basic(newOfficial(http), PASSWORD),
                "{\"result\": \"Aangevuld door een collega\"}").status(), "a colleague of the municipality edits");
    }

    @Test
    void aPracticeCaseOfAMemberOnlyAtriumDoesNotExistForOutsiders() {
        Http http = new Http(base);
        String member = newOfficial(http);
        String outsider = newOfficial(http);
        String slug = "it-praktijk-" + suffix();
        http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Besloten praktijk\", "
                + "\"kind\": \"THEMATIC\", \"membersOnly\": true}");
        http.send("PUT", "api/v1/atria/" + slug + "/members/" + member, ADMIN, "{\"role\": \"MEMBER\"}");
        assertEquals("atrium", http.send("POST", "api/v1/practice", basic(outsider, PASSWORD), "{\"title\": \"Binnen\", "
                + "\"context\": \"c\", \"approach\": \"a\", \"atrium\": \"" + slug + "\"}").object().getString("field"),
                "an outsider cannot share in it, and learns no more than for an Atrium that does not exist");
        Http.Result created = http.send("POST", "api/v1/practice", basic(member, PASSWORD), "{\"title\": \"Vertrouwelijke "
                + "aanpak\", \"context\": \"c\", \"approach\": \"a\", \"atrium\": \"" + slug + "\"}");
        assertEquals(201, created.status(), created.toString());
        long id = created.object().getJsonNumber("id").longValue();
        assertEquals(slug, created.object().getString("atrium"));

        assertEquals(404, http.get("api/v1/practice/" + id, basic(outsider, PASSWORD)).status());
        assertEquals(404, http.send("PUT", "api/v1/practice/" + id, basic(outsider, PASSWORD), "{\"title\": \"x\"}").status());
        assertEquals(404, http.get("api/v1/practice?atrium=" + slug, basic(outsider, PASSWORD)).status());
        assertFalse(http.get("api/v1/practice?municipality=44021&limit=100", basic(outsider, PASSWORD)).body()
                .contains("\"id\":" + id + ","), "not in the outsider's list either");
        assertEquals(200, http.get("api/v1/practice/" + id, basic(member, PASSWORD)).status());
        JsonObject inAtrium = http.get("api/v1/practice?atrium=" + slug, basic(member, PASSWORD)).object();
        assertEquals(1, inAtrium.getInt("total"), inAtrium.toString());
        assertEquals(200, http.get("api/v1/practice/" + id, ADMIN).status());
    }

    @Test
    void onlyRelationshipManagersAndAdministratorsHighlightACaseAndHighlightedCasesComeFirst() {
        Http http = new Http(base);
        String author = newOfficial(http);
        String manager = newAccount(http, "FLEMISH", "RELATIONSHIP_MANAGER");
        String theme = "uitgelicht-" + suffix();
        long older = createPractice(http, author, "Eerste praktijk", theme, null);
        long newer = createPractice(http, author, "Tweede praktijk", theme, null);

        Http.Result byOfficial = http.send("POST", "api/v1/practice/" + older + "/highlight", basic(author, PASSWORD), null);
        assertEquals(403, byOfficial.status(), "not even the author: " + byOfficial);
        Http.Result byManager = http.send("POST", "api/v1/practice/" + older + "/highlight", basic(manager, PASSWORD), null);
        assertEquals(200, byManager.status(), byManager.toString());
        assertTrue(byManager.object().getBoolean("highlighted"));
        assertFalse(byManager.object().isNull("highlightedAt"));

        JsonObject list = http.get("api/v1/practice?tag=" + theme, basic(author, PASSWORD)).object();
        assertEquals(List.of(older, newer), ids(list), "highlighted first, then the newest");
        assertTrue(list.getJsonArray("items").getJsonObject(0).getBoolean("highlighted"));
        assertEquals(List.of(older), ids(http.get("api/v1/practice?tag=" + theme + "&highlighted=true",
                basic(author, PASSWORD)).object()));

        assertEquals(403, http.send("DELETE", "api/v1/practice/" + older + "/highlight", basic(author, PASSWORD), null).status());
        Http.Result removed = http.send("DELETE", "api/v1/practice/" + older + "/highlight", ADMIN, null);
        assertEquals(200, removed.status(), removed.toString());
        assertFalse(removed.object().getBoolean("highlighted"));
        assertEquals(List.of(newer, older), ids(http.get("api/v1/practice?tag=" + theme, basic(author, PASSWORD)).object()));
        assertEquals(404, http.send("POST", "api/v1/practice/999999999/highlight", basic(manager, PASSWORD), null).status());
    }

    @Test
    void practiceListsFilterByMunicipalityProvinceThemeAtriumPeriodAndArePaged() {
        Http http = new Http(base);
        String gent = newOfficial(http);
        String brugge = newAccount(http, "31005", "OFFICIAL");
        String theme = "filter-" + suffix();
        String slug = "it-open-" + suffix();
        http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Open praktijk\", "
                + "\"kind\": \"THEMATIC\", \"membersOnly\": false}");
        long inGent = createPractice(http, gent, "Gentse aanpak", theme, null);
        long inBrugge = createPractice(http, brugge, "Brugse aanpak", theme, slug);
        long alsoGent = createPractice(http, gent, "Nog een Gentse aanpak", theme, slug);
        String reader = basic(newOfficial(http), PASSWORD);

        JsonObject all = http.get("api/v1/practice?tag=" + theme, reader).object();
        assertEquals(3, all.getInt("total"));
        assertEquals(List.of(alsoGent, inBrugge, inGent), ids(all), "the newest first");
        JsonObject item = all.getJsonArray("items").getJsonObject(2);
        assertEquals("Gent", item.getJsonObject("municipality").getString("name"));
        assertEquals(theme, item.getJsonArray("themes").getString(0));
        assertFalse(item.getString("created").isBlank());

        assertEquals(List.of(inBrugge), ids(http.get("api/v1/practice?tag=" + theme + "&municipality=31005", reader).object()));
        assertEquals(List.of(alsoGent, inGent), ids(http.get("api/v1/practice?tag=" + theme + "&municipality=Gent", reader).object()));
        assertEquals(List.of(inBrugge), ids(http.get("api/v1/practice?tag=" + theme + "&province=West-Vlaanderen", reader).object()));
        assertEquals(List.of(alsoGent, inGent), ids(http.get("api/v1/practice?tag=" + theme + "&province=40000", reader).object()));
        assertEquals(List.of(alsoGent, inBrugge), ids(http.get("api/v1/practice?tag=" + theme + "&atrium=" + slug, reader).object()));
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).toString();
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Brussels")).plusDays(1).toString();
        assertEquals(3, http.get("api/v1/practice?tag=" + theme + "&from=" + today + "&to=" + today, reader).object().getInt("total"));
        assertEquals(0, http.get("api/v1/practice?tag=" + theme + "&from=" + tomorrow, reader).object().getInt("total"));

        JsonObject second = http.get("api/v1/practice?tag=" + theme + "&limit=2&offset=2", reader).object();
        assertEquals(3, second.getInt("total"));
        assertEquals(List.of(inGent), ids(second), "the second page of two");

        Http.Result badPeriod = http.get("api/v1/practice?from=" + tomorrow + "&to=" + today, reader);
        assertEquals(400, badPeriod.status(), badPeriod.toString());
        assertEquals("to", badPeriod.object().getString("field"));
        Http.Result badDate = http.get("api/v1/practice?from=gisteren", reader);
        assertEquals("from", badDate.object().getString("field"), badDate.toString());
        Http.Result badMunicipality = http.get("api/v1/practice?municipality=Atlantis", reader);
        assertEquals(400, badMunicipality.status());
        assertEquals("municipality", badMunicipality.object().getString("field"));
        assertEquals(400, http.get("api/v1/practice?highlighted=misschien", reader).status());
    }

    @Test
    void aPracticeImportIsIdempotentBySourceIdAndKeepsAWholeStoryAsItsContext() {
        Http http = new Http(base);
        String n = suffix();
        String theme = "import-" + n;
        String corpus = String.join("\n",
                "{\"id\": \"p1-" + n + "\", \"type\": \"practice\", \"title\": \"Verhaal uit Gent " + n
                        + "\", \"body\": \"Het hele verhaal in **een** tekst.\", \"municipality\": \"44021\", "
                        + "\"author\": \"oudgent" + n + "\", \"created\": \"2018-03-01T09:00:00Z\", \"tags\": [\"" + theme + "\"]}",
                "{\"id\": \"p2-" + n + "\", \"type\": \"practice\", \"title\": \"Gestructureerd uit Brugge " + n
                        + "\", \"context\": \"Context\", \"approach\": \"Aanpak\", \"result\": \"Resultaat\", "
                        + "\"lessons\": \"Lessen\", \"municipality\": \"Brugge\", \"atrium\": \"it-praktijkimport-" + n
                        + "\", \"author\": \"oudbrugge" + n + "\", \"tags\": [\"" + theme + "\"]}",
                "{\"id\": \"p3-" + n + "\", \"type\": \"practice\", \"title\": \"Nergens\", \"body\": \"x\", "
                        + "\"municipality\": \"Atlantis\", \"author\": \"oud" + n + "\"}");
        Http.Result first = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", corpus);
        assertEquals(200, first.status(), first.toString());
        assertEquals(2, first.object().getInt("created"), first.toString());
        assertEquals(1, first.object().getInt("failed"));
        assertEquals(3, first.object().getJsonArray("errors").getJsonObject(0).getInt("line"));
        Http.Result again = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson",
                corpus.replace("Het hele verhaal", "Het herziene verhaal"));
        assertEquals(0, again.object().getInt("created"), again.toString());
        assertEquals(2, again.object().getInt("updated"));

        JsonObject list = http.get("api/v1/practice?tag=" + theme, ADMIN).object();
        assertEquals(2, list.getInt("total"), "imported once, not twice: " + list);
        JsonObject ghent = list.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("title").startsWith("Verhaal uit Gent")).findFirst().orElseThrow();
        assertEquals("2018-03-01T09:00:00Z", ghent.getString("created"));
        JsonObject story = http.get("api/v1/practice/" + ghent.getJsonNumber("id"), ADMIN).object();
        assertTrue(story.getString("contextHtml").contains("Het herziene verhaal in <strong>een</strong> tekst."), story.toString());
        assertTrue(story.isNull("approach"), "an imported story may be one text");
        assertEquals("oudgent" + n, story.getJsonObject("contact").getString("username"));
        JsonObject bruges = list.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(i -> i.getString("title").startsWith("Gestructureerd")).findFirst().orElseThrow();
        assertEquals("31005", bruges.getJsonObject("municipality").getString("nisCode"));
        assertEquals("it-praktijkimport-" + n, bruges.getString("atrium"), "an unknown Atrium slug is created");
    }

    @Test
    void practiceAttachmentsAreCheckedByContentAndFollowTheRightsOfTheCase() {
        Http http = new Http(base);
        String author = newOfficial(http);
        String colleague = newOfficial(http);
        String stranger = newAccount(http, "31005", "OFFICIAL");
        String slug = "it-praktijkfiles-" + suffix();
        http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Besloten bestanden\", "
                + "\"kind\": \"THEMATIC\", \"membersOnly\": true}");
        http.send("PUT", "api/v1/atria/" + slug + "/members/" + author, ADMIN, "{\"role\": \"MEMBER\"}");
        long open = createPractice(http, author, "Met plan", "bijlage-" + suffix(), null);
        long closed = createPractice(http, author, "Besloten plan", "bijlage-" + suffix(), slug);

        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        Http.Result uploaded = http.sendBytes("POST", "api/v1/practice/" + open + "/attachments?filename=plan.png",
                basic(author, PASSWORD), "application/octet-stream", png);
        assertEquals(201, uploaded.status(), uploaded.toString());
        assertEquals("image/png", uploaded.object().getString("mediaType"), "the type comes from the content");
        long file = uploaded.object().getJsonNumber("id").longValue();
        byte[] script = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Result disguised = http.sendBytes("POST", "api/v1/practice/" + open + "/attachments?filename=plan.pdf",
                basic(author, PASSWORD), "application/pdf", script);
        assertEquals(400, disguised.status(), "checked by content, not by name: " + disguised);
        Http.Result byColleague = http.sendBytes("POST", "api/v1/practice/" + open + "/attachments?filename=nota.txt",
                basic(colleague, PASSWORD), "text/plain", "Nota van de collega".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, byColleague.status(), "colleagues of the municipality edit the case: " + byColleague);
        assertEquals(403, http.sendBytes("POST", "api/v1/practice/" + open + "/attachments?filename=ook.txt",
                basic(stranger, PASSWORD), "text/plain", "Niet van mij".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status());

        assertEquals(2, http.get("api/v1/practice/" + open, basic(stranger, PASSWORD)).object().getJsonArray("attachments").size());
        Http.Result download = http.get("api/v1/attachments/" + file, basic(stranger, PASSWORD));
        assertEquals(200, download.status(), "whoever reads the case downloads its files");
        assertEquals("image/png", download.header("Content-Type"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));

        long secret = http.sendBytes("POST", "api/v1/practice/" + closed + "/attachments?filename=geheim.txt",
                basic(author, PASSWORD), "text/plain", "Vertrouwelijk".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .object().getJsonNumber("id").longValue();
        assertEquals(404, http.get("api/v1/attachments/" + secret, basic(stranger, PASSWORD)).status(),
                "a file of a member-only Atrium's case does not exist for outsiders");
        assertEquals(404, http.get("api/v1/practice/" + closed + "/attachments", basic(stranger, PASSWORD)).status());
        assertEquals(200, http.get("api/v1/attachments/" + secret, basic(author, PASSWORD)).status());

        assertEquals(403, http.send("DELETE", "api/v1/practice/" + open + "/attachments/" + file, basic(stranger, PASSWORD),
                null).status());
        assertEquals(404, http.send("DELETE", "api/v1/practice/" + open + "/attachments/" + secret, basic(author, PASSWORD),
                null).status(), "a file of another case");
        assertEquals(204, http.send("DELETE", "api/v1/practice/" + open + "/attachments/" + file, basic(author, PASSWORD),
                null).status());
        assertEquals(404, http.get("api/v1/attachments/" + file, basic(author, PASSWORD)).status());

        assertEquals(403, http.send("DELETE", "api/v1/practice/" + open, basic(stranger, PASSWORD), null).status());
        assertEquals(404, http.send("DELETE", "api/v1/practice/" + closed, basic(stranger, PASSWORD), null).status());
        assertEquals(204, http.send("DELETE", "api/v1/practice/" + closed, basic(author, PASSWORD), null).status(),
                "the author withdraws the case, files and all");
        assertEquals(404, http.get("api/v1/practice/" + closed, basic(author, PASSWORD)).status());
        assertEquals(404, http.get("api/v1/attachments/" + secret, basic(author, PASSWORD)).status());
    }

    @Test
    void aCaseLinksPublishedGuidanceAndGuidanceCarriesFilesForItsReaders() {
        Http http = new Http(base);
        String author = newOfficial(http);
        long published = createGuidance(http, "Omzendbrief hemelwater " + suffix(), true);
        long draft = createGuidance(http, "Ontwerp " + suffix(), false);
        long practice = createPractice(http, author, "Zo pakt de omzendbrief uit", "richtlijn-" + suffix(), null);

        Http.Result linked = http.send("PUT", "api/v1/practice/" + practice + "/guidance", basic(author, PASSWORD),
                "{\"guidance\": [" + published + "]}");
        assertEquals(200, linked.status(), linked.toString());
        JsonObject link = linked.object().getJsonArray("guidance").getJsonObject(0);
        assertEquals(published, link.getJsonNumber("id").longValue());
        assertEquals("/guidance/guidance.xhtml?id=" + published, link.getString("url"));
        Http.Result toDraft = http.send("PUT", "api/v1/practice/" + practice + "/guidance", basic(author, PASSWORD),
                "{\"guidance\": [" + draft + "]}");
        assertEquals(400, toDraft.status(), "a draft is not visible to the author: " + toDraft);
        assertEquals("guidance", toDraft.object().getString("field"));
        assertEquals(400, http.send("PUT", "api/v1/practice/" + practice + "/guidance", basic(author, PASSWORD),
                "{\"guidance\": [\"een\"]}").status());
        assertEquals(403, http.send("PUT", "api/v1/practice/" + practice + "/guidance",
                basic(newAccount(http, "31005", "OFFICIAL"), PASSWORD), "{\"guidance\": []}").status());
        assertEquals(1, http.get("api/v1/practice/" + practice, basic(author, PASSWORD)).object()
                .getJsonArray("guidance").size());

        Http.Result annex = http.sendBytes("POST", "api/v1/guidance/" + published + "/attachments?filename=bijlage.txt",
                ADMIN, "text/plain", "Bijlage bij de omzendbrief".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, annex.status(), annex.toString());
        long file = annex.object().getJsonNumber("id").longValue();
        assertEquals(403, http.sendBytes("POST", "api/v1/guidance/" + published + "/attachments?filename=mijn.txt",
                basic(author, PASSWORD), "text/plain", "Van een lezer".getBytes(java.nio.charset.StandardCharsets.UTF_8)).status(),
                "readers do not add files to guidance");
        assertEquals(1, http.get("api/v1/guidance/" + published + "/attachments", basic(author, PASSWORD)).array().size());
        assertEquals(200, http.get("api/v1/attachments/" + file, basic(author, PASSWORD)).status());
        long draftFile = http.sendBytes("POST", "api/v1/guidance/" + draft + "/attachments?filename=ontwerp.txt",
                ADMIN, "text/plain", "Nog niet publiek".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .object().getJsonNumber("id").longValue();
        assertEquals(404, http.get("api/v1/attachments/" + draftFile, basic(author, PASSWORD)).status(),
                "the file of a draft is as invisible as the draft");
    }

    private long createPractice(Http http, String author, String title, String theme, String atrium) {
        Http.Result created = http.send("POST", "api/v1/practice", basic(author, PASSWORD), "{\"title\": \"" + title
                + "\", \"context\": \"De situatie\", \"approach\": \"De aanpak\", \"themes\": [\"" + theme + "\"]"
                + (atrium == null ? "" : ", \"atrium\": \"" + atrium + "\"") + "}");
        assertEquals(201, created.status(), created.toString());
        return created.object().getJsonNumber("id").longValue();
    }

    private long createGuidance(Http http, String title, boolean publish) {
        Http.Result created = http.send("POST", "api/v1/guidance", ADMIN, "{\"kind\": \"CIRCULAR\", \"title\": \""
                + title + "\", \"body\": \"De regels voor hemelwater.\", \"effectiveFrom\": \"2026-01-01\"}");
        assertEquals(201, created.status(), created.toString());
        long id = created.object().getJsonNumber("id").longValue();
        if (publish) {
            Http.Result published = http.send("POST", "api/v1/guidance/" + id + "/publish", ADMIN, null);
            assertEquals(200, published.status(), published.toString());
        }
        return id;
    }

    private static List<Long> ids(JsonObject list) {
        return list.getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    /** A new account of the municipality with this NIS code, or of the first organisation of a level. */
    private static String newAccount(Http http, String nisOrLevel, String role) {
        boolean level = !nisOrLevel.matches("\\d{5}");
        String query = level ? nisOrLevel : "MUNICIPAL";
        long organisation = http.get("api/v1/organisations?level=" + query, ADMIN).array().stream()
                .map(JsonValue::asJsonObject).filter(o -> level || nisOrLevel.equals(o.getString("nisCode")))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String username = "prk" + suffix();
        Http.Result created = http.send("POST", "api/v1/accounts", ADMIN, "{\"username\": \"" + username
                + "\", \"displayName\": \"Tester " + username + "\", \"organisationId\": " + organisation
                + ", \"role\": \"" + role + "\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.toString());
        return username;
    }

    @Test
    void grantsAreGivenByAdministratorsAndPublishingNeedsAHigherLevel() {
        Http http = new Http(base);
        String municipal = newOfficial(http);
        Http.Result refused = http.send("PUT", "api/v1/accounts/" + municipal + "/grants", ADMIN,
                "{\"grants\": [\"PUBLISHER\"]}");
        assertEquals(400, refused.status(), refused.toString());
        assertEquals("grants", refused.object().getString("field"));
        assertEquals(400, http.send("PUT", "api/v1/accounts/" + municipal + "/grants", ADMIN,
                "{\"grants\": [\"KING\"]}").status());
        assertEquals(403, http.send("PUT", "api/v1/accounts/" + municipal + "/grants", basic(municipal, PASSWORD),
                "{\"grants\": [\"EDITOR\"]}").status(), "only administrators give grants");

        Http.Result editor = http.send("PUT", "api/v1/accounts/" + municipal + "/grants", ADMIN, "{\"grants\": [\"EDITOR\"]}");
        assertEquals(200, editor.status(), editor.toString());
        assertEquals("EDITOR", http.get("api/v1/me", basic(municipal, PASSWORD)).object().getJsonArray("grants").getString(0));
        Http.Result page = http.send("POST", "api/v1/wiki", basic(municipal, PASSWORD),
                "{\"title\": \"Redactie " + municipal + "\", \"body\": \"Netwerkbreed.\"}");
        assertEquals(201, page.status(), "the editorial role edits the network-wide knowledge base: " + page);
    }
}
