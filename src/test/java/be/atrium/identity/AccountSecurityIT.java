package be.atrium.identity;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import be.atrium.testsupport.PageSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Http.basic;
import static be.atrium.testsupport.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the attack report of issue 10 found about logins and accounts, as an attacker and the
 * owner meet it over HTTP: parallel guesses never get past the limit, the limit holds one
 * (account, address) pair back and never the owner elsewhere, a password change ends the
 * account's other sessions and asks about its tokens, and the audit log has it all with the
 * client address. Client addresses are given in X-Forwarded-For (the tests' server trusts
 * 127.0.0.1 as a proxy, ATRIUM_TRUSTED_PROXIES).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

    private static final int MAX_FAILURES = 5; // atrium.login.max-failures
    private static final int BURST = 40;
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void fortyParallelGuessesCountNoMoreThanTheLimitAndTheOwnerElsewhereStillLogsIn() throws Exception {
        Http http = new Http(base);
        String user = newOfficial(http);
        String attacker = address();
        String owner = address();

        List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        for (int i = 0; i < BURST; i++) {
            burst.add(client.sendAsync(me(basic(user, "wrong guess " + i), attacker), HttpResponse.BodyHandlers.ofString()));
        }
        int refused = 0;
        int wrong = 0;
        for (CompletableFuture<HttpResponse<String>> answer : burst) {
            int status = answer.get().statusCode();
            assertTrue(status == 401 || status == 429, "a guess is wrong or refused, never more: " + status);
            refused += status == 429 ? 1 : 0;
            wrong += status == 401 ? 1 : 0;
        }
        assertEquals(MAX_FAILURES - 1, wrong, "guesses answered 'wrong' (the last counted one says 'wait')");
        assertEquals(BURST - MAX_FAILURES + 1, refused);
        assertEquals(MAX_FAILURES, failuresCounted(user, attacker), "failures recorded never exceed the limit");

        HttpResponse<String> right = client.send(me(basic(user, PASSWORD), attacker), HttpResponse.BodyHandlers.ofString());
        assertEquals(429, right.statusCode(), "even the right password waits at that address: " + right.body());
        assertTrue(right.headers().firstValue("Retry-After").isPresent(), "the wait is told");
        assertEquals(MAX_FAILURES, failuresCounted(user, attacker), "refused attempts are not counted");

        HttpResponse<String> ownerLogin = client.send(me(basic(user, PASSWORD), owner), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ownerLogin.statusCode(), "the owner at another address is not locked out: " + ownerLogin.body());
        PageSession page = new PageSession(base, owner);
        assertEquals(302, page.login(user, PASSWORD).statusCode(), "nor on the login form");

        assertEquals(MAX_FAILURES, audited("login.failed", user, attacker), "each counted failure is audited with its address");
        assertEquals(1, audited("login.throttled", user, attacker), "the refusals once per wait");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionAndAsksAboutTheTokens() {
        Http http = new Http(base);
        String user = newOfficial(http);
        String token = http.send("POST", "api/v1/me/tokens", basic(user, PASSWORD), "{\"name\": \"script\"}")
                .object().getString("token");
        String here = address();
        PageSession mine = PageSession.signedIn(base, user, PASSWORD, here);
        PageSession other = PageSession.signedIn(base, user, PASSWORD, address());
        assertEquals(200, other.get("identity/profile.xhtml").statusCode(), "the other session is signed in");

        HttpResponse<String> changed = mine.submit("identity/profile.xhtml", "passwordForm", "passwordForm:changePassword",
                Map.of("passwordForm:currentPassword", PASSWORD, "passwordForm:newPassword", NEW_PASSWORD,
                        "passwordForm:repeatPassword", NEW_PASSWORD));
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("Uw wachtwoord is gewijzigd"), changed.body());
        assertTrue(changed.body().contains("id=\"revokeAllQuestion\""), "asks whether to revoke the token too");

        HttpResponse<String> otherAfter = other.get("identity/profile.xhtml");
        assertEquals(302, otherAfter.statusCode(), "the other session has ended");
        assertTrue(otherAfter.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertEquals(200, mine.get("identity/profile.xhtml").statusCode(), "the session that changed it goes on");
        assertEquals(200, http.get("api/v1/me", bearer(token)).status(), "tokens are kept until asked");

        HttpResponse<String> revoked = mine.post("identity/profile.xhtml", changed.body(), "revokeAllForm",
                "revokeAllForm:revokeAll", Map.of());
        assertEquals(200, revoked.statusCode());
        assertEquals(401, http.get("api/v1/me", bearer(token)).status(), "the token is revoked");
        assertEquals(401, http.get("api/v1/me", basic(user, PASSWORD)).status(), "the old password is gone");
        assertEquals(200, http.get("api/v1/me", basic(user, NEW_PASSWORD)).status());

        assertEquals(1, audited("account.changePassword", user, here), "the change is audited with its address");
        assertEquals(1, audited("token.revokeAll", user, here));
    }

    @Test
    void theCurrentPasswordOnTheProfileIsThrottledLikeALogin() {
        Http http = new Http(base);
        String user = newOfficial(http);
        String here = address();
        PageSession mine = PageSession.signedIn(base, user, PASSWORD, here);
        HttpResponse<String> last = null;
        for (int i = 0; i < MAX_FAILURES; i++) {
            last = mine.submit("identity/profile.xhtml", "passwordForm", "passwordForm:changePassword",
                    Map.of("passwordForm:currentPassword", "wrong guess " + i, "passwordForm:newPassword", NEW_PASSWORD,
                            "passwordForm:repeatPassword", NEW_PASSWORD));
            assertEquals(200, last.statusCode());
        }
        assertTrue(last.body().contains("Te veel foute pogingen"), last.body());
        HttpResponse<String> right = mine.submit("identity/profile.xhtml", "passwordForm", "passwordForm:changePassword",
                Map.of("passwordForm:currentPassword", PASSWORD, "passwordForm:newPassword", NEW_PASSWORD,
                        "passwordForm:repeatPassword", NEW_PASSWORD));
        assertTrue(right.body().contains("Te veel foute pogingen"), "the right one waits too: " + right.body());
        assertFalse(right.body().contains("Uw wachtwoord is gewijzigd"));
        assertEquals(MAX_FAILURES, failuresCounted(user, here));
        assertEquals(MAX_FAILURES, audited("account.passwordCheck.failed", user, here));
        assertEquals(200, http.get("api/v1/me", basic(user, PASSWORD)).status(), "the password is unchanged, "
                + "and the owner's other address (the API's 127.0.0.1) is not held back");
    }

    @Test
    void theAuditPageShowsAFailedLoginAndAPasswordChangeWithTheirClientAddress() {
        Http http = new Http(base);
        String user = newOfficial(http);
        String guesser = address();
        String here = address();
        PageSession stranger = new PageSession(base, guesser);
        HttpResponse<String> failed = stranger.login(user, "wrong guess");
        assertEquals(200, failed.statusCode(), "the form is shown again");
        assertTrue(failed.body().contains("Aanmelden mislukt"), failed.body());
        PageSession mine = PageSession.signedIn(base, user, PASSWORD, here);
        mine.submit("identity/profile.xhtml", "passwordForm", "passwordForm:changePassword",
                Map.of("passwordForm:currentPassword", PASSWORD, "passwordForm:newPassword", NEW_PASSWORD,
                        "passwordForm:repeatPassword", NEW_PASSWORD));

        String administrator = "audit" + user;
        Http.Result created = http.send("POST", "api/v1/accounts", be.atrium.testsupport.Api.ADMIN,
                "{\"username\": \"" + administrator + "\", \"displayName\": \"Auditor\", \"role\": \"ADMINISTRATOR\", "
                        + "\"password\": \"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created.toString());
        HttpResponse<String> audit = PageSession.signedIn(base, administrator, PASSWORD, address())
                .get("identity/audit.xhtml");
        assertEquals(200, audit.statusCode());
        assertTrue(row(audit.body(), "login.failed", user).contains(guesser),
                "a failed login with the guesser's address: " + row(audit.body(), "login.failed", user));
        assertTrue(row(audit.body(), "login.failed", user).contains("Mislukte aanmelding"), "named in words");
        assertTrue(row(audit.body(), "account.changePassword", user).contains(here),
                "the password change with the owner's address");
    }

    @Test
    void anImportIsAuditedWithItsClientAddress() throws Exception {
        String from = address();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Deployments.local(base)).resolve("api/v1/import"))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", be.atrium.testsupport.Api.ADMIN).header("X-Forwarded-For", from)
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\": \"nonsense\"}\n")).build();
        HttpResponse<String> imported = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(1, queryInt("SELECT COUNT(*) FROM audit_entry WHERE action = 'content.import' AND actor = 'admin' "
                + "AND client_address = ? AND detail = '0 created, 0 updated, 1 failed'", from));
    }

    /** The audit table's row of an action on a subject, or "" when there is none. */
    private static String row(String html, String action, String subject) {
        for (String row : html.split("<tr")) {
            if (row.contains("title=\"" + action + "\"") && row.contains(subject)) {
                return row;
            }
        }
        return "";
    }

    private HttpRequest me(String authorization, String clientAddress) {
        return HttpRequest.newBuilder(URI.create(Deployments.local(base)).resolve("api/v1/me"))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                .header("Authorization", authorization).header("X-Forwarded-For", clientAddress).GET().build();
    }

    /** A documentation address (TEST-NET-3) that no other test uses. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "203.0." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    private static int failuresCounted(String user, String address) {
        return queryInt("SELECT COALESCE(MAX(failures), 0) FROM login_throttle WHERE throttle_key = ?",
                "pair:" + user + "|" + address);
    }

    private static int audited(String action, String subject, String address) {
        return queryInt("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND subject = ? AND client_address = ?",
                action, subject, address);
    }

    private static int queryInt(String sql, String... parameters) {
        try (Connection c = DriverManager.getConnection(System.getProperty("atrium.it.db.url"),
                System.getProperty("atrium.it.db.user"), System.getProperty("atrium.it.db.password"));
             PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
