package be.atrium.testsupport;

import java.io.IOException;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One browser session on the pages without a browser: a cookie jar and the JSF form posts a
 * person makes (the login form, the charter, the profile's forms). Redirects are not followed,
 * so a test sees where a page sends it. Optionally every request names a client address in
 * {@code X-Forwarded-For} (the tests' server trusts 127.0.0.1 as a proxy).
 */
public final class PageSession {

    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    /** The page's script nonce, which PrimeFaces' script sends back with a form ({@code primefaces.CSP}). */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");

    private final HttpClient client;
    private final URI base;
    private final String clientAddress;

    public PageSession(URL deployment, String clientAddress) {
        this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build(), URI.create(Deployments.local(deployment)), clientAddress);
    }

    private PageSession(HttpClient client, URI base, String clientAddress) {
        this.client = client;
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /**
     * The same session (its cookies) on another server of the same host, as when a load balancer
     * sends the next request to another node of a cluster.
     */
    public PageSession at(URL otherNode) {
        return new PageSession(client, URI.create(Deployments.local(otherNode)), clientAddress);
    }

    /** A new session signed in through the login form, with the charter accepted. */
    public static PageSession signedIn(URL deployment, String username, String password, String clientAddress) {
        PageSession session = new PageSession(deployment, clientAddress);
        HttpResponse<String> login = session.login(username, password);
        assertEquals(302, login.statusCode(), "the login form accepts " + username + ": " + login.body());
        HttpResponse<String> home = session.get("index.xhtml");
        if (home.statusCode() == 302 && home.headers().firstValue("Location").orElse("").contains("charter")) {
            HttpResponse<String> accepted = session.submit("identity/charter.xhtml", "charterForm", "charterForm:accept",
                    Map.of());
            assertEquals(302, accepted.statusCode(), accepted.body());
        }
        return session;
    }

    /** Fills in and sends the login form. */
    public HttpResponse<String> login(String username, String password) {
        return submit("identity/login.xhtml", "loginForm", "loginForm:submit",
                Map.of("loginForm:username", username, "loginForm:password", password, "loginForm:next", ""));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /**
     * Opens a page and sends one of its forms with the given fields and button, as a browser
     * does (the view state from the page just opened).
     */
    public HttpResponse<String> submit(String path, String formId, String button, Map<String, String> fields) {
        HttpResponse<String> page = get(path);
        assertEquals(200, page.statusCode(), path + " opens: " + page.headers().firstValue("Location").orElse(""));
        return post(path, page.body(), formId, button, fields);
    }

    /** Sends a form of a page already opened (its HTML), e.g. a question shown after an action. */
    public HttpResponse<String> post(String path, String pageHtml, String formId, String button,
                                     Map<String, String> fields) {
        Matcher viewState = VIEW_STATE.matcher(pageHtml);
        assertTrue(viewState.find(), "a JSF page with a view state: " + path);
        assertTrue(pageHtml.contains("id=\"" + formId + "\""), "the page has the form " + formId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(button, "x");
        form.put("jakarta.faces.ViewState", htmlDecode(viewState.group(1)));
        Matcher nonce = NONCE.matcher(pageHtml);
        if (nonce.find()) {
            form.put("primefaces.nonce", htmlDecode(nonce.group(1)));
        }
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept-Language", "nl-BE");
        if (clientAddress != null) {
            b.header("X-Forwarded-For", clientAddress);
        }
        return b;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String htmlDecode(String value) {
        return value.replace("&#58;", ":").replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
