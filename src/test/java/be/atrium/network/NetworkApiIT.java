package be.atrium.network;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import jakarta.json.JsonValue;
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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network through the API: the real municipalities, provinces and Atria, and member-only
 * Atria that do not exist for outsiders and whose members only moderators manage.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

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
}
