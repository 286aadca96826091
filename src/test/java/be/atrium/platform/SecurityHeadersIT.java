package be.atrium.platform;

import be.atrium.platform.web.SecurityHeaders;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static be.atrium.testsupport.Api.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headers a browser gets, as plain HTTP shows them: one Content-Security-Policy on every
 * response (a page's with a nonce that every script of the page carries, the API's that loads
 * nothing), nosniff, the referrer kept to Atrium, no framing; and the session cookie marked
 * Secure only when a trusted proxy ({@code 127.0.0.2} of {@code -Datrium.trusted-proxies} in arquillian.xml; 127.0.0.3 is none)
 * says the client used HTTPS.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    private static void assertCommonHeaders(Http.Result response) {
        assertEquals(List.of("nosniff"), response.headers("X-Content-Type-Options"));
        assertEquals(List.of("same-origin"), response.headers("Referrer-Policy"));
        assertEquals(List.of("DENY"), response.headers("X-Frame-Options"));
        assertEquals(1, response.headers("Content-Security-Policy").size(), "one policy: " + response.headers(
                "Content-Security-Policy"));
    }

    @Test
    void aPageAllowsOnlyItsOwnResourcesAndTheScriptsWithItsNonce() {
        Http.Result page = new Http(base).getAccepting("identity/login.xhtml", "text/html");
        assertEquals(200, page.status());
        assertCommonHeaders(page);
        String policy = page.header("Content-Security-Policy");
        assertTrue(policy.startsWith(SecurityHeaders.PAGE_POLICY + " 'nonce-"), policy);
        assertTrue(policy.contains("img-src 'self' data: blob:;") && policy.contains("frame-ancestors 'none';"), policy);
        Matcher nonce = NONCE.matcher(policy);
        assertTrue(nonce.find(), policy);

        String html = page.body();
        Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group().contains("nonce=\"" + nonce.group(1) + "\""), "script without the nonce: " + scripts.group());
        }
        assertTrue(count >= 3, "PrimeFaces' core, faces.js and the page's own scripts: " + count);
        assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(html).find(), "no inline event handler is left in the page");

        String other = new Http(base).getAccepting("identity/login.xhtml", "text/html").header("Content-Security-Policy");
        Matcher otherNonce = NONCE.matcher(other);
        assertTrue(otherNonce.find());
        assertFalse(otherNonce.group(1).equals(nonce.group(1)), "a new nonce for every page");
    }

    @Test
    void anApiAnswerAnErrorAndARedirectLoadNothing() {
        Http http = new Http(base);
        Http.Result me = http.get("api/v1/me", ADMIN);
        assertEquals(200, me.status());
        assertCommonHeaders(me);
        assertEquals(SecurityHeaders.OTHER_POLICY, me.header("Content-Security-Policy"));

        Http.Result unauthorized = http.get("api/v1/me", null);
        assertEquals(401, unauthorized.status());
        assertCommonHeaders(unauthorized);

        Http.Result missing = http.get("api/v1/threads/999999999", ADMIN);
        assertEquals(404, missing.status());
        assertCommonHeaders(missing);
        assertEquals(SecurityHeaders.OTHER_POLICY, missing.header("Content-Security-Policy"));

        Http.Result toLogin = http.getAccepting("no/such/page.xhtml", "text/html");
        assertEquals(302, toLogin.status(), "a visitor is sent to the login page");
        assertCommonHeaders(toLogin);
    }

    @Test
    void theSessionCookieIsSecureAndHttpsIsStrictOnlyWhenATrustedProxySaysHttps() throws IOException {
        URI uri = URI.create(Deployments.local(base));
        String trusted = rawGet(uri, "127.0.0.2", "X-Forwarded-Proto: https");
        assertTrue(setCookie(trusted).matches("(?s)JSESSIONID=.*; Secure.*"), trusted);
        assertTrue(setCookie(trusted).contains("HttpOnly"), trusted);
        assertTrue(trusted.contains("\r\nStrict-Transport-Security: max-age=31536000\r\n"), trusted);

        String plain = rawGet(uri, "127.0.0.2", "X-Forwarded-Proto: http");
        assertFalse(setCookie(plain).contains("Secure"));
        assertFalse(plain.contains("Strict-Transport-Security"), plain);
        assertFalse(setCookie(rawGet(uri, "127.0.0.2", null)).contains("Secure"));
        String untrusted = rawGet(uri, "127.0.0.3", "X-Forwarded-Proto: https");
        assertTrue(setCookie(untrusted).startsWith("JSESSIONID="), untrusted);
        assertFalse(setCookie(untrusted).contains("Secure"), "anyone else's X-Forwarded-Proto is ignored: " + untrusted);
        assertFalse(untrusted.contains("Strict-Transport-Security"), untrusted);
    }

    /** A GET of the login page (it makes a session) sent from the given local address, headers only. */
    private static String rawGet(URI server, String from, String header) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + server.getPath() + "identity/login.xhtml HTTP/1.1\r\nHost: " + server.getHost() + ":"
                    + server.getPort() + "\r\n" + (header == null ? "" : header + "\r\n")
                    + "Accept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            for (int b; (b = in.read()) >= 0 && !head.toString().endsWith("\r\n\r\n"); ) {
                head.append((char) b);
            }
            return head.toString();
        }
    }

    private static String setCookie(String head) {
        List<String> cookies = new ArrayList<>();
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Set-Cookie:", 0, 11)) {
                cookies.add(line.substring(11).strip());
            }
        }
        assertEquals(1, cookies.size(), "one session cookie: " + head);
        return cookies.get(0);
    }
}
