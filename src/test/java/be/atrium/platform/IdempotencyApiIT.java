package be.atrium.platform;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Http.basic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A client that did not get its answer (a timeout, a dropped connection) sends the same POST again
 * with the same {@code Idempotency-Key}: one question, one reply, and the first answer again, also
 * when the two arrive at the same time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdempotencyApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    private static Map<String, String> key(String key) {
        return Map.of("Idempotency-Key", key);
    }

    private static String question(String title) {
        return "{\"kind\": \"QUESTION\", \"title\": \"" + title + "\", \"body\": \"Mag een carport in de voortuin?\"}";
    }

    /** The threads of this account in Gent with this title. */
    private static long threadsTitled(Http http, String user, String title) {
        JsonObject mine = http.get("api/v1/atria/gent/threads?mine=true&limit=100", basic(user, PASSWORD)).object();
        return mine.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(t -> title.equals(t.getString("title"))).count();
    }

    private static void assertSameAnswer(Http.Result first, Http.Result again) {
        assertEquals(first.status(), again.status(), again.toString());
        assertEquals(first.header("Location"), again.header("Location"));
        assertEquals(first.body(), again.body());
    }

    @Test
    void theSamePostTwiceMakesOneQuestionAndOneReplyAndAnswersTheFirstAnswerAgain() {
        Http http = new Http(base);
        String user = newOfficial(http);
        String title = "Carport in de voortuin " + UUID.randomUUID();
        String askKey = UUID.randomUUID().toString();

        Http.Result asked = http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD), question(title), key(askKey));
        assertEquals(201, asked.status(), asked.toString());
        assertNull(asked.header("Idempotent-Replayed"));
        Http.Result again = http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD), question(title),
                key("\"" + askKey + "\""));
        assertSameAnswer(asked, again);
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(1, threadsTitled(http, user, title));

        long thread = asked.object().getJsonNumber("id").longValue();
        String reply = "{\"body\": \"Ja, tot 40 m\u00b2 en mits voorwaarden.\"}";
        String replyKey = UUID.randomUUID().toString();
        Http.Result replied = http.send("POST", "api/v1/threads/" + thread + "/posts", basic(user, PASSWORD), reply,
                key(replyKey));
        assertEquals(201, replied.status(), replied.toString());
        assertSameAnswer(replied, http.send("POST", "api/v1/threads/" + thread + "/posts", basic(user, PASSWORD), reply,
                key(replyKey)));
        assertEquals(2, http.get("api/v1/threads/" + thread, basic(user, PASSWORD)).object().getJsonArray("posts").size(),
                "the question and one reply");

        // without a key every POST counts; another key is another request
        assertEquals(201, http.send("POST", "api/v1/threads/" + thread + "/posts", basic(user, PASSWORD), reply,
                key(UUID.randomUUID().toString())).status());
        assertEquals(3, http.get("api/v1/threads/" + thread, basic(user, PASSWORD)).object().getJsonArray("posts").size());
    }

    @Test
    void theSamePostAtTheSameTimeMakesOneQuestionAndEveryoneGetsItsAnswer() throws Exception {
        Http http = new Http(base);
        String user = newOfficial(http);
        String title = "Tegelijk gevraagd " + UUID.randomUUID();
        String sameKey = UUID.randomUUID().toString();
        int clients = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Http.Result>> sent = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Callable<Http.Result> post = () -> {
                    start.await();
                    return new Http(base).send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD), question(title),
                            key(sameKey));
                };
                sent.add(pool.submit(post));
            }
            start.countDown();
            List<Http.Result> answers = new ArrayList<>();
            for (Future<Http.Result> f : sent) {
                answers.add(f.get(120, TimeUnit.SECONDS));
            }
            assertEquals(201, answers.get(0).status(), answers.get(0).toString());
            for (Http.Result answer : answers) {
                assertSameAnswer(answers.get(0), answer);
            }
            assertEquals(clients - 1, answers.stream().filter(a -> "true".equals(a.header("Idempotent-Replayed"))).count(),
                    "one ran, the others got its answer");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, threadsTitled(http, user, title));
    }

    @Test
    void aKeyBelongsToOneRequestOfOneAccount() {
        Http http = new Http(base);
        String user = newOfficial(http);
        String other = newOfficial(http);
        String title = "Eén sleutel " + UUID.randomUUID();
        String sameKey = UUID.randomUUID().toString();

        assertEquals(201, http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD), question(title),
                key(sameKey)).status());
        Http.Result changed = http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD), question(title + " bis"),
                key(sameKey));
        assertEquals(422, changed.status(), changed.toString());
        assertEquals("idempotency_key_reused", changed.object().getString("error"));

        Http.Result otherAccount = http.send("POST", "api/v1/atria/gent/threads", basic(other, PASSWORD), question(title),
                key(sameKey));
        assertEquals(201, otherAccount.status(), "another account's key is its own: " + otherAccount);
        assertNotEquals(http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD), question(title),
                key(sameKey)).header("Location"), otherAccount.header("Location"));
        assertEquals(1, threadsTitled(http, user, title));
        assertEquals(1, threadsTitled(http, other, title));

        Http.Result bad = http.send("POST", "api/v1/atria/gent/threads", basic(user, PASSWORD), question(title),
                key("twee woorden"));
        assertEquals(400, bad.status(), bad.toString());
        assertEquals("invalid_idempotency_key", bad.object().getString("error"));
    }
}
