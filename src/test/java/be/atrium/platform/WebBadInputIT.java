package be.atrium.platform;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages that once answered bad requests with the error page (500), driven over plain HTTP as a
 * browser sends them: the comparison of a sub-page's revisions, a form sent with a view state
 * the server no longer has (an old tab, a new login, a restart), and a file over 64 MB.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebBadInputIT {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void theRevisionsOfASubPageAreCompared() {
        Http api = new Http(base);
        String official = officialInGent(api);
        long parent = created(api.send("POST", "api/v1/wiki", basic(official, PASSWORD), "{\"title\": \"Bovenpagina "
                + suffix() + "\", \"body\": \"Boven.\", \"atrium\": \"gent\"}"));
        String childTitle = "Onderpagina " + suffix();
        long child = created(api.send("POST", "api/v1/wiki", basic(official, PASSWORD), "{\"title\": \"" + childTitle
                + "\", \"body\": \"Eerste versie.\", \"atrium\": \"gent\", \"parent\": " + parent + "}"));
        assertEquals(200, api.send("PUT", "api/v1/wiki/" + child, basic(official, PASSWORD),
                "{\"body\": \"Tweede versie.\", \"baseRevision\": 1}").status());

        Browser browser = Browser.loggedIn(base, official);
        for (String query : new String[] {"id=" + child, "id=" + child + "&from=1&to=2", "id=" + child + "&from=x"}) {
            HttpResponse<String> page = browser.get("wiki/compare.xhtml?" + query);
            assertEquals(200, page.statusCode(), query + ": " + title(page.body()));
            assertTrue(page.body().contains("wiki/page.xhtml?id=" + parent), "the parent in the breadcrumbs");
            assertTrue(title(page.body()).contains(childTitle), title(page.body()));
        }
    }

    @Test
    void aFormWithAViewStateTheServerDoesNotHaveShowsTheExpiredPage() {
        String official = officialInGent(new Http(base));
        Browser oldTab = Browser.loggedIn(base, official);
        String oldState = viewState(oldTab.get("practice/index.xhtml").body());

        Map<String, String> languageForm = new LinkedHashMap<>();
        languageForm.put("languageForm", "languageForm");
        languageForm.put("languageForm:en", "languageForm:en");

        // a view state from elsewhere, or made up
        for (String state : new String[] {"-1234567890:987654321", "garbage", ""}) {
            languageForm.put("jakarta.faces.ViewState", state);
            assertExpired(oldTab, oldTab.post("practice/index.xhtml", languageForm), state);
        }

        // the old tab after a new login: a new session does not have the old tab's views
        Browser newLogin = Browser.loggedIn(base, official);
        languageForm.put("jakarta.faces.ViewState", oldState);
        assertExpired(newLogin, newLogin.post("practice/index.xhtml", languageForm), "an old tab");

        // the same through Ajax: a redirect the page's script follows
        HttpResponse<String> ajax = newLogin.postAjax("practice/index.xhtml", languageForm);
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.body().contains("<redirect url=\"") && ajax.body().contains("/platform/expired.xhtml"),
                ajax.body());

        // in its own session the old tab still works
        languageForm.put("jakarta.faces.ViewState", oldState);
        HttpResponse<String> stillValid = oldTab.post("practice/index.xhtml", languageForm);
        assertEquals(302, stillValid.statusCode(), title(stillValid.body()));
        assertTrue(stillValid.headers().firstValue("Location").orElseThrow().endsWith("/practice/index.xhtml"));
    }

    @Test
    void theFormsOfTheHeaderWorkOnTheListPages() {
        String official = officialInGent(new Http(base));
        Browser browser = Browser.loggedIn(base, official);
        // list pages load on GET only: a postback of the language switch or the log-out button once failed on them
        for (String page : new String[] {"practice/index.xhtml?tag=x&page=2", "guidance/index.xhtml?status=all",
                "discussion/board.xhtml?atrium=gent", "wiki/index.xhtml?atrium=gent", "search/index.xhtml?q=rup"}) {
            Map<String, String> languageForm = new LinkedHashMap<>();
            languageForm.put("languageForm", "languageForm");
            languageForm.put("languageForm:nl", "languageForm:nl");
            languageForm.put("jakarta.faces.ViewState", viewState(browser.get(page).body()));
            HttpResponse<String> switched = browser.post(page.substring(0, page.indexOf('?')), languageForm);
            assertEquals(302, switched.statusCode(), page + ": " + title(switched.body()));
            String location = switched.headers().firstValue("Location").orElseThrow();
            assertTrue(location.contains(page.substring(0, page.indexOf('?'))), page + " -> " + location);
        }
    }

    @Test
    void aFileOverSixtyFourMegabytesIsA413WithItsPage() {
        Http api = new Http(base);
        String official = officialInGent(api);
        long practice = created(api.send("POST", "api/v1/practice", basic(official, PASSWORD), "{\"title\": \"Met bijlage "
                + suffix() + "\", \"context\": \"c\", \"approach\": \"a\"}"));
        Browser browser = Browser.loggedIn(base, official);
        String state = viewState(browser.get("practice/case.xhtml?id=" + practice).body());

        long size = 65L * 1024 * 1024;
        HttpResponse<String> upload = browser.upload("practice/case.xhtml", Map.of("filesForm", "filesForm",
                "filesForm:attach", "Toevoegen", "jakarta.faces.ViewState", state), "filesForm:upload", "groot.pdf", size);
        assertEquals(413, upload.statusCode(), title(upload.body()));
        assertTrue(title(upload.body()).contains("Bestand te groot"), title(upload.body()));
        assertEquals(0, api.get("api/v1/practice/" + practice + "/attachments", basic(official, PASSWORD)).array().size());
    }

    private static void assertExpired(Browser browser, HttpResponse<String> posted, String what) {
        assertEquals(302, posted.statusCode(), what + ": " + title(posted.body()));
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/platform/expired.xhtml"), location);
        HttpResponse<String> page = browser.get("platform/expired.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(title(page.body()).contains("Pagina verlopen"), title(page.body()));
    }

    private static String officialInGent(Http api) {
        String official = newOfficial(api);
        assertEquals(200, api.send("PUT", "api/v1/atria/gent/members/" + official, ADMIN, "{\"role\": \"MEMBER\"}")
                .status());
        return official;
    }

    private static long created(Http.Result r) {
        assertEquals(201, r.status(), r.toString());
        return r.object().getJsonNumber("id").longValue();
    }

    private static String viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        assertTrue(m.find(), "a form with a view state");
        return m.group(1);
    }

    private static String title(String html) {
        int start = html.indexOf("<title>");
        int end = html.indexOf("</title>");
        return start < 0 || end < start ? html.substring(0, Math.min(200, html.length())) : html.substring(start + 7, end);
    }

    /** A browser without a browser: one session (cookies), forms sent as a browser sends them, no redirects followed. */
    private static final class Browser {
        private final HttpClient client;
        private final URI base;

        private Browser(URL deployment) {
            this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                    .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();
            this.base = URI.create(Deployments.local(deployment));
        }

        /** Logged in with the form, the network charter accepted. */
        static Browser loggedIn(URL deployment, String username) {
            Browser b = new Browser(deployment);
            Map<String, String> login = new LinkedHashMap<>();
            login.put("loginForm", "loginForm");
            login.put("loginForm:next", "");
            login.put("loginForm:username", username);
            login.put("loginForm:password", PASSWORD);
            login.put("loginForm:submit", "Aanmelden");
            login.put("jakarta.faces.ViewState", viewState(b.get("identity/login.xhtml").body()));
            HttpResponse<String> loggedIn = b.post("identity/login.xhtml", login);
            assertEquals(302, loggedIn.statusCode(), title(loggedIn.body()));
            HttpResponse<String> charter = b.get("identity/charter.xhtml");
            if (charter.body().contains("charterForm:accept")) {
                Map<String, String> accept = new LinkedHashMap<>();
                accept.put("charterForm", "charterForm");
                accept.put("charterForm:accept", "x");
                accept.put("jakarta.faces.ViewState", viewState(charter.body()));
                assertEquals(302, b.post("identity/charter.xhtml", accept).statusCode());
            }
            return b;
        }

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            return send(HttpRequest.newBuilder(base.resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded(form))));
        }

        HttpResponse<String> postAjax(String path, Map<String, String> form) {
            Map<String, String> ajax = new LinkedHashMap<>(form);
            ajax.put("jakarta.faces.partial.ajax", "true");
            ajax.put("jakarta.faces.source", "languageForm");
            ajax.put("jakarta.faces.partial.execute", "@this");
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded(ajax))));
        }

        /** A multipart form with one file of {@code size} bytes, streamed (never held in memory), its length declared. */
        HttpResponse<String> upload(String path, Map<String, String> fields, String fileField, String filename, long size) {
            String boundary = "----atrium" + suffix();
            StringBuilder head = new StringBuilder();
            fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                    .append(value).append("\r\n"));
            head.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"")
                    .append(fileField).append("\"; filename=\"").append(filename).append("\"\r\n")
                    .append("Content-Type: application/pdf\r\n\r\n");
            byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
            byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            long length = start.length + size + end.length;
            HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(new ByteArrayInputStream(start),
                            new SequenceInputStream(new Zeros(size), new ByteArrayInputStream(end)))), length);
            return send(HttpRequest.newBuilder(base.resolve(path)).expectContinue(true)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return client.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String encoded(Map<String, String> form) {
            return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        }
    }

    /** {@code size} zero bytes. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
