import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several Atrium nodes against one: read throughput with requests spread round-robin over the
 * nodes, the latency of a write, and how long a post written through one node takes to be found
 * by a search on another. Not part of the build. It uses {@code BenchLoad} (percentiles) and
 * {@code BenchSearch} (API calls, JSON), so compile the three together (see README.md):
 *
 * <pre>
 *   javac -d /tmp/bench-classes src/test/benchmark/{BenchLoad,BenchSearch,BenchCluster}.java
 *   java -cp /tmp/bench-classes BenchCluster reads TOKEN CLIENTS REQUESTS BASE[,BASE...] PATH [PATH...]
 *   java -cp /tmp/bench-classes BenchCluster writes TOKEN N BASE[,BASE...] ATRIUM
 *   java -cp /tmp/bench-classes BenchCluster visibility TOKEN N WRITE_BASE SEARCH_BASE ATRIUM
 * </pre>
 *
 * <ul>
 * <li>{@code reads}: per path, a warm-up (a tenth, at least 100), then REQUESTS GETs by CLIENTS
 * concurrent clients; request i goes to BASE[i mod nodes]. Prints requests/s over the wall time and
 * p50/p95/p99 of the time to the full body.</li>
 * <li>{@code writes}: asks one question through the first node, then posts N answers to it one
 * after the other (one client: the latency without queueing), round-robin over the nodes.</li>
 * <li>{@code visibility}: asks a question through WRITE_BASE, then N times posts an answer with a
 * unique word through WRITE_BASE and searches for that word on SEARCH_BASE every 20 ms until it is
 * found (30 s at most); prints p50/p95/max of the time from the write's 201 to the first hit. Give
 * the same base twice for a node's own index.</li>
 * </ul>
 * Every line of results ends with a Markdown table row, to paste into README.md.
 */
public class BenchCluster {

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
        }
        switch (args[0]) {
            case "reads" -> reads(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), bases(args[4]),
                    Arrays.copyOfRange(args, 5, args.length));
            case "writes" -> writes(args[1], Integer.parseInt(args[2]), bases(args[3]), args[4]);
            case "visibility" -> visibility(args[1], Integer.parseInt(args[2]), args[3], args[4], args[5]);
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: BenchCluster reads|writes|visibility ... (see the source)");
        System.exit(2);
    }

    static List<String> bases(String list) {
        return Arrays.stream(list.split(",")).map(b -> b.replaceAll("/+$", "")).toList();
    }

    static void reads(String token, int clients, int requests, List<String> bases, String[] paths) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : paths) {
            List<HttpRequest> perNode = bases.stream().map(base -> HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).GET().build()).toList();
            spread(client, perNode, Math.max(100, requests / 10), clients); // warm-up
            long start = System.nanoTime();
            long[] times = spread(client, perNode, requests, clients);
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%s on %d node(s), %d clients: %.0f req/s  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms"
                            + "%n| `%s` | %d | %d | %.0f | %.1f | %.1f | %.1f |%n",
                    path, bases.size(), clients, times.length / seconds, BenchLoad.pct(times, 50), BenchLoad.pct(times, 95),
                    BenchLoad.pct(times, 99), path, bases.size(), clients, times.length / seconds, BenchLoad.pct(times, 50),
                    BenchLoad.pct(times, 95), BenchLoad.pct(times, 99));
        }
    }

    /** n GETs by the given number of clients, request i to node i mod nodes; the time of each. */
    static long[] spread(HttpClient client, List<HttpRequest> perNode, int n, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long[] all = new long[n];
        List<Future<?>> parts = new ArrayList<>();
        for (int w = 0; w < clients; w++) {
            parts.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    HttpRequest request = perNode.get(i % perNode.size());
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    all[i] = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " "
                                + new String(response.body()));
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<?> part : parts) {
                part.get();
            }
        } finally {
            pool.shutdownNow(); // a failed request ends the run instead of leaving the other clients going
        }
        return all;
    }

    static void writes(String token, int n, List<String> bases, String atrium) throws Exception {
        long thread = ask(token, bases.get(0), atrium, "Meting van de schrijftijd");
        long[] times = new long[n];
        for (int i = 0; i < n; i++) {
            times[i] = post(token, bases.get(i % bases.size()), thread, "Antwoord " + (i + 1) + " van de schrijfmeting.").nanos();
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "POST /api/v1/threads/%d/posts on %d node(s), one client, n=%d: p50 %.1f ms  p95 %.1f ms  "
                        + "p99 %.1f ms%n| POST answer | %d | %d | %.1f | %.1f | %.1f |%n", thread, bases.size(), n,
                BenchLoad.pct(times, 50), BenchLoad.pct(times, 95), BenchLoad.pct(times, 99), bases.size(), n,
                BenchLoad.pct(times, 50), BenchLoad.pct(times, 95), BenchLoad.pct(times, 99));
    }

    static void visibility(String token, int n, String writeBase, String searchBase, String atrium) throws Exception {
        writeBase = writeBase.replaceAll("/+$", "");
        searchBase = searchBase.replaceAll("/+$", "");
        long thread = ask(token, writeBase, atrium, "Meting van de zichtbaarheid tussen nodes");
        Random random = new Random(System.nanoTime());
        long[] lags = new long[n];
        int found = 0;
        int polls = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder("nodemeting");
            for (int k = 0; k < 8; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            String word = w.toString();
            post(token, writeBase, thread, "Meting " + (i + 1) + ": het woord " + word + " moet op elke node gevonden worden.");
            long written = System.nanoTime();
            while (System.nanoTime() - written < 30_000_000_000L) {
                BenchSearch.Answer s = BenchSearch.call(searchBase, token, "GET", BenchSearch.searchPath(word, 5), null, null);
                polls++;
                if (s.status() == 200 && BenchSearch.Json.parse(s.body()) instanceof Map<?, ?> m
                        && m.get("total") instanceof Number total && total.longValue() > 0) {
                    lags[found++] = System.nanoTime() - written;
                    break;
                }
                Thread.sleep(20);
            }
        }
        long[] sorted = Arrays.copyOf(lags, found);
        Arrays.sort(sorted);
        String where = writeBase.equals(searchBase) ? "the same node" : "another node";
        System.out.printf(Locale.ROOT, "written on %s, searched on %s (%s): %d of %d found, p50 %.0f ms  p95 %.0f ms  max %.0f ms"
                        + " (poll every 20 ms + the search's own time; %d searches)%n| %s | %d/%d | %.0f | %.0f | %.0f |%n",
                writeBase, searchBase, where, found, n, pct(sorted, 50), pct(sorted, 95),
                found == 0 ? Double.NaN : sorted[found - 1] / 1e6, polls, where, found, n, pct(sorted, 50), pct(sorted, 95),
                found == 0 ? Double.NaN : sorted[found - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : BenchLoad.pct(sorted, p);
    }

    static long ask(String token, String base, String atrium, String title) throws Exception {
        BenchSearch.Answer r = BenchSearch.call(base, token, "POST", "/api/v1/atria/" + atrium + "/threads",
                BenchSearch.Json.write(BenchSearch.Json.obj("kind", "QUESTION",
                        "title", title + " " + Long.toString(System.currentTimeMillis(), 36),
                        "body", "Deze vraag krijgt antwoorden om Atrium op meerdere nodes te meten.", "tags", List.of())),
                "application/json");
        if (r.status() != 201) {
            throw new IllegalStateException("asking a question in " + atrium + " answered " + r.status() + ": " + r.body());
        }
        return ((Number) ((Map<?, ?>) BenchSearch.Json.parse(r.body())).get("id")).longValue();
    }

    static BenchSearch.Answer post(String token, String base, long thread, String body) throws Exception {
        BenchSearch.Answer r = BenchSearch.call(base, token, "POST", "/api/v1/threads/" + thread + "/posts",
                BenchSearch.Json.write(BenchSearch.Json.obj("body", body)), "application/json");
        if (r.status() != 201) {
            throw new IllegalStateException("posting through " + base + " answered " + r.status() + ": " + r.body());
        }
        return r;
    }
}
