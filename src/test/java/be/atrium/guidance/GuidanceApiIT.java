package be.atrium.guidance;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guidance through the API: drafting, publishing, reading and receipts, superseding and
 * withdrawing, the audience of chosen Atria or levels, and imported guidance.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuidanceApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

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
}
