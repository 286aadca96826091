package be.atrium.notify;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import jakarta.json.JsonArray;
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
import java.time.Duration;
import java.time.Instant;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.id;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Http.basic;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notifications and subscriptions API as API-CONTRACT.md states it: the list with its unread
 * count, marking one or all read, someone else's notification is not found, bad input is a 400
 * that names the field (never a 500 or a silent default), and what the caller watches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAnswerShowsInTheAskersListAndIsMarkedReadByTheAskerOnly() {
        Http http = new Http(base);
        String asker = newOfficial(http);
        String peer = newOfficial(http);
        long thread = id(http.send("POST", "api/v1/atria/gent/threads", basic(asker, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Carport in voortuinstrook?\", \"body\": \"Mag dat?\"}"));
        long answer = id(http.send("POST", "api/v1/threads/" + thread + "/posts", basic(peer, PASSWORD),
                "{\"body\": \"Meestal niet, kijk in de GSV.\"}"));

        JsonObject list = await().atMost(Duration.ofSeconds(60)).until(
                () -> http.get("api/v1/me/notifications?unread=true&limit=5", basic(asker, PASSWORD)).object(),
                o -> o.getInt("unread") == 1);
        JsonObject item = list.getJsonArray("items").getJsonObject(0);
        assertEquals("ANSWER", item.getString("kind"));
        assertEquals("Carport in voortuinstrook?", item.getString("title"));
        assertEquals("/discussion/thread.xhtml?id=" + thread + "#post-" + answer, item.getString("url"));
        assertFalse(item.getBoolean("read"));
        assertTrue(Instant.parse(item.getString("at")).isBefore(Instant.now().plusSeconds(60)));
        long notification = item.getJsonNumber("id").longValue();
        assertEquals(0, http.get("api/v1/me/notifications", basic(peer, PASSWORD)).object().getInt("unread"),
                "nobody is told of their own answer");

        Http.Result foreign = http.send("POST", "api/v1/me/notifications/" + notification + "/read", basic(peer, PASSWORD),
                null);
        assertEquals(404, foreign.status(), "someone else's notification does not exist for the caller");
        assertEquals("not_found", foreign.object().getString("error"));
        assertEquals(1, http.get("api/v1/me/notifications", basic(asker, PASSWORD)).object().getInt("unread"));

        Http.Result read = http.send("POST", "api/v1/me/notifications/" + notification + "/read", basic(asker, PASSWORD),
                null);
        assertEquals(200, read.status(), read.toString());
        assertEquals(0, read.object().getInt("unread"));
        assertEquals(200, http.send("POST", "api/v1/me/notifications/" + notification + "/read", basic(asker, PASSWORD),
                null).status(), "reading twice is no error");
        assertEquals(0, http.get("api/v1/me/notifications?unread=true", basic(asker, PASSWORD)).object()
                .getJsonArray("items").size());
        JsonObject everything = http.get("api/v1/me/notifications", basic(asker, PASSWORD)).object();
        assertTrue(everything.getJsonArray("items").getJsonObject(0).getBoolean("read"));

        http.send("POST", "api/v1/threads/" + thread + "/posts", basic(peer, PASSWORD), "{\"body\": \"Aanvulling.\"}");
        await().atMost(Duration.ofSeconds(60)).until(
                () -> http.get("api/v1/me/notifications", basic(asker, PASSWORD)).object().getInt("unread") == 1);
        JsonArray newest = http.get("api/v1/me/notifications?limit=1", basic(asker, PASSWORD)).object()
                .getJsonArray("items");
        JsonArray older = http.get("api/v1/me/notifications?limit=1&offset=1", basic(asker, PASSWORD)).object()
                .getJsonArray("items");
        assertEquals(1, newest.size(), newest.toString());
        assertTrue(newest.getJsonObject(0).getJsonNumber("id").longValue() > notification, "newest first");
        assertEquals(notification, older.getJsonObject(0).getJsonNumber("id").longValue(), "a page further: the older one");
        Http.Result all = http.send("POST", "api/v1/me/notifications/read", basic(asker, PASSWORD), null);
        assertEquals(200, all.status(), all.toString());
        assertEquals(0, all.object().getInt("unread"));
    }

    @Test
    void badInputIsA400ThatNamesTheFieldAndStrangersGet401() {
        Http http = new Http(base);
        String user = newOfficial(http);
        for (String query : new String[] {"limit=abc", "limit=0", "limit=101", "unread=maybe", "offset=-1"}) {
            Http.Result bad = http.get("api/v1/me/notifications?" + query, basic(user, PASSWORD));
            assertEquals(400, bad.status(), query + ": " + bad);
            assertEquals(query.substring(0, query.indexOf('=')), bad.object().getString("field"), query);
            assertFalse(bad.object().getString("message").isBlank());
        }
        Http.Result badId = http.send("POST", "api/v1/me/notifications/abc/read", basic(user, PASSWORD), null);
        assertEquals(400, badId.status(), badId.toString());
        assertEquals(404, http.send("POST", "api/v1/me/notifications/999999999/read", basic(user, PASSWORD), null)
                .status());
        assertEquals(401, http.get("api/v1/me/notifications", null).status());
        assertEquals(401, http.get("api/v1/me/subscriptions", null).status());
    }

    @Test
    void whatTheCallerWatchesCanBeSetReadAndForgottenButNotWhatTheyMayNotSee() {
        Http http = new Http(base);
        String user = newOfficial(http);
        long thread = id(http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD),
                "{\"kind\": \"QUESTION\", \"title\": \"Zonnepanelen op een beschermd monument\", \"body\": \"Kan dat?\"}"));
        assertEquals(0, subscriptions(http, user).size());

        Http.Result set = http.send("PUT", "api/v1/me/subscriptions", basic(user, PASSWORD),
                "{\"subscriptions\": [{\"target\": \"THREAD\", \"id\": " + thread + ", \"level\": \"NOTHING\"}, "
                        + "{\"target\": \"TAG\", \"tag\": \"Hemelwater\", \"level\": \"NEW_THREADS\"}]}");
        assertEquals(200, set.status(), set.toString());
        JsonArray listed = subscriptions(http, user);
        assertEquals(2, listed.size(), listed.toString());
        JsonObject silenced = listed.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("target").equals("THREAD")).findFirst().orElseThrow();
        assertEquals(thread, silenced.getJsonNumber("id").longValue());
        assertEquals("NOTHING", silenced.getString("level"));
        assertEquals("Zonnepanelen op een beschermd monument", silenced.getString("title"));
        assertEquals("/discussion/thread.xhtml?id=" + thread, silenced.getString("url"));
        assertTrue(listed.stream().map(JsonValue::asJsonObject)
                .anyMatch(s -> s.getString("target").equals("TAG") && s.getString("tag").equals("hemelwater")));

        assertBad(http, user, "{\"subscriptions\": [{\"target\": \"THREAD\", \"id\": " + thread
                + ", \"level\": \"NEW_THREADS\"}]}", "level");
        assertBad(http, user, "{\"subscriptions\": [{\"target\": \"CASTLE\", \"id\": 1, \"level\": \"EVERYTHING\"}]}",
                "target");
        assertBad(http, user, "{\"subscriptions\": [{\"target\": \"BOARD\", \"level\": \"EVERYTHING\"}]}", "id");
        assertBad(http, user, "{\"subscriptions\": []}", "subscriptions");
        assertBad(http, user, "{\"subscriptions\": [{\"target\": \"TAG\", \"tag\": \"\", \"level\": \"EVERYTHING\"}]}",
                "tag");
        assertEquals(2, subscriptions(http, user).size(), "a refused change changes nothing");

        long closed = id(http.send("POST", "api/v1/atria/provinciaal-limburg/threads", ADMIN,
                "{\"kind\": \"DISCUSSION\", \"title\": \"Besloten overleg\", \"body\": \"Alleen voor leden.\"}"));
        Http.Result hidden = http.send("PUT", "api/v1/me/subscriptions", basic(user, PASSWORD),
                "{\"subscriptions\": [{\"target\": \"THREAD\", \"id\": " + closed + ", \"level\": \"EVERYTHING\"}]}");
        assertEquals(404, hidden.status(), "a thread of a member-only Atrium does not exist for an outsider");
        assertEquals(404, http.send("PUT", "api/v1/me/subscriptions", basic(user, PASSWORD),
                "{\"subscriptions\": [{\"target\": \"THREAD\", \"id\": 999999999, \"level\": \"EVERYTHING\"}]}").status());

        Http.Result forgot = http.send("PUT", "api/v1/me/subscriptions", basic(user, PASSWORD),
                "{\"subscriptions\": [{\"target\": \"THREAD\", \"id\": " + thread + ", \"level\": null}]}");
        assertEquals(200, forgot.status(), forgot.toString());
        assertEquals(1, subscriptions(http, user).size(), "the thread is back to the default");
    }

    private static JsonArray subscriptions(Http http, String user) {
        Http.Result r = http.get("api/v1/me/subscriptions", basic(user, PASSWORD));
        assertEquals(200, r.status(), r.toString());
        return r.object().getJsonArray("subscriptions");
    }

    private static void assertBad(Http http, String user, String body, String field) {
        Http.Result r = http.send("PUT", "api/v1/me/subscriptions", basic(user, PASSWORD), body);
        assertEquals(400, r.status(), body + ": " + r);
        assertEquals(field, r.object().getString("field"), body);
    }
}
