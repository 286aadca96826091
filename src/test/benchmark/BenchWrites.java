import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Concurrent writers over the API, as an attacker measured them: many clients answering a few
 * shared threads at once (every reply should be accepted: a new reply conflicts with nothing),
 * optionally reading the threads (read marks) and marking posts helpful in between, and many wiki
 * pages created at once that link to each other. Not part of the build; JDK 17, no dependencies:
 *
 *   java BenchWrites.java replies BASE ADMIN_TOKEN [CLIENTS [THREADS [SECONDS [mixed]]]]
 *   java BenchWrites.java replies BASE ADMIN_TOKEN CLIENTS ID,ID,... SECONDS      (threads that exist)
 *   java BenchWrites.java wiki    BASE ADMIN_TOKEN [PAGES]
 *
 * {@code replies} makes CLIENTS officials of Gent with a token each, an open Atrium and THREADS
 * questions in it, then lets every client post replies to the threads in turn for SECONDS
 * (default 20 clients, 5 threads, 30 s). With {@code mixed} each client also reads the thread it
 * answered (which records its read mark) and marks a post of another client helpful. It prints
 * the answers by status, p50/p95/p99 per kind of call, and checks that every thread's reply count
 * and the posts it lists equal the replies accepted for it.
 *
 * {@code wiki} creates PAGES pages (default 200) at once in a new Atrium, page i linking to pages
 * i-1 and i+1, and checks that all were created and that no link stayed red.
 */
public class BenchWrites {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final String PASSWORD = "bench writes password";

    private static String base;

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        base = args[1].endsWith("/") ? args[1] : args[1] + "/";
        String admin = "Bearer " + args[2];
        if (mode.equals("replies")) {
            int clients = args.length > 3 ? Integer.parseInt(args[3]) : 20;
            String threads = args.length > 4 ? args[4] : "5";
            int seconds = args.length > 5 ? Integer.parseInt(args[5]) : 30;
            boolean mixed = args.length > 6 && args[6].equals("mixed");
            replies(admin, clients, threads, seconds, mixed);
        } else if (mode.equals("wiki")) {
            wiki(admin, args.length > 3 ? Integer.parseInt(args[3]) : 200);
        } else {
            throw new IllegalArgumentException("replies or wiki, not " + mode);
        }
    }

    /** One call's outcome by kind (reply, read, vote): status counts and times. */
    static final class Tally {
        final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        final List<Long> times = java.util.Collections.synchronizedList(new ArrayList<>());

        void add(int status, long nanos) {
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            times.add(nanos);
        }

        long count(int status) {
            AtomicLong n = statuses.get(status);
            return n == null ? 0 : n.get();
        }

        long total() {
            return statuses.values().stream().mapToLong(AtomicLong::get).sum();
        }

        String report(String name, int ok) {
            long[] t;
            synchronized (times) {
                t = times.stream().mapToLong(Long::longValue).sorted().toArray();
            }
            long total = total();
            return String.format("%-6s n=%d  %d: %d (%.2f %%)  statuses %s  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms",
                    name, total, ok, count(ok), total == 0 ? 0 : 100.0 * count(ok) / total, new TreeMap<>(statuses),
                    pct(t, 50), pct(t, 95), pct(t, 99), t.length == 0 ? 0 : t[t.length - 1] / 1e6);
        }
    }

    static void replies(String admin, int clients, String threadsArg, int seconds, boolean mixed) throws Exception {
        String n = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String atrium = "bench-writes-" + n;
        expect(201, send("POST", "api/v1/atria", admin, "{\"slug\": \"" + atrium + "\", \"name\": \"Bench writes " + n
                + "\", \"kind\": \"THEMATIC\", \"membersOnly\": false}"));
        String[] tokens = officials(admin, clients, n);
        long[] threads = threadsArg.contains(",") ? Arrays.stream(threadsArg.split(",")).mapToLong(Long::parseLong).toArray()
                : new long[Integer.parseInt(threadsArg)];
        int threadCount = threads.length;
        for (int t = 0; t < threadCount && !threadsArg.contains(","); t++) {
            threads[t] = id(expect(201, send("POST", "api/v1/atria/" + atrium + "/threads", tokens[t % clients],
                    "{\"kind\": \"QUESTION\", \"title\": \"Gedeelde vraag " + t + " van de benchmark " + n
                            + "\", \"body\": \"Wie weet het?\"}")));
        }
        System.out.printf("Atrium %s, %d clients, %d threads %s, %d s%s%n", atrium, clients, threadCount,
                Arrays.toString(threads), seconds, mixed ? ", with reads and helpful votes" : "");

        int[] before = new int[threadCount];
        for (int t = 0; t < threadCount; t++) {
            before[t] = number(expect(200, send("GET", "api/v1/threads/" + threads[t] + "?limit=1", admin, null)).body(),
                    "replies");
        }
        Tally replies = new Tally();
        Tally reads = new Tally();
        Tally votes = new Tally();
        AtomicLong[] accepted = new AtomicLong[threadCount];
        Arrays.setAll(accepted, i -> new AtomicLong());
        Tally[] perThread = new Tally[threadCount];
        Arrays.setAll(perThread, i -> new Tally());
        Map<Long, Integer> postAuthor = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        long[] window = new long[2];
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    Set<Long> voted = new java.util.HashSet<>();
                    int i = client;
                    while (System.nanoTime() < window[1]) {
                        int t = i++ % threadCount;
                        long begin = System.nanoTime();
                        HttpResponse<String> r = send("POST", "api/v1/threads/" + threads[t] + "/posts", tokens[client],
                                "{\"body\": \"Antwoord " + i + " van client " + client + ": zie artikel 4.2.1.\"}");
                        replies.add(r.statusCode(), System.nanoTime() - begin);
                        perThread[t].add(r.statusCode(), 0);
                        if (r.statusCode() == 201) {
                            accepted[t].incrementAndGet();
                            postAuthor.put(id(r), client);
                        } else if (failures.size() < 5) {
                            failures.add("reply " + r.statusCode() + " " + r.body());
                        }
                        if (!mixed) {
                            continue;
                        }
                        begin = System.nanoTime();
                        r = send("GET", "api/v1/threads/" + threads[t] + "?limit=5", tokens[client], null);
                        reads.add(r.statusCode(), System.nanoTime() - begin);
                        Long target = postAuthor.entrySet().stream()
                                .filter(e -> e.getValue() != client && !voted.contains(e.getKey()))
                                .map(Map.Entry::getKey).findAny().orElse(null);
                        if (target != null) {
                            voted.add(target);
                            begin = System.nanoTime();
                            r = send("POST", "api/v1/posts/" + target + "/helpful", tokens[client], null);
                            votes.add(r.statusCode(), System.nanoTime() - begin);
                            if (r.statusCode() != 200 && failures.size() < 5) {
                                failures.add("vote " + r.statusCode() + " " + r.body());
                            }
                        }
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            });
            worker.start();
            workers.add(worker);
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + seconds * 1_000_000_000L;
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - window[0]) / 1e9;
        System.out.println(replies.report("reply", 201));
        System.out.printf("       %.1f replies accepted a second%n", replies.count(201) / elapsed);
        if (mixed) {
            System.out.println(reads.report("read", 200));
            System.out.println(votes.report("vote", 200));
        }
        failures.forEach(f -> System.out.println("  e.g. " + f));

        boolean consistent = true;
        for (int t = 0; t < threadCount; t++) {
            String thread = send("GET", "api/v1/threads/" + threads[t] + "?limit=1", admin, null).body();
            int count = number(thread, "replies");
            int listed = 0;
            for (int offset = 0; ; offset += 100) {
                String page = send("GET", "api/v1/threads/" + threads[t] + "?limit=100&offset=" + offset, admin, null).body();
                int onPage = count(page, "\"opening\":false");
                listed += onPage;
                if (onPage < 100) {
                    break;
                }
            }
            count -= before[t];
            listed -= before[t];
            boolean ok = count == accepted[t].get() && listed == accepted[t].get();
            consistent &= ok;
            System.out.printf("thread %d: %d replies accepted %s, reply count +%d, posts listed +%d %s%n", threads[t],
                    accepted[t].get(), new TreeMap<>(perThread[t].statuses), count, listed, ok ? "ok" : "MISMATCH");
        }
        if (mixed) {
            long helpful = 0;
            for (long thread : threads) {
                for (int offset = 0; ; offset += 100) {
                    String page = send("GET", "api/v1/threads/" + thread + "?limit=100&offset=" + offset, admin, null).body();
                    Matcher m = Pattern.compile("\"opening\":false.*?\"helpful\":(\\d+)").matcher(page);
                    int onPage = 0;
                    while (m.find()) {
                        helpful += Long.parseLong(m.group(1));
                        onPage++;
                    }
                    if (onPage < 100) {
                        break;
                    }
                }
            }
            boolean ok = helpful == votes.count(200);
            consistent &= ok;
            System.out.printf("helpful marks: %d accepted, %d counted on the posts %s%n", votes.count(200), helpful,
                    ok ? "ok" : "MISMATCH");
        }
        System.out.println(consistent ? "CONSISTENT" : "INCONSISTENT");
    }

    static void wiki(String admin, int pages) throws Exception {
        String n = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String atrium = "bench-wiki-" + n;
        expect(201, send("POST", "api/v1/atria", admin, "{\"slug\": \"" + atrium + "\", \"name\": \"Bench wiki " + n
                + "\", \"kind\": \"THEMATIC\", \"membersOnly\": false}"));
        Tally created = new Tally();
        Map<Integer, Long> ids = new ConcurrentHashMap<>();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            int page = p;
            Thread worker = new Thread(() -> {
                try {
                    start.await();
                    String body = "Zie [[Pagina " + n + " " + ((page + pages - 1) % pages) + "]] en [[Pagina " + n + " "
                            + ((page + 1) % pages) + "]].";
                    long begin = System.nanoTime();
                    HttpResponse<String> r = send("POST", "api/v1/wiki", admin, "{\"atrium\": \"" + atrium
                            + "\", \"title\": \"Pagina " + n + " " + page + "\", \"body\": \"" + body + "\"}");
                    created.add(r.statusCode(), System.nanoTime() - begin);
                    if (r.statusCode() == 201) {
                        ids.put(page, id(r));
                    } else if (failures.size() < 5) {
                        failures.add(r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    failures.add(e.toString());
                }
            });
            worker.start();
            workers.add(worker);
        }
        long begin = System.nanoTime();
        start.countDown();
        for (Thread w : workers) {
            w.join();
        }
        System.out.printf("%d pages at once in %s, %.1f s%n", pages, atrium, (System.nanoTime() - begin) / 1e9);
        System.out.println(created.report("create", 201));
        failures.forEach(f -> System.out.println("  e.g. " + f));
        int red = 0;
        for (long id : ids.values()) {
            String body = send("GET", "api/v1/wiki/" + id, admin, null).body();
            if (body.contains("/wiki/edit.xhtml?")) {
                red++;
            }
        }
        System.out.printf("pages with a red link left: %d of %d%n", red, ids.size());
        System.out.println(ids.size() == pages && red == 0 ? "CONSISTENT" : "INCONSISTENT");
    }

    /** CLIENTS new officials of Gent, each with a personal access token (Bearer). */
    static String[] officials(String admin, int clients, String n) throws Exception {
        String organisations = expect(200, send("GET", "api/v1/organisations?level=MUNICIPAL", admin, null)).body();
        Matcher gent = Pattern.compile("\\{[^{}]*\"nisCode\"\\s*:\\s*\"44021\"[^{}]*}").matcher(organisations);
        if (!gent.find()) {
            throw new IllegalStateException("no Gent among the organisations");
        }
        long organisation = Long.parseLong(find(ID, gent.group()));
        String[] tokens = new String[clients];
        for (int c = 0; c < clients; c++) {
            String username = "bench" + n + "c" + c;
            expect(201, send("POST", "api/v1/accounts", admin, "{\"username\": \"" + username + "\", \"displayName\": "
                    + "\"Bench " + c + "\", \"email\": \"" + username + "@gent.example\", \"organisationId\": "
                    + organisation + ", \"role\": \"OFFICIAL\", \"password\": \"" + PASSWORD + "\"}"));
            String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            String token = expect(201, send("POST", "api/v1/me/tokens", basic, "{\"name\": \"bench\"}")).body();
            tokens[c] = "Bearer " + find(Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\""), token);
        }
        return tokens;
    }

    static HttpResponse<String> send(String method, String path, String authorization, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Authorization", authorization);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return CLIENT.send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static long id(HttpResponse<String> response) {
        return Long.parseLong(find(ID, response.body()));
    }

    static int number(String json, String field) {
        return Integer.parseInt(find(Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)"), json));
    }

    static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static String find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return m.group(1);
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }
}
