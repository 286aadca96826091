import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fan-out and digest of one network-wide guidance publication (issue 12). Not part of the build;
 * JDK 17 and the {@code mysql} client, no dependencies. Run by {@code notify_bench.sh}:
 *
 *   java BenchNotify.java members BASE ADMIN_TOKEN COUNT [CLIENTS]
 *   java BenchNotify.java fanout  BASE ADMIN_TOKEN DB EXPECTED
 *   java BenchNotify.java digest  DB EXPECTED
 *
 * {@code members} makes COUNT officials of the Flemish municipalities (round robin), each a member
 * of a regional Atrium, through the API an administrator uses ({@code POST /api/v1/accounts},
 * {@code PUT /api/v1/atria/{slug}/members/{username}}), CLIENTS (4) at once.
 * <p>
 * {@code fanout} publishes one piece of guidance for the whole network ({@code POST /api/v1/guidance},
 * {@code POST /api/v1/guidance/{id}/publish}) and polls the database (every 50 ms) until EXPECTED
 * notifications of it exist and no more come for 3 s: the time from the publish call to the last
 * notification, and the SQL statements the server sent meanwhile (MariaDB's global {@code Questions}
 * counter, less the rate measured for 10 s before with the same polling, so the server's own
 * background polls and this program's are taken out), per recipient.
 * <p>
 * {@code digest} waits for the daily digests of a server just started with digests due (digest
 * hour 0, a short worker poll): the time from the first digest mail queued to the last (EXPECTED of
 * them), mails per second, and statements per recipient in that window, measured the same way.
 */
public class BenchNotify {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern SLUG = Pattern.compile("\"slug\"\\s*:\\s*\"([^\"]+)\"[^}]*\"kind\"\\s*:\\s*\"REGIONAL\"");
    private static final String PASSWORD = "bench password 1";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "members" -> members(args[1], args[2], Integer.parseInt(args[3]), args.length > 4 ? Integer.parseInt(args[4]) : 4);
            case "fanout" -> fanout(args[1], args[2], args[3], Integer.parseInt(args[4]));
            case "digest" -> digest(args[1], Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void members(String base, String token, int count, int clients) throws Exception {
        List<Long> municipalities = new ArrayList<>();
        Matcher m = ID.matcher(get(base, token, "api/v1/organisations?level=MUNICIPAL"));
        while (m.find()) {
            municipalities.add(Long.parseLong(m.group(1)));
        }
        List<String> atria = new ArrayList<>();
        Matcher s = SLUG.matcher(get(base, token, "api/v1/atria"));
        while (s.find()) {
            atria.add(s.group(1));
        }
        if (municipalities.isEmpty() || atria.isEmpty()) {
            throw new IllegalStateException("no municipalities or regional Atria on " + base);
        }
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> work = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        for (int i = 0; i < count; i++) {
            int n = i;
            work.add(pool.submit(() -> {
                String username = "nb" + run + "x" + n;
                send(base, token, "POST", "api/v1/accounts", "{\"username\": \"" + username + "\", \"displayName\": \"Bench "
                        + n + "\", \"email\": \"" + username + "@example.org\", \"organisationId\": "
                        + municipalities.get(n % municipalities.size()) + ", \"role\": \"OFFICIAL\", \"password\": \""
                        + PASSWORD + "\"}", 201);
                send(base, token, "PUT", "api/v1/atria/" + atria.get(n % atria.size()) + "/members/" + username,
                        "{\"role\": \"MEMBER\"}", 200);
                done.incrementAndGet();
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("members: %d officials in %d Atria in %.1f s%n", done.get(), atria.size(),
                (System.nanoTime() - start) / 1e9);
    }

    static void fanout(String base, String token, String db, int expected) throws Exception {
        double idle = idleRate(db, "SELECT 1");
        long guidance = id(send(base, token, "POST", "api/v1/guidance", "{\"kind\": \"CIRCULAR\", \"title\": "
                + "\"Omzendbrief bench hemelwater " + System.currentTimeMillis() + "\", \"summary\": \"Voor het hele netwerk.\", "
                + "\"body\": \"Nieuwe regels voor hemelwaterputten.\", \"legalBasis\": [\"Hemelwaterverordening\"], "
                + "\"effectiveFrom\": \"2027-01-01\", \"audience\": {\"network\": true, \"atria\": []}}", 201));
        String count = "SELECT COUNT(*) FROM notification WHERE kind = 'GUIDANCE_PUBLISHED' AND path LIKE '%?id="
                + guidance + "'";
        long questions = questions(db);
        long start = System.nanoTime();
        send(base, token, "POST", "api/v1/guidance/" + guidance + "/publish", "{}", 200);
        Finish finish = waitFor(db, count, expected, start);
        long statements = questions(db) - questions;
        double seconds = (finish.lastAt() - start) / 1e9;
        double wholeWindow = (System.nanoTime() - start) / 1e9;
        double own = statements - idle * wholeWindow;
        System.out.printf("fan-out: %d notifications (expected %d) in %.2f s from the publish call to the last one "
                        + "(%.0f/s); statements %d in %.1f s, idle rate %.1f/s, so %.0f by the fan-out = %.2f per recipient%n",
                finish.rows(), expected, seconds, finish.rows() / seconds, statements, wholeWindow, idle, own,
                own / Math.max(1, finish.rows()));
    }

    static void digest(String db, int expected) throws Exception {
        String count = "SELECT COUNT(*) FROM mail_message WHERE kind = 'DIGEST'";
        long start = System.nanoTime();
        while (sql(db, count) == 0) {
            if (System.nanoTime() - start > 600e9) {
                throw new IllegalStateException("no digest after 600 s");
            }
            Thread.sleep(20);
        }
        long first = System.nanoTime();
        long questions = questions(db);
        Finish finish = waitFor(db, count, expected, first);
        long statements = questions(db) - questions;
        long end = System.nanoTime();
        double seconds = (finish.lastAt() - first) / 1e9;
        double idle = idleRate(db, count);
        double own = statements - idle * ((end - first) / 1e9);
        System.out.printf("digest: %d digest mails (expected %d) in %.2f s from the first to the last (%.0f/s); "
                        + "statements %d, idle rate after %.1f/s, so %.0f by the digests = %.2f per recipient%n",
                finish.rows(), expected, seconds, finish.rows() / seconds, statements, idle, own,
                own / Math.max(1, finish.rows()));
    }

    record Finish(long rows, long lastAt) {
    }

    /** Polls COUNT every 50 ms until it reaches EXPECTED and has not grown for 3 s. */
    static Finish waitFor(String db, String count, int expected, long start) throws Exception {
        long rows = 0;
        long lastAt = start;
        while (true) {
            long now = sql(db, count);
            long t = System.nanoTime();
            if (now != rows) {
                rows = now;
                lastAt = t;
            }
            if (rows >= expected && t - lastAt > 3e9) {
                return new Finish(rows, lastAt);
            }
            if (t - start > 900e9) {
                throw new IllegalStateException("only " + rows + " of " + expected + " after 900 s");
            }
            Thread.sleep(50);
        }
    }

    /** Statements per second with nothing happening but the same polling, over 10 s. */
    static double idleRate(String db, String poll) throws Exception {
        long before = questions(db);
        long start = System.nanoTime();
        while (System.nanoTime() - start < 10e9) {
            sql(db, poll);
            Thread.sleep(50);
        }
        return (questions(db) - before) / ((System.nanoTime() - start) / 1e9);
    }

    static long questions(String db) throws Exception {
        String out = mysql(db, "SHOW GLOBAL STATUS LIKE 'Questions'");
        return Long.parseLong(out.trim().split("\\s+")[1]);
    }

    static long sql(String db, String query) throws Exception {
        return Long.parseLong(mysql(db, query).trim());
    }

    static String mysql(String db, String query) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mysql", "-uroot", "-N", "-B", "-e", query, db).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("mysql: " + out);
        }
        return out;
    }

    static String get(String base, String token, String path) throws Exception {
        return send(base, token, "GET", path, null, 200);
    }

    static String send(String base, String token, String method, String path, String json, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/" + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        b = json == null ? b.GET() : b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static long id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
