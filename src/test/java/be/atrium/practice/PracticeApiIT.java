package be.atrium.practice;

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
 * Practice cases through the API: sharing and editing, member-only Atria, highlighting, the
 * filters of the list, the import, files, and links to guidance (whose files follow its readers).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PracticeApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

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
        assertEquals("/practice/case.xhtml?id=" + id, p.getString("url"));
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
}
