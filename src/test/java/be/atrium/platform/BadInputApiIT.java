package be.atrium.platform;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad input, as a careless or hostile tool sends it, is a 400 (or 413 for too large) with the
 * usual JSON error body, never a 500: bodies that are JSON but not an object or nested 10,000
 * deep, numbers beyond a long, years beyond what the database holds, query parameters that are
 * no numbers. Every call of every kind is tried with every body.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    /** JSON, or nearly, that no call takes as its body. */
    private static Map<String, String> malformedBodies() {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("an array", "[1,2]");
        bodies.put("a string", "\"x\"");
        bodies.put("a number", "42");
        bodies.put("null", "null");
        bodies.put("true", "true");
        bodies.put("objects nested 10,000 deep", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        bodies.put("arrays nested 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000));
        bodies.put("arrays nested 10,000 deep in an object", "{\"tags\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
        bodies.put("broken JSON", "{\"title\": ");
        bodies.put("two objects", "{}{}");
        bodies.put("a number no decimal can hold", "{\"title\": 1e2147483648}");
        bodies.put("nothing", "");
        return bodies;
    }

    private record Call(String method, String path, String authorization) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void everyCallAnswersEveryMalformedBodyWithA400AndTheUsualErrorBody() {
        Http http = new Http(base);
        String official = newOfficial(http);
        String auth = basic(official, PASSWORD);
        assertEquals(200, http.send("PUT", "api/v1/atria/gent/members/" + official, ADMIN, "{\"role\": \"MEMBER\"}")
                .status());
        long page = created(http.send("POST", "api/v1/wiki", auth, "{\"title\": \"Invoer " + suffix()
                + "\", \"body\": \"Tekst.\", \"atrium\": \"gent\"}"));
        long thread = created(http.send("POST", "api/v1/atria/gent/threads", auth, "{\"kind\": \"QUESTION\", "
                + "\"title\": \"Invoer " + suffix() + "?\", \"body\": \"Vraag.\"}"));
        long practice = created(http.send("POST", "api/v1/practice", auth, "{\"title\": \"Invoer " + suffix()
                + "\", \"context\": \"c\", \"approach\": \"a\"}"));

        List<Call> calls = List.of(
                new Call("POST", "api/v1/wiki", auth),
                new Call("PUT", "api/v1/wiki/" + page, auth),
                new Call("POST", "api/v1/atria/gent/threads", auth),
                new Call("POST", "api/v1/threads/" + thread + "/posts", auth),
                new Call("POST", "api/v1/threads/" + thread + "/promote", auth),
                new Call("POST", "api/v1/practice", auth),
                new Call("PUT", "api/v1/practice/" + practice, auth),
                new Call("POST", "api/v1/guidance", ADMIN),
                new Call("POST", "api/v1/accounts", ADMIN),
                new Call("PUT", "api/v1/atria/gent/members/" + official, ADMIN),
                new Call("POST", "api/v1/me/tokens", auth));
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            for (Map.Entry<String, String> body : malformedBodies().entrySet()) {
                Http.Result r = http.send(call.method(), call.path(), call.authorization(), body.getValue());
                if (r.status() != 400 || !isErrorBody(r)) {
                    wrong.add(call + " with " + body.getKey() + ": " + abbreviated(r));
                }
            }
        }
        assertEquals(List.of(), wrong);

        Http.Result notAnObject = http.send("POST", "api/v1/wiki", auth, "[1,2]");
        assertEquals("api.json.object", notAnObject.object().getString("error"));
        Http.Result deep = http.send("POST", "api/v1/wiki", auth, malformedBodies().get("objects nested 10,000 deep"));
        assertEquals("api.json.tooDeep", deep.object().getString("error"));
        assertEquals(0, http.get("api/v1/threads/" + thread, auth).object().getInt("replies"),
                "no post was made by any of them");
    }

    @Test
    void aJsonBodyOverSixteenMegabytesIsA413() {
        Http http = new Http(base);
        String auth = basic(newOfficial(http), PASSWORD);
        Http.Result r = http.send("POST", "api/v1/wiki", auth, "{\"title\": \"Groot\", \"body\": \""
                + "a".repeat(17 * 1024 * 1024) + "\"}");
        assertEquals(413, r.status(), abbreviated(r));
        assertTrue(isErrorBody(r), abbreviated(r));
        assertEquals("api.body.tooLarge", r.object().getString("error"));
    }

    @Test
    void valuesBeyondWhatTheFieldHoldsAreA400NamingTheField() {
        Http http = new Http(base);
        String official = newOfficial(http);
        String auth = basic(official, PASSWORD);
        assertEquals(200, http.send("PUT", "api/v1/atria/gent/members/" + official, ADMIN, "{\"role\": \"MEMBER\"}")
                .status());
        long thread = created(http.send("POST", "api/v1/atria/gent/threads", auth, "{\"kind\": \"QUESTION\", "
                + "\"title\": \"Waarden " + suffix() + "?\", \"body\": \"Vraag.\"}"));
        long practice = created(http.send("POST", "api/v1/practice", auth, "{\"title\": \"Waarden " + suffix()
                + "\", \"context\": \"c\", \"approach\": \"a\"}"));

        record Case(String method, String path, String authorization, String body, String field) {
        }
        String wiki = "{\"title\": \"Waarde " + suffix() + "\", \"body\": \"b\", \"atrium\": \"gent\", \"parent\": ";
        String guidance = "{\"kind\": \"CIRCULAR\", \"title\": \"Datum " + suffix() + "\", \"body\": \"b\", ";
        List<Case> cases = List.of(
                new Case("POST", "api/v1/wiki", auth, wiki + "99999999999999999999}", "parent"),
                new Case("POST", "api/v1/wiki", auth, wiki + "-99999999999999999999}", "parent"),
                new Case("POST", "api/v1/wiki", auth, wiki + "1e400}", "parent"),
                new Case("POST", "api/v1/wiki", auth, wiki + "1.5}", "parent"),
                new Case("POST", "api/v1/wiki", auth, wiki + "\"vijf\"}", "parent"),
                new Case("POST", "api/v1/threads/" + thread + "/posts", auth,
                        "{\"body\": \"b\", \"quotedPostId\": 99999999999999999999}", "quotedPostId"),
                new Case("POST", "api/v1/threads/" + thread + "/promote", auth,
                        "{\"post\": null, \"parent\": 99999999999999999999}", "parent"),
                new Case("PUT", "api/v1/practice/" + practice, auth, "{\"version\": 1e400}", "version"),
                new Case("PUT", "api/v1/practice/" + practice, auth, "{\"guidance\": [99999999999999999999]}", "guidance"),
                new Case("PUT", "api/v1/practice/" + practice, auth, "{\"municipality\": 99999999999999999999}",
                        "municipality"),
                new Case("POST", "api/v1/guidance", ADMIN, guidance + "\"effectiveFrom\": \"+99999-01-01\"}", "effectiveFrom"),
                new Case("POST", "api/v1/guidance", ADMIN, guidance + "\"effectiveFrom\": \"2026-01-01\", "
                        + "\"validUntil\": \"+99999-12-31\"}", "validUntil"),
                new Case("POST", "api/v1/guidance", ADMIN, guidance + "\"effectiveFrom\": \"-0001-01-01\"}", "effectiveFrom"),
                new Case("POST", "api/v1/guidance", ADMIN, guidance + "\"effectiveFrom\": \"2026-02-30\"}", "effectiveFrom"),
                new Case("GET", "api/v1/practice?from=%2B99999-01-01", auth, null, "from"),
                new Case("GET", "api/v1/practice?to=%2B99999-12-31", auth, null, "to"),
                new Case("GET", "api/v1/guidance?from=%2B99999-01-01", auth, null, "from"),
                new Case("GET", "api/v1/guidance?to=%2B99999-12-31", auth, null, "to"),
                new Case("GET", "api/v1/practice?limit=abc", auth, null, "limit"),
                new Case("GET", "api/v1/practice?limit=99999999999", auth, null, "limit"),
                new Case("GET", "api/v1/atria/gent/threads?offset=99999999999999999999", auth, null, "offset"),
                new Case("GET", "api/v1/guidance?limit=x", auth, null, "limit"),
                new Case("GET", "api/v1/threads/" + thread + "?limit=99999999999", auth, null, "limit"));
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            Http.Result r = c.body() == null ? http.get(c.path(), c.authorization())
                    : http.send(c.method(), c.path(), c.authorization(), c.body());
            if (r.status() != 400 || !isErrorBody(r) || !c.field().equals(r.object().getString("field", null))) {
                wrong.add(c.method() + " " + c.path() + " " + c.body() + ": " + abbreviated(r));
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(0, http.get("api/v1/threads/" + thread, auth).object().getInt("replies"), "nothing was posted");

        Http.Result hugeId = http.get("api/v1/threads/99999999999999999999", auth);
        assertEquals(404, hugeId.status(), "an id beyond a long is an address that does not exist");
        assertTrue(isErrorBody(hugeId), abbreviated(hugeId));
    }

    private static long created(Http.Result r) {
        assertEquals(201, r.status(), r.toString());
        return r.object().getJsonNumber("id").longValue();
    }

    /** {@code {"error": code, "message": text}} as JSON, and no trace of a stack. */
    private static boolean isErrorBody(Http.Result r) {
        String type = r.header("Content-Type");
        if (type == null || !type.startsWith("application/json")) {
            return false;
        }
        try {
            JsonObject o = r.object();
            return !o.getString("error").isBlank() && !o.getString("message").isBlank()
                    && !r.body().contains("Exception") && !r.body().contains("\tat ");
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String abbreviated(Http.Result r) {
        String body = r.body();
        return r.status() + " " + r.header("Content-Type") + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }
}
