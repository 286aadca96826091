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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.newOfficial;
import static be.atrium.testsupport.Api.newOfficials;
import static be.atrium.testsupport.Api.suffix;
import static be.atrium.testsupport.Http.basic;
import static be.atrium.testsupport.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many people writing at once through the API, as a busy morning would: replies, reads (which
 * record read marks) and helpful votes on the same few threads, and wiki pages created at once
 * that link to each other. None of these conflicts with another, so every call succeeds and every
 * count adds up; only two people editing the same text conflict (409).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentWritesApiIT {

    private static final int CLIENTS = 20;
    private static final int THREADS = 5;
    private static final int REPLIES_EACH = 5;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void repliesVotesAndReadMarksOnSharedThreadsAllSucceedAndAddUp() throws Exception {
        Http http = new Http(base);
        String atrium = openAtrium(http);
        List<String> clients = newOfficials(http, CLIENTS).stream().map(u -> basic(u, PASSWORD)).toList();
        long[] threads = new long[THREADS];
        long[] openings = new long[THREADS];
        for (int t = 0; t < THREADS; t++) {
            Http.Result asked = http.send("POST", "api/v1/atria/" + atrium + "/threads", clients.get(0),
                    "{\"kind\": \"QUESTION\", \"title\": \"Gedeelde vraag " + t + "\", \"body\": \"Wie weet het?\"}");
            assertEquals(201, asked.status(), asked.toString());
            threads[t] = asked.object().getJsonNumber("id").longValue();
            openings[t] = http.get("api/v1/threads/" + threads[t], clients.get(0)).object().getJsonArray("posts")
                    .getJsonObject(0).getJsonNumber("id").longValue();
        }
        Map<Long, AtomicInteger> sent = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> failures = new ArrayList<>();

        inParallel(CLIENTS, c -> {
            for (int i = 0; i < REPLIES_EACH; i++) {
                int t = (c + i) % THREADS;
                Http.Result reply = http.send("POST", "api/v1/threads/" + threads[t] + "/posts", clients.get(c),
                        "{\"body\": \"Antwoord " + i + " van " + c + "\"}");
                count(answers, failures, "reply", 201, reply);
                if (reply.status() == 201) {
                    sent.computeIfAbsent(threads[t], k -> new AtomicInteger()).incrementAndGet();
                }
                count(answers, failures, "read", 200, http.get("api/v1/threads/" + threads[t] + "?limit=5", clients.get(c)));
                if (c > 0 && i < THREADS) { // everyone but the asker marks each question helpful once
                    count(answers, failures, "vote", 200,
                            http.send("POST", "api/v1/posts/" + openings[t] + "/helpful", clients.get(c), null));
                }
            }
        });

        assertEquals(List.of(), failures, "every call succeeds: " + new TreeMap<>(answers));
        assertEquals(CLIENTS * REPLIES_EACH, answers.get("reply 201").get());
        for (int t = 0; t < THREADS; t++) {
            JsonObject thread = http.get("api/v1/threads/" + threads[t] + "?limit=100", ADMIN).object();
            List<JsonObject> posts = thread.getJsonArray("posts").stream().map(JsonValue::asJsonObject).toList();
            int replies = sent.get(threads[t]).get();
            assertEquals(replies, thread.getInt("replies"), "the thread's reply count");
            assertEquals(replies, posts.stream().filter(p -> !p.getBoolean("opening")).count(), "the replies listed");
            assertEquals(CLIENTS - 1, posts.get(0).getInt("helpful"), "every helpful mark counted");
        }
        JsonObject board = http.get("api/v1/atria/" + atrium + "/threads?limit=" + THREADS, clients.get(1)).object();
        assertEquals(THREADS, board.getInt("total"));
        assertTrue(board.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .allMatch(t -> t.getInt("replies") == sent.get(t.getJsonNumber("id").longValue()).get()), board.toString());
    }

    @Test
    void wikiPagesCreatedAtOnceThatLinkToEachOtherAreAllCreatedWithTheirLinksBlue() throws Exception {
        Http http = new Http(base);
        String atrium = openAtrium(http);
        int pages = 30;
        String n = suffix();
        Map<Integer, Long> ids = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<String> failures = new ArrayList<>();

        inParallel(pages, p -> {
            String body = "Zie [[Pagina " + n + " " + (p + pages - 1) % pages + "]] en [[Pagina " + n + " "
                    + (p + 1) % pages + "]].";
            Http.Result created = http.send("POST", "api/v1/wiki", ADMIN, "{\"atrium\": \"" + atrium
                    + "\", \"title\": \"Pagina " + n + " " + p + "\", \"body\": \"" + body + "\"}");
            count(answers, failures, "create", 201, created);
            if (created.status() == 201) {
                ids.put(p, created.object().getJsonNumber("id").longValue());
            }
        });

        assertEquals(List.of(), failures, "every page is created: " + new TreeMap<>(answers));
        for (int p = 0; p < pages; p++) {
            String html = http.get("api/v1/wiki/" + ids.get(p), ADMIN).object().getString("bodyHtml");
            assertFalse(html.contains("class=\"new\""), "no red link left on page " + p + ": " + html);
            assertTrue(html.contains("/wiki/page.xhtml?id&#61;" + ids.get((p + pages - 1) % pages) + "\"")
                    && html.contains("/wiki/page.xhtml?id&#61;" + ids.get((p + 1) % pages) + "\""), "both neighbours linked: " + html);
        }
    }

    /**
     * A reply held up by a lock that is not released (another program holding the thread's row) is
     * answered "busy, try again" after two lock waits, not after minutes and not with a 500; nothing
     * is saved, and once the lock is gone the same call succeeds.
     */
    @Test
    void aReplyHeldUpByALockThatStaysIsAnsweredBusyAndTheRetryLaterSucceeds() throws Exception {
        Http http = new Http(base);
        String atrium = openAtrium(http);
        String asker = basic(newOfficial(http), PASSWORD);
        Http.Result asked = http.send("POST", "api/v1/atria/" + atrium + "/threads", asker,
                "{\"kind\": \"QUESTION\", \"title\": \"Vraag met een vastgehouden rij\", \"body\": \"Wie weet het?\"}");
        assertEquals(201, asked.status(), asked.toString());
        long thread = asked.object().getJsonNumber("id").longValue();

        Http.Result busy;
        long started;
        try (Connection holder = DriverManager.getConnection(System.getProperty("atrium.it.db.url"),
                System.getProperty("atrium.it.db.user"), System.getProperty("atrium.it.db.password"))) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM discussion_thread WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, thread);
                lock.executeQuery().close();
            }
            started = System.nanoTime();
            busy = http.send("POST", "api/v1/threads/" + thread + "/posts", asker, "{\"body\": \"Een antwoord dat moet wachten\"}");
            holder.rollback();
        }
        long waitedSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);

        assertEquals(503, busy.status(), busy.toString());
        assertEquals("busy", busy.object().getString("error"));
        assertEquals("2", busy.header("Retry-After"));
        assertTrue(waitedSeconds < 28, "two lock waits of 10 s, not InnoDB's 50 s ones: " + waitedSeconds + " s");
        assertEquals(0, http.get("api/v1/threads/" + thread, asker).object().getInt("replies"), "nothing saved");

        Http.Result retried = http.send("POST", "api/v1/threads/" + thread + "/posts", asker,
                "{\"body\": \"Een antwoord dat moet wachten\"}");
        assertEquals(201, retried.status(), retried.toString());
        assertEquals(1, http.get("api/v1/threads/" + thread, asker).object().getInt("replies"));
    }

    @Test
    void twoPeopleEditingTheSameTextAtOnceStillConflict() throws Exception {
        Http http = new Http(base);
        String atrium = openAtrium(http);
        // a token: Basic would log the same account in three times at once, which is not what is tested here
        Http.Result token = http.send("POST", "api/v1/me/tokens", basic(newOfficial(http), PASSWORD), "{\"name\": \"edits\"}");
        String asker = bearer(token.object().getString("token"));
        Http.Result asked = http.send("POST", "api/v1/atria/" + atrium + "/threads", asker,
                "{\"kind\": \"QUESTION\", \"title\": \"Een vraag om te bewerken\", \"body\": \"Eerste tekst\"}");
        long opening = http.get("api/v1/threads/" + asked.object().getJsonNumber("id").longValue(), asker).object()
                .getJsonArray("posts").getJsonObject(0).getJsonNumber("id").longValue();
        Http.Result page = http.send("POST", "api/v1/wiki", ADMIN, "{\"atrium\": \"" + atrium
                + "\", \"title\": \"Te bewerken " + suffix() + "\", \"body\": \"Eerste tekst\"}");
        long pageId = page.object().getJsonNumber("id").longValue();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();

        inParallel(6, e -> {
            Http.Result edited = e % 2 == 0
                    ? http.send("PUT", "api/v1/posts/" + opening, asker,
                            "{\"body\": \"Versie " + e + "\", \"baseRevision\": 1}")
                    : http.send("PUT", "api/v1/wiki/" + pageId, ADMIN,
                            "{\"body\": \"Versie " + e + "\", \"baseRevision\": 1}");
            answers.computeIfAbsent((e % 2 == 0 ? "post " : "wiki ") + edited.status(), k -> new AtomicInteger())
                    .incrementAndGet();
        });

        assertEquals("{post 200=1, post 409=2, wiki 200=1, wiki 409=2}", new TreeMap<>(answers).toString(),
                "one edit of each text wins, the others made from the same revision are refused");
    }

    /** A new open Atrium for one test, made by the administrator. */
    private static String openAtrium(Http http) {
        String slug = "it-concurrent-" + suffix();
        Http.Result made = http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug
                + "\", \"name\": \"Tegelijk " + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": false}");
        assertEquals(201, made.status(), made.toString());
        return slug;
    }

    /** Counts an answer by kind and status; an unexpected status is a failure (the first few kept). */
    private static void count(Map<String, AtomicInteger> answers, List<String> failures, String kind, int expected,
                              Http.Result result) {
        answers.computeIfAbsent(kind + " " + result.status(), k -> new AtomicInteger()).incrementAndGet();
        if (result.status() != expected) {
            synchronized (failures) {
                if (failures.size() < 5) {
                    failures.add(kind + ": " + result);
                }
            }
        }
    }

    /** What a writer does, numbered from 0. */
    private interface Writer {
        void write(int number) throws Exception;
    }

    /** Runs the writers at the same moment, each on a thread of its own, and waits for all of them. */
    private static void inParallel(int writers, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int number = w;
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await();
                    writer.write(number);
                    return null;
                }));
            }
            start.countDown();
            for (Future<Void> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
