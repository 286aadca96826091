package be.atrium.identity;

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

import java.net.URL;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static be.atrium.testsupport.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts, tokens and sessions through the API as a tool would call it (API-CONTRACT.md): the
 * bootstrap token, Basic credentials and personal tokens, the error format of bad input, login
 * throttling, the session cookie of the pages, and grants given by administrators.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityApiIT {

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
    void repeatedFailedLoginsHoldBackTheAccountNameAtThisAddressWhetherItExistsOrNot() {
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
                "even the right password waits at this address until the delay ends");
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
