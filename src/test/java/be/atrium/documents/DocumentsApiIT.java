package be.atrium.documents;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The document library through its API, as a tool or a browser uses it: versions (upload, new
 * version, history, any version downloaded, restore), text extraction in the background (real
 * PDF and DOCX files whose words become searchable; a broken PDF, an encrypted PDF and a zip bomb
 * end without text, with a reason, and stay downloadable), the limits (0 bytes, a wrong type, too
 * large: JSON 400/415/413), the bin, who may download (an outsider of a member-only Atrium gets
 * what a missing id gets; nobody signed in gets 401), {@code Range}, and the import type
 * {@code document}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsApiIT {

    /** Larger than any id a test run makes. */
    private static final long MISSING = 900_000_000L;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** A member-only Atrium with a moderator and a member, and an outsider (a member of Gent). */
    private record Library(Http http, String slug, String moderator, String member, String outsider) {
        String moderatorAuth() {
            return basic(moderator, PASSWORD);
        }

        String memberAuth() {
            return basic(member, PASSWORD);
        }

        String outsiderAuth() {
            return basic(outsider, PASSWORD);
        }

        String documents() {
            return "api/v1/atria/" + slug + "/documents";
        }
    }

    private Library library() {
        Http http = new Http(base);
        String slug = "it-doc-" + suffix();
        Http.Result atrium = http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": "
                + "\"Documenten " + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": true}");
        assertEquals(201, atrium.status(), atrium.toString());
        List<String> people = List.of(newOfficial(http), newOfficial(http), newOfficial(http));
        member(http, slug, people.get(0), "MODERATOR");
        member(http, slug, people.get(1), "MEMBER");
        member(http, "gent", people.get(2), "MEMBER");
        return new Library(http, slug, people.get(0), people.get(1), people.get(2));
    }

    private static void member(Http http, String slug, String username, String role) {
        Http.Result r = http.send("PUT", "api/v1/atria/" + slug + "/members/" + username, ADMIN,
                "{\"role\": \"" + role + "\"}");
        assertEquals(200, r.status(), r.toString());
    }

    // --- versions

    @Test
    void versionsAreKeptDownloadedByNumberAndAnOlderOneIsRestoredAsTheNewest() {
        Library lib = library();
        byte[] first = ("Eerste versie van het verslag " + suffix() + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] second = ("Tweede versie, na de opmerkingen " + suffix() + "\n").getBytes(StandardCharsets.UTF_8);
        Http.Result created = upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Verslag samenkomst",
                "REPORT", "Verslagen/2025", "verslag, samenkomst"), "verslag.txt", first);
        assertEquals(201, created.status(), created.toString());
        JsonObject doc = created.object();
        long id = doc.getJsonNumber("id").longValue();
        assertEquals("Verslag samenkomst", doc.getString("title"));
        assertEquals("/documents/document.xhtml?id=" + id, doc.getString("url"));
        assertEquals(1, doc.getInt("version"));
        assertEquals("verslag.txt", doc.getString("filename"));
        assertEquals("text/plain", doc.getString("mime"));
        assertEquals(first.length, doc.getJsonNumber("size").longValue());
        assertEquals("PENDING", doc.getString("textStatus"), "an upload answers before its text is read");
        assertEquals("/api/v1/documents/" + id, created.header("Location").replaceFirst("^https?://[^/]+", ""));

        Http.Result v2 = upload(lib.http(), "api/v1/documents/" + id + "/versions", lib.moderatorAuth(),
                Map.of("comment", "Opmerkingen verwerkt"), "verslag-v2.txt", second);
        assertEquals(201, v2.status(), v2.toString());
        assertEquals(2, v2.object().getInt("version"));

        JsonObject read = lib.http().get("api/v1/documents/" + id, lib.memberAuth()).object();
        assertEquals(2, read.getInt("version"));
        var versions = read.getJsonArray("versions");
        assertEquals(2, versions.size());
        assertEquals(2, versions.getJsonObject(0).getInt("version"), "newest first");
        assertEquals(lib.moderator(), versions.getJsonObject(0).getString("author"));
        assertEquals("Opmerkingen verwerkt", versions.getJsonObject(0).getString("comment"));
        assertEquals(lib.member(), versions.getJsonObject(1).getString("author"));
        assertEquals("verslag.txt", versions.getJsonObject(1).getString("filename"));
        assertEquals(java.util.Set.of("verslag", "samenkomst"), read.getJsonArray("tags").stream()
                .map(t -> ((jakarta.json.JsonString) t).getString()).collect(java.util.stream.Collectors.toSet()));

        HttpResponse<byte[]> newest = download(id, null, lib.memberAuth(), null);
        assertEquals(200, newest.statusCode());
        assertArrayEquals(second, newest.body());
        assertTrue(newest.headers().firstValue("Content-Disposition").orElseThrow().startsWith("attachment;"));
        assertEquals("nosniff", newest.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(newest.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        assertArrayEquals(first, download(id, 1, lib.memberAuth(), null).body());
        assertEquals(404, download(id, 7, lib.memberAuth(), null).statusCode());

        Http.Result restored = lib.http().send("POST", "api/v1/documents/" + id + "/versions/1/restore",
                lib.memberAuth(), "{\"comment\": \"Toch de eerste\"}");
        assertEquals(201, restored.status(), restored.toString());
        assertEquals(3, restored.object().getInt("version"));
        assertEquals(1, restored.object().getJsonArray("versions").getJsonObject(0).getInt("restoredFrom"));
        assertArrayEquals(first, download(id, null, lib.memberAuth(), null).body(), "the restored bytes are the newest");

        // Range: a slice, and a range beyond the end
        HttpResponse<byte[]> slice = download(id, null, lib.memberAuth(), "bytes=0-4");
        assertEquals(206, slice.statusCode());
        assertArrayEquals(Arrays.copyOfRange(first, 0, 5), slice.body());
        assertEquals("bytes 0-4/" + first.length, slice.headers().firstValue("Content-Range").orElseThrow());
        HttpResponse<byte[]> tail = download(id, 2, lib.memberAuth(), "bytes=-3");
        assertArrayEquals(Arrays.copyOfRange(second, second.length - 3, second.length), tail.body());
        HttpResponse<byte[]> beyond = download(id, null, lib.memberAuth(), "bytes=99999-");
        assertEquals(416, beyond.statusCode());
        assertEquals("bytes */" + first.length, beyond.headers().firstValue("Content-Range").orElseThrow());
        assertTrue(new String(beyond.body(), StandardCharsets.UTF_8).contains("range_not_satisfiable"));

        // the folder and its parent
        JsonObject folder = lib.http().get(lib.documents() + "?folder=" + enc("Verslagen/2025"), lib.memberAuth())
                .object();
        assertEquals(List.of(id), folder.getJsonArray("documents").stream()
                .map(d -> d.asJsonObject().getJsonNumber("id").longValue()).toList());
        JsonObject parent = lib.http().get(lib.documents() + "?folder=Verslagen", lib.memberAuth()).object();
        assertEquals("2025", parent.getJsonArray("folders").getString(0));
        assertEquals(0, parent.getJsonArray("documents").size());

        // metadata
        Http.Result edited = lib.http().send("PUT", "api/v1/documents/" + id, lib.memberAuth(),
                "{\"title\": \"Verslag samenkomst maart\", \"kind\": \"REPORT\", \"folder\": \"Verslagen/2025\", "
                        + "\"date\": \"2025-03-28\", \"tags\": [\"verslag\"]}");
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("2025-03-28", edited.object().getString("date"));
    }

    @Test
    void aRetriedUploadWithTheSameIdempotencyKeyIsAnsweredOnce() {
        Library lib = library();
        byte[] file = ("Lijst " + suffix()).getBytes(StandardCharsets.UTF_8);
        String boundary = "atrium-" + suffix();
        byte[] body = TestFiles.multipart(boundary, fields("Lijst", "OTHER", "", ""), "lijst.txt", file);
        String key = "doc-" + suffix();
        HttpResponse<String> once = post(lib.documents(), lib.memberAuth(), boundary, body, key);
        HttpResponse<String> again = post(lib.documents(), lib.memberAuth(), boundary, body, key);
        assertEquals(201, once.statusCode(), once.body());
        assertEquals(201, again.statusCode(), again.body());
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(once.body(), again.body());
        assertEquals(1, lib.http().get(lib.documents(), lib.memberAuth()).object().getJsonArray("documents").size());
    }

    // --- extraction

    @Test
    void wordsInAPdfAndADocxBecomeSearchableAndBadFilesEndWithoutTextButStayDownloadable() {
        Library lib = library();
        String pdfWord = uniqueWord("kwel");
        String docxWord = uniqueWord("duin");
        byte[] pdf = TestFiles.pdf("Het rapport over de " + pdfWord + " in de polder");
        byte[] docx = TestFiles.docx("De nota beschrijft de " + docxWord + " aan de kust");
        byte[] broken = TestFiles.brokenPdf();
        byte[] encrypted = TestFiles.encryptedPdf("Vertrouwelijk " + uniqueWord("geheim"));
        byte[] bomb = TestFiles.zipBombDocx(40);

        long pdfId = created(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Rapport polder", "REPORT",
                "", ""), "rapport.pdf", pdf));
        long docxId = created(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Nota kust", "PLAN", "",
                ""), "nota.docx", docx));
        long brokenId = created(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Kapot", "OTHER", "", ""),
                "kapot.pdf", broken));
        long encryptedId = created(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Versleuteld", "OTHER",
                "", ""), "versleuteld.pdf", encrypted));
        long bombId = created(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Bom", "OTHER", "", ""),
                "bom.docx", bomb));

        Map<Long, String> expected = new LinkedHashMap<>();
        expected.put(pdfId, "DONE");
        expected.put(docxId, "DONE");
        expected.put(brokenId, "UNAVAILABLE:broken");
        expected.put(encryptedId, "UNAVAILABLE:encrypted");
        expected.put(bombId, "UNAVAILABLE:bomb");
        await().atMost(Duration.ofSeconds(50)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            for (Map.Entry<Long, String> e : expected.entrySet()) {
                JsonObject d = lib.http().get("api/v1/documents/" + e.getKey(), lib.memberAuth()).object();
                String state = d.getString("textStatus") + (d.containsKey("textReason") ? ":" + d.getString("textReason") : "");
                assertEquals(e.getValue(), state, "document " + e.getKey());
            }
        });
        JsonObject bombRead = lib.http().get("api/v1/documents/" + bombId, lib.memberAuth()).object();
        assertFalse(bombRead.getString("textMessage").isBlank(), "the reason in words");

        // the words inside are found, by members only (the Atrium is member-only)
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            assertEquals(List.of("Rapport polder"), titles(lib.http(), pdfWord, lib.memberAuth()));
            assertEquals(List.of("Nota kust"), titles(lib.http(), docxWord, lib.memberAuth()));
        });
        assertEquals(List.of(), titles(lib.http(), pdfWord, lib.outsiderAuth()), "an outsider finds nothing");
        JsonObject hit = lib.http().get("api/v1/search?type=document&q=" + pdfWord, lib.memberAuth()).object()
                .getJsonArray("hits").getJsonObject(0);
        assertEquals("document", hit.getString("type"));
        assertEquals("/documents/document.xhtml?id=" + pdfId, hit.getString("url"));
        assertTrue(hit.getString("snippet").contains("<mark>"), hit.toString());

        // the server is still here and every file is still downloadable, byte for byte
        assertArrayEquals(broken, download(brokenId, null, lib.memberAuth(), null).body());
        assertArrayEquals(encrypted, download(encryptedId, null, lib.memberAuth(), null).body());
        assertArrayEquals(bomb, download(bombId, null, lib.memberAuth(), null).body());
        assertArrayEquals(pdf, download(pdfId, null, lib.memberAuth(), null).body());
        assertEquals("application/pdf", download(pdfId, null, lib.memberAuth(), null).headers()
                .firstValue("Content-Type").orElseThrow());
    }

    @Test
    void theTextOfAFileAttachedToAPostIsFoundWithItsQuestion() {
        Http http = new Http(base);
        String asker = newOfficial(http);
        String word = uniqueWord("slik");
        Http.Result asked = http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Wie kent dit plan " + suffix() + "?\", \"body\": \"Zie de bijlage.\"}");
        assertEquals(201, asked.status(), asked.toString());
        long thread = asked.object().getJsonNumber("id").longValue();
        long post = http.get("api/v1/threads/" + thread, basic(asker, PASSWORD)).object().getJsonArray("posts")
                .getJsonObject(0).getJsonNumber("id").longValue();
        Http.Result attached = http.sendBytes("POST", "api/v1/posts/" + post + "/attachments?filename=plan.pdf",
                basic(asker, PASSWORD), "application/pdf", TestFiles.pdf("Het plan voor het " + word + " langs de Schelde"));
        assertEquals(201, attached.status(), attached.toString());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            Http.Result found = http.get("api/v1/search?type=thread&q=" + word, basic(asker, PASSWORD));
            assertEquals(List.of("/discussion/thread.xhtml?id=" + thread), found.object().getJsonArray("hits").stream()
                    .map(h -> h.asJsonObject().getString("url")).toList());
        });
    }

    // --- limits

    @Test
    void anEmptyFileAWrongTypeAndATooLargeFileAreRefusedWithJson() {
        Library lib = library();
        Http.Result empty = upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Leeg", "OTHER", "", ""),
                "leeg.txt", new byte[0]);
        assertError(empty, 400, "document.empty");
        assertEquals("file", empty.object().getString("field"));

        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        assertError(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Programma", "OTHER", "", ""),
                "setup.exe", program), 415, "document.type.notAllowed");
        assertError(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Pagina", "OTHER", "", ""),
                "pagina.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), 415,
                "document.type.mismatch");

        byte[] huge = new byte[51 * 1024 * 1024];
        huge[0] = '%';
        Http.Result tooLarge = upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Groot", "OTHER", "", ""),
                "groot.pdf", huge);
        assertError(tooLarge, 413, "document.tooLarge");
        assertTrue(tooLarge.object().getString("message").contains("50"), tooLarge.toString());

        assertError(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("", "OTHER", "", ""), "a.txt",
                "tekst".getBytes(StandardCharsets.UTF_8)), 400, "document.title.required");
        assertError(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Soort", "MEMO", "", ""), "a.txt",
                "tekst".getBytes(StandardCharsets.UTF_8)), 400, "document.kind.invalid");
        assertError(lib.http().sendBytes("POST", lib.documents(), lib.memberAuth(), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8)), 415, "unsupported_media_type");
        assertEquals(0, lib.http().get(lib.documents(), lib.memberAuth()).object().getJsonArray("documents").size(),
                "nothing was recorded");
    }

    // --- the bin and who may download

    @Test
    void outsidersGetWhatAMissingIdGetsAndTheBinIsRestoredFromAndEmptiedByModerators() {
        Library lib = library();
        String word = uniqueWord("schor");
        byte[] file = ("Besloten verslag " + suffix()).getBytes(StandardCharsets.UTF_8);
        long id = created(upload(lib.http(), lib.documents(), lib.memberAuth(), fields("Besloten verslag " + word,
                "REPORT", "", ""), "besloten.txt", file));
        await().atMost(Duration.ofSeconds(15)).until(() -> titles(lib.http(), word, lib.memberAuth()).size() == 1);

        Http.Result hidden = lib.http().get("api/v1/documents/" + id, lib.outsiderAuth());
        Http.Result missing = lib.http().get("api/v1/documents/" + MISSING, lib.outsiderAuth());
        assertEquals(404, hidden.status());
        assertEquals(missing.body(), hidden.body());
        HttpResponse<byte[]> hiddenBytes = download(id, null, lib.outsiderAuth(), null);
        HttpResponse<byte[]> missingBytes = download(MISSING, null, lib.outsiderAuth(), null);
        assertEquals(404, hiddenBytes.statusCode());
        assertArrayEquals(missingBytes.body(), hiddenBytes.body());
        assertEquals(401, download(id, null, null, null).statusCode(), "nobody signed in");
        assertEquals(404, upload(lib.http(), lib.documents(), lib.outsiderAuth(), fields("Indringer", "OTHER", "", ""),
                "x.txt", file).status(), "the Atrium does not exist for an outsider");
        assertEquals(404, lib.http().get(lib.documents(), lib.outsiderAuth()).status());

        // to the bin: not listed, not readable by other members; the moderator sees the bin
        String colleague = newOfficial(lib.http());
        member(lib.http(), lib.slug(), colleague, "MEMBER");
        assertEquals(200, lib.http().send("DELETE", "api/v1/documents/" + id, lib.memberAuth(), null).status());
        assertEquals(0, lib.http().get(lib.documents(), lib.memberAuth()).object().getJsonArray("documents").size());
        assertEquals(404, lib.http().get("api/v1/documents/" + id, basic(colleague, PASSWORD)).status());
        assertEquals(403, lib.http().get(lib.documents() + "/bin", lib.memberAuth()).status(), "members do not manage the bin");
        await().atMost(Duration.ofSeconds(15)).until(() -> titles(lib.http(), word, lib.moderatorAuth()).isEmpty());
        var bin = lib.http().get(lib.documents() + "/bin", lib.moderatorAuth()).array();
        assertEquals(id, bin.getJsonObject(0).getJsonNumber("id").longValue());
        assertNotNull(bin.getJsonObject(0).getString("deletedAt"));

        // back again
        Http.Result back = lib.http().send("POST", "api/v1/documents/" + id + "/restore", lib.moderatorAuth(), null);
        assertEquals(200, back.status(), back.toString());
        assertEquals(1, lib.http().get(lib.documents(), lib.memberAuth()).object().getJsonArray("documents").size());
        assertArrayEquals(file, download(id, null, basic(colleague, PASSWORD), null).body());

        // emptied for good: only by a moderator
        assertEquals(200, lib.http().send("DELETE", "api/v1/documents/" + id, lib.memberAuth(), null).status());
        assertEquals(403, lib.http().send("DELETE", lib.documents() + "/bin", lib.memberAuth(), null).status());
        Http.Result emptied = lib.http().send("DELETE", lib.documents() + "/bin", lib.moderatorAuth(), null);
        assertEquals(200, emptied.status(), emptied.toString());
        assertEquals(1, emptied.object().getInt("removed"));
        assertEquals(404, lib.http().get("api/v1/documents/" + id, lib.moderatorAuth()).status());
    }

    // --- import

    @Test
    void importedDocumentsAreCreatedAndFoundByTheWordsOfTheirFiles() {
        Http http = new Http(base);
        String slug = "it-docimport-" + suffix();
        String word = uniqueWord("ven");
        String pdfWord = uniqueWord("heide");
        String pdf = Base64.getEncoder().encodeToString(TestFiles.pdf("Beheerplan voor de " + pdfWord));
        String lines = String.join("\n",
                // the two document lines of the dev relevance set (shared/data/search-dev/corpus.jsonl)
                "{\"id\": \"dev-d01\", \"type\": \"document\", \"atrium\": \"waasland\", \"author\": \"els.maes\", \"created\": \"2025-03-28T16:00:00Z\", \"tags\": [\"verslag\"], \"title\": \"Verslag samenkomst Atrium Waasland maart 2025\", \"filename\": \"verslag-waasland-2025-03.txt\", \"text\": \"Aanwezig: vertegenwoordigers van zes gemeenten, de provincie en de relatiebeheerder. Besproken: de ervaringen met het nieuwe omgevingsloket, de verdichting in de dorpskernen en de afstemming van adviezen over zonevreemde bedrijven. Afspraak: de relatiebeheerder bundelt de vragen over het loket.\"}",
                "{\"id\": \"dev-d02\", \"type\": \"document\", \"atrium\": \"kempen\", \"author\": \"an.peeters\", \"created\": \"2025-05-15T16:00:00Z\", \"tags\": [\"checklist\"], \"title\": \"Checklist dossiersamenstelling voor het omgevingsloket\", \"filename\": \"checklist-omgevingsloket.txt\", \"text\": \"Controleer bij elke aanvraag: de beschrijvende nota, de foto's van het terrein, het inplantingsplan, de plannen van de bestaande en de nieuwe toestand, de statistische formulieren en de aanstiplijst voor de hemelwaterverordening.\"}",
                "{\"id\": \"it-doc-" + word + "\", \"type\": \"document\", \"atrium\": \"" + slug + "\", \"author\": \"importer" + suffix() + "\", \"title\": \"Nota " + word + "\", \"filename\": \"nota\", \"text\": \"Over de " + word + " in het landschap.\"}",
                "{\"id\": \"it-pdf-" + pdfWord + "\", \"type\": \"document\", \"author\": \"importer" + suffix() + "\", \"title\": \"Beheerplan " + pdfWord + "\", \"filename\": \"beheerplan.pdf\", \"content_base64\": \"" + pdf + "\", \"mime\": \"application/pdf\"}",
                "{\"id\": \"it-bad-" + word + "\", \"type\": \"document\", \"author\": \"importer\", \"title\": \"Zonder bestand\"}");
        Http.Result imported = http.sendRaw("POST", "api/v1/import", ADMIN, "application/x-ndjson", lines);
        assertEquals(200, imported.status(), imported.toString());
        JsonObject answer = imported.object();
        assertEquals(1, answer.getInt("failed"), answer.toString());
        assertEquals(5, answer.getJsonArray("errors").getJsonObject(0).getInt("line"));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertTrue(titles(http, "omgevingsloket dossier", ADMIN)
                    .contains("Checklist dossiersamenstelling voor het omgevingsloket"));
            assertTrue(titles(http, "verdichting kernen", ADMIN)
                    .contains("Verslag samenkomst Atrium Waasland maart 2025"));
            assertEquals(List.of("Nota " + word), titles(http, word, ADMIN));
            assertEquals(List.of("Beheerplan " + pdfWord), titles(http, pdfWord, ADMIN), "the PDF's text is extracted");
        });
        JsonObject library = http.get("api/v1/atria/" + slug + "/documents", ADMIN).object();
        JsonObject nota = library.getJsonArray("documents").getJsonObject(0);
        assertEquals("nota.txt", nota.getString("filename"));
        assertEquals("DONE", nota.getString("textStatus"), "imported text is the file's text at once");
    }

    // --- helpers

    private static String uniqueWord(String stem) {
        StringBuilder w = new StringBuilder(stem);
        for (int i = 0; i < 8; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private static List<String> titles(Http http, String q, String auth) {
        Http.Result r = http.get("api/v1/search?type=document&q=" + enc(q), auth);
        assertEquals(200, r.status(), r.toString());
        return r.object().getJsonArray("hits").stream().map(h -> h.asJsonObject().getString("title")).toList();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertError(Http.Result r, int status, String code) {
        assertEquals(status, r.status(), r.toString());
        assertEquals(code, r.object().getString("error"), r.toString());
        assertFalse(r.object().getString("message").isBlank());
    }

    private static long created(Http.Result r) {
        assertEquals(201, r.status(), r.toString());
        return r.object().getJsonNumber("id").longValue();
    }

    private static Map<String, String> fields(String title, String kind, String folder, String tags) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("description", "Gedeeld in de test");
        f.put("kind", kind);
        f.put("folder", folder);
        f.put("tags", tags);
        return f;
    }

    private static Http.Result upload(Http http, String path, String auth, Map<String, String> fields, String filename,
                                      byte[] file) {
        String boundary = "atrium-" + suffix();
        return http.sendBytes("POST", path, auth, "multipart/form-data; boundary=" + boundary,
                TestFiles.multipart(boundary, fields, filename, file));
    }

    private URI uri(String path) {
        return URI.create(Deployments.local(base)).resolve(path);
    }

    private HttpResponse<byte[]> download(long id, Integer version, String auth, String range) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("api/v1/documents/" + id + "/content"
                + (version == null ? "" : "?version=" + version))).timeout(Duration.ofSeconds(30)).GET();
        if (auth != null) {
            b.header("Authorization", auth);
        }
        if (range != null) {
            b.header("Range", range);
        }
        return send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path, String auth, String boundary, byte[] body, String idempotencyKey) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).header("Authorization", auth)
                .header("Accept", "application/json").header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
