import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Search benchmark (README.md, "Search benchmark"): Atrium's search over HTTP on loopback and, side
 * by side, MariaDB FULLTEXT on the same corpus and queries. Not part of the build; JDK 17
 * single-file program, the MariaDB driver on the class path for the {@code ft-*} commands:
 *
 * <pre>
 *   java BenchSearch.java import   BASE TOKEN CORPUS [--chunk 2000] [--wait 1800 (0: no polling)] [--out FILE]
 *   java BenchSearch.java latency  BASE TOKEN QUERIES [--requests 2000] [--clients 1] [--warmup 200] [--out FILE]
 *   java BenchSearch.java lag      BASE TOKEN ATRIUM [--n 100] [--mode post|question] [--timeout 30] [--out FILE]
 *   java BenchSearch.java rank     BASE TOKEN QUERIES --out FILE.jsonl
 *   java -cp mariadb-java-client.jar BenchSearch.java ft-load    JDBC USER PASSWORD CORPUS [DEV_CORPUS] [--db atrium_fulltext] [--stopwords-nl 1] [--out FILE]
 *   java -cp mariadb-java-client.jar BenchSearch.java ft-latency JDBC USER PASSWORD QUERIES [--requests 2000] [--clients 1] [--db ..] [--table doc] [--out FILE]
 *   java -cp mariadb-java-client.jar BenchSearch.java ft-rank    JDBC USER PASSWORD QUERIES --table doc|dev_doc --out FILE.jsonl
 *   java BenchSearch.java check    FILE.json     (a saved search answer against the contract; exit 1 when it breaks it)
 * </pre>
 *
 * BASE is the server ({@code http://127.0.0.1:8083}), TOKEN an access token of an administrator
 * (import is for administrators). JDBC is the server part of a MariaDB URL
 * ({@code jdbc:mariadb://127.0.0.1:3306}); the database ({@code atrium_fulltext}) is created.
 * {@code ft-load} fills table {@code doc} (the corpus, with the dev corpus when given), {@code dev_doc} (the dev
 * corpus alone) and, with {@code --stopwords-nl 1}, {@code doc_nl}: the rows of {@code doc} indexed with a Dutch stopword
 * list instead of the server's built-in English one.
 * {@code --out} writes the figures as one JSON object (for {@code search_report.py}); {@code rank}
 * and {@code ft-rank} write one line per query: {@code {"q","kind","relevant","ranked":[titles]}}.
 *
 * <p>Every search answer is checked against the contract (API-CONTRACT.md): total, tookMs, hits with
 * type/title/url/snippet/atrium/score, facets, suggestion. Violations are counted and the first
 * ones printed; they do not stop a run.
 */
public class BenchSearch {

    static final PrintStream OUT = System.out;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            usage();
            return;
        }
        Args a = new Args(args);
        switch (args[0]) {
            case "import" -> importCorpus(a);
            case "latency" -> latency(a);
            case "lag" -> lag(a);
            case "rank" -> rank(a);
            case "ft-load" -> ftLoad(a);
            case "ft-latency" -> ftLatency(a);
            case "ft-rank" -> ftRank(a);
            case "check" -> check(a);
            default -> usage();
        }
    }

    static void usage() {
        System.err.println("usage: BenchSearch import|latency|lag|rank|ft-load|ft-latency|ft-rank ... (see the source)");
        System.exit(2);
    }

    // ------------------------------------------------------------------------------------------
    // HTTP: import, latency, lag, rank
    // ------------------------------------------------------------------------------------------

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Answer(int status, String body, long nanos) {
    }

    static Answer call(String base, String token, String method, String path, String body, String type) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base.replaceAll("/+$", "") + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(600));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        long start = System.nanoTime();
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body(), System.nanoTime() - start);
    }

    static String searchPath(String q, int limit) {
        return "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&limit=" + limit;
    }

    /** Import in chunks of lines (one request each), then poll until the last titled line is searchable. */
    static void importCorpus(Args a) throws Exception {
        String base = a.pos(1), token = a.pos(2);
        Path corpus = Path.of(a.pos(3));
        int chunk = a.intOpt("chunk", 2000);
        double wait = a.doubleOpt("wait", 1800);
        long lines = 0, created = 0, updated = 0, failed = 0, bytes = 0, posts = 0;
        List<String> errors = new ArrayList<>();
        String lastTitle = null, lastType = null;
        StringBuilder body = new StringBuilder();
        int inChunk = 0, chunks = 0;
        long start = System.nanoTime();
        double slowestChunk = 0;
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); ; line = in.readLine()) {
                if (line != null && !line.isBlank()) {
                    body.append(line).append('\n');
                    inChunk++;
                    lines++;
                    Object parsed = Json.parse(line);
                    if (parsed instanceof Map<?, ?> m && ("question".equals(m.get("type")) || "answer".equals(m.get("type")))) {
                        posts++;
                    }
                    if (parsed instanceof Map<?, ?> m && m.get("title") instanceof String t) {
                        lastTitle = t;
                        lastType = (String) m.get("type");
                    }
                }
                if (inChunk == chunk || line == null && inChunk > 0) {
                    bytes += body.length();
                    Answer r = call(base, token, "POST", "/api/v1/import", body.toString(), "application/x-ndjson");
                    chunks++;
                    slowestChunk = Math.max(slowestChunk, r.nanos / 1e9);
                    if (r.status != 200) {
                        throw new IllegalStateException("import answered " + r.status + ": " + r.body);
                    }
                    Map<?, ?> m = (Map<?, ?>) Json.parse(r.body);
                    created += num(m.get("created"));
                    updated += num(m.get("updated"));
                    failed += num(m.get("failed"));
                    if (m.get("errors") instanceof List<?> es) {
                        for (Object e : es) {
                            if (errors.size() < 20) {
                                errors.add("chunk " + chunks + " " + Json.write(e));
                            }
                        }
                    }
                    double s = (System.nanoTime() - start) / 1e9;
                    OUT.printf(Locale.ROOT, "  %,d lines in %.0f s (%.0f lines/s; this chunk %.0f lines/s)%n", lines, s,
                            lines / s, inChunk / (r.nanos / 1e9));
                    body.setLength(0);
                    inChunk = 0;
                }
                if (line == null) {
                    break;
                }
            }
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        OUT.printf(Locale.ROOT, "import: %,d lines (%.1f MB) in %.1f s = %.0f lines/s; created %,d updated %,d failed %,d%n",
                lines, bytes / 1e6, importSeconds, lines / importSeconds, created, updated, failed);
        errors.forEach(e -> OUT.println("  error " + e));
        // the last titled record, searched by the words of its title, must come back with that title
        Double searchable = null;
        int polls = 0;
        Contract contract = new Contract();
        if (lastTitle != null && wait > 0) {
            String q = a.opt("poll-q", lastTitle.replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
            long pollStart = System.nanoTime();
            while ((System.nanoTime() - pollStart) / 1e9 < wait) {
                Answer r = call(base, token, "GET", searchPath(q, 10), null, null);
                polls++;
                if (r.status == 200) {
                    Object res = Json.parse(r.body);
                    contract.check(res);
                    if (titles(res).contains(lastTitle)) {
                        searchable = (System.nanoTime() - pollStart) / 1e9;
                        break;
                    }
                } else if (polls == 1) {
                    OUT.println("  search answered " + r.status + ": " + abbreviate(r.body));
                }
                Thread.sleep(500);
            }
            OUT.printf(Locale.ROOT, "last item (%s \"%s\"): %s after the import's last answer (%d polls)%n", lastType,
                    lastTitle, searchable == null ? "NOT searchable within " + wait + " s" : String.format(Locale.ROOT,
                            "searchable %.1f s", searchable), polls);
        }
        contract.report();
        writeOut(a, Json.obj("what", "import", "lines", lines, "posts", posts, "bytes", bytes, "chunkLines", chunk, "chunks", chunks,
                "seconds", importSeconds, "linesPerSecond", lines / importSeconds, "slowestChunkSeconds", slowestChunk,
                "created", created, "updated", updated, "failed", failed, "errors", errors,
                "lastTitle", lastTitle, "lastSearchableSeconds", searchable,
                "untilSearchableSeconds", searchable == null ? null : importSeconds + searchable,
                "contractViolations", contract.violations));
    }

    record Query(String q, String kind, List<String> relevant) {
    }

    static List<Query> queries(String file) throws IOException {
        List<Query> list = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            Map<?, ?> m = (Map<?, ?>) Json.parse(line);
            List<String> rel = new ArrayList<>();
            if (m.get("relevant") instanceof List<?> l) {
                l.forEach(x -> rel.add((String) x));
            }
            list.add(new Query((String) m.get("q"), m.get("kind") == null ? "" : (String) m.get("kind"), rel));
        }
        return list;
    }

    /** One timed call of a query: client time, server time (or -1), hits total (or -1). */
    record Sample(String kind, long nanos, double serverMs, long total) {
    }

    interface Searcher {
        Sample search(Query q) throws Exception;
    }

    /**
     * The query set over {@code clients} parallel clients: warm-up, then {@code requests} calls, client
     * c starting at query c * n / clients and going round.
     */
    static List<Sample> drive(List<Query> qs, int requests, int clients, int warmup,
                              java.util.function.Supplier<Searcher> searchers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int phase = 0; phase < 2; phase++) {
                int n = phase == 0 ? warmup : requests;
                List<Future<List<Sample>>> parts = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int share = n / clients + (c < n % clients ? 1 : 0);
                    int first = c * qs.size() / clients;
                    Searcher s = searchers.get();
                    parts.add(pool.submit((Callable<List<Sample>>) () -> {
                        List<Sample> out = new ArrayList<>(share);
                        for (int i = 0; i < share; i++) {
                            out.add(s.search(qs.get((first + i) % qs.size())));
                        }
                        return out;
                    }));
                }
                List<Sample> all = new ArrayList<>();
                for (Future<List<Sample>> p : parts) {
                    all.addAll(p.get());
                }
                if (phase == 1) {
                    return all;
                }
            }
            throw new AssertionError();
        } finally {
            pool.shutdown();
        }
    }

    static void latency(Args a) throws Exception {
        String base = a.pos(1), token = a.pos(2);
        List<Query> qs = queries(a.pos(3));
        int requests = a.intOpt("requests", 2000), clients = a.intOpt("clients", 1);
        int warmup = a.intOpt("warmup", qs.size());
        Contract contract = new Contract();
        Map<String, Long> zero = new TreeMap<>();
        long t0 = System.nanoTime();
        List<Sample> samples = drive(qs, requests, clients, warmup, () -> q -> {
            Answer r = call(base, token, "GET", searchPath(q.q(), 10), null, null);
            if (r.status != 200) {
                throw new IllegalStateException("search " + q.q() + " answered " + r.status + ": " + abbreviate(r.body));
            }
            Object res = Json.parse(r.body);
            contract.check(res);
            Map<?, ?> m = res instanceof Map<?, ?> mm ? mm : Map.of();
            long total = m.get("total") instanceof Number n ? n.longValue() : -1;
            if (total == 0) {
                synchronized (zero) {
                    zero.merge(q.q(), 1L, Long::sum);
                }
            }
            return new Sample(q.kind(), r.nanos, m.get("tookMs") instanceof Number n ? n.doubleValue() : -1, total);
        });
        double wall = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> out = stats("atrium", samples, clients, wall);
        OUT.println(summaryLine("Atrium search (HTTP)", out));
        printKinds(out);
        OUT.println("  server tookMs: " + Json.write(out.get("serverMs")));
        if (!zero.isEmpty()) {
            OUT.println("  queries without hits: " + zero.keySet());
        }
        contract.report();
        out.put("zeroHitQueries", new ArrayList<>(zero.keySet()));
        out.put("contractViolations", contract.violations);
        writeOut(a, out);
    }

    /** Post (or ask) with a unique word, then search for it until found; n times. */
    static void lag(Args a) throws Exception {
        String base = a.pos(1), token = a.pos(2), atrium = a.pos(3);
        int n = a.intOpt("n", 100);
        String mode = a.opt("mode", "post");
        double timeout = a.doubleOpt("timeout", 30);
        long interval = a.intOpt("interval-ms", 20);
        Random random = new Random(System.nanoTime());
        Contract contract = new Contract();
        String threadId = null;
        if (mode.equals("post")) {
            Answer r = call(base, token, "POST", "/api/v1/atria/" + atrium + "/threads", Json.write(Json.obj(
                    "kind", "QUESTION", "title", "Meting van de zoekvertraging " + Long.toString(System.currentTimeMillis(), 36),
                    "body", "Deze vraag krijgt antwoorden met een uniek woord om te meten wanneer ze gevonden worden.",
                    "tags", List.of())), "application/json");
            if (r.status != 201) {
                throw new IllegalStateException("asking a question in " + atrium + " answered " + r.status + ": " + r.body);
            }
            threadId = String.valueOf(num(((Map<?, ?>) Json.parse(r.body)).get("id")));
            OUT.println("thread " + threadId + " in " + atrium);
        }
        List<Double> lags = new ArrayList<>(), writes = new ArrayList<>();
        List<Integer> pollCounts = new ArrayList<>();
        int missing = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder w = new StringBuilder("zoekmeting");
            for (int k = 0; k < 8; k++) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            String word = w.toString();
            Answer r = mode.equals("post")
                    ? call(base, token, "POST", "/api/v1/threads/" + threadId + "/posts", Json.write(Json.obj(
                    "body", "Meting " + (i + 1) + ": het woord " + word + " moet gevonden worden.")), "application/json")
                    : call(base, token, "POST", "/api/v1/atria/" + atrium + "/threads", Json.write(Json.obj(
                    "kind", "QUESTION", "title", "Zoekmeting " + word, "body", "Meting " + (i + 1) + " met het woord " + word + ".",
                    "tags", List.of())), "application/json");
            if (r.status != 201) {
                throw new IllegalStateException("posting answered " + r.status + ": " + r.body);
            }
            long written = System.nanoTime();
            writes.add(r.nanos / 1e6);
            int polls = 0;
            boolean found = false;
            while ((System.nanoTime() - written) / 1e9 < timeout) {
                Answer s = call(base, token, "GET", searchPath(word, 10), null, null);
                polls++;
                if (s.status == 200) {
                    Object res = Json.parse(s.body);
                    contract.check(res);
                    if (res instanceof Map<?, ?> m && m.get("total") instanceof Number t && t.longValue() > 0) {
                        found = true;
                        break;
                    }
                } else if (polls == 1 && i == 0) {
                    OUT.println("  search answered " + s.status + ": " + abbreviate(s.body));
                }
                Thread.sleep(interval);
            }
            if (found) {
                lags.add((System.nanoTime() - written) / 1e6);
                pollCounts.add(polls);
            } else {
                missing++;
            }
        }
        double[] l = lags.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] wr = writes.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        OUT.printf(Locale.ROOT, "index-to-search lag (%s, %d of %d found, poll every %d ms + the search's own time): "
                        + "p50 %.0f ms  p95 %.0f ms  max %.0f ms; the write itself p50 %.0f ms p95 %.0f ms%n", mode, l.length, n,
                interval, pct(l, 50), pct(l, 95), l.length == 0 ? Double.NaN : l[l.length - 1], pct(wr, 50), pct(wr, 95));
        contract.report();
        writeOut(a, Json.obj("what", "lag", "mode", mode, "n", n, "found", l.length, "missing", missing,
                "pollIntervalMs", interval, "p50Ms", pct(l, 50), "p95Ms", pct(l, 95), "maxMs", l.length == 0 ? null : l[l.length - 1],
                "writeP50Ms", pct(wr, 50), "writeP95Ms", pct(wr, 95), "contractViolations", contract.violations));
    }

    /** Ranked titles of each query (first 10 distinct), for the relevance report. */
    static void rank(Args a) throws Exception {
        String base = a.pos(1), token = a.pos(2);
        List<Query> qs = queries(a.pos(3));
        Contract contract = new Contract();
        List<String> lines = new ArrayList<>();
        for (Query q : qs) {
            Answer r = call(base, token, "GET", searchPath(q.q(), 10), null, null);
            List<String> ranked = new ArrayList<>();
            if (r.status == 200) {
                Object res = Json.parse(r.body);
                contract.check(res);
                for (String t : titles(res)) {
                    if (!ranked.contains(t)) {
                        ranked.add(t);
                    }
                }
            } else {
                OUT.println("  " + q.q() + ": " + r.status + " " + abbreviate(r.body));
            }
            lines.add(Json.write(Json.obj("q", q.q(), "kind", q.kind(), "relevant", q.relevant(), "ranked", ranked,
                    "ms", r.nanos / 1e6)));
        }
        Files.write(Path.of(a.req("out")), lines, StandardCharsets.UTF_8);
        contract.report();
        OUT.println("ranked " + qs.size() + " queries -> " + a.req("out"));
    }

    static void check(Args a) throws IOException {
        Contract contract = new Contract();
        contract.check(Json.parse(Files.readString(Path.of(a.pos(1)), StandardCharsets.UTF_8)));
        contract.report();
        if (contract.violations > 0) {
            System.exit(1);
        }
    }

    static List<String> titles(Object res) {
        List<String> t = new ArrayList<>();
        if (res instanceof Map<?, ?> m && m.get("hits") instanceof List<?> hits) {
            for (Object h : hits) {
                if (h instanceof Map<?, ?> hm && hm.get("title") instanceof String s) {
                    t.add(s);
                }
            }
        }
        return t;
    }

    /** Checks a search answer against API-CONTRACT.md; counts and keeps the first problems. */
    static final class Contract {
        static final Set<String> TYPES = Set.of("thread", "wiki", "guidance", "practice", "document", "meeting");
        long checked, violations;
        final List<String> first = new ArrayList<>();

        synchronized void check(Object res) {
            checked++;
            List<String> problems = new ArrayList<>();
            if (!(res instanceof Map<?, ?> m)) {
                problems.add("not an object");
            } else {
                if (!(m.get("total") instanceof Number)) problems.add("total not a number");
                if (!(m.get("tookMs") instanceof Number)) problems.add("tookMs not a number");
                if (!m.containsKey("suggestion") || !(m.get("suggestion") == null || m.get("suggestion") instanceof String)) {
                    problems.add("suggestion missing or not string/null");
                }
                if (!(m.get("facets") instanceof Map<?, ?> f)) {
                    problems.add("facets not an object");
                } else {
                    for (Object v : f.values()) {
                        if (!(v instanceof Map<?, ?> fv) || !fv.values().stream().allMatch(x -> x instanceof Number)) {
                            problems.add("a facet is not an object of counts");
                        }
                    }
                    if (m.get("total") instanceof Number t && t.longValue() > 0 && !f.containsKey("type")) {
                        problems.add("facets without type");
                    }
                }
                if (!(m.get("hits") instanceof List<?> hits)) {
                    problems.add("hits not a list");
                } else {
                    for (Object h : hits) {
                        if (!(h instanceof Map<?, ?> hm)) {
                            problems.add("hit not an object");
                            continue;
                        }
                        if (!(hm.get("type") instanceof String ty) || !TYPES.contains(ty)) problems.add("hit type " + hm.get("type"));
                        if (!(hm.get("title") instanceof String)) problems.add("hit title not a string");
                        if (!(hm.get("url") instanceof String)) problems.add("hit url not a string");
                        if (!(hm.get("snippet") instanceof String sn)) {
                            problems.add("hit snippet not a string");
                        } else if (sn.replaceAll("</?mark>", "").matches("(?s).*<[a-zA-Z/].*")) {
                            problems.add("snippet has markup other than <mark>: " + abbreviate(sn));
                        }
                        if (!hm.containsKey("atrium") || !(hm.get("atrium") == null || hm.get("atrium") instanceof String)) {
                            problems.add("hit atrium missing or not string/null");
                        }
                        if (!(hm.get("score") instanceof Number)) problems.add("hit score not a number");
                    }
                    if (m.get("total") instanceof Number t && t.longValue() < hits.size()) problems.add("total < hits");
                }
            }
            if (!problems.isEmpty()) {
                violations++;
                if (first.size() < 5) {
                    first.add(String.join("; ", new LinkedHashSet<>(problems)));
                }
            }
        }

        void report() {
            if (checked > 0) {
                OUT.printf("  contract: %d answers checked, %d with problems%s%n", checked, violations,
                        first.isEmpty() ? "" : ": " + first);
            }
        }
    }

    // ------------------------------------------------------------------------------------------
    // MariaDB FULLTEXT: load, latency, rank
    // ------------------------------------------------------------------------------------------

    static Connection connect(Args a, boolean withDb) throws SQLException {
        String server = a.pos(1).replaceAll("/+$", "");
        String url = server + "/" + (withDb ? a.opt("db", "atrium_fulltext") : "") + "?useServerPrepStmts=false";
        return DriverManager.getConnection(url, a.pos(2), a.pos(3));
    }

    /** A hit of Atrium is a thread (question and answers), a wiki page, guidance or document: so here too. */
    record Doc(String sourceId, String type, String atrium, String title, StringBuilder body) {
    }

    static Collection<Doc> docs(Path corpus) throws IOException {
        Map<String, Doc> docs = new LinkedHashMap<>();
        List<String[]> orphans = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                Map<?, ?> m = (Map<?, ?>) Json.parse(line);
                String type = (String) m.get("type");
                String text = m.get("body") instanceof String b ? b : m.get("text") instanceof String t ? t : "";
                if ("answer".equals(type)) {
                    Doc d = docs.get("question:" + m.get("parent"));
                    if (d == null) {
                        orphans.add(new String[] {(String) m.get("parent"), text});
                    } else {
                        d.body.append("\n\n").append(text);
                    }
                    continue;
                }
                String kind = "question".equals(type) ? "thread" : type;
                docs.put(type + ":" + m.get("id"), new Doc((String) m.get("id"), kind, (String) m.get("atrium"),
                        (String) m.get("title"), new StringBuilder(text)));
            }
        }
        for (String[] o : orphans) {
            Doc d = docs.get("question:" + o[0]);
            if (d != null) {
                d.body.append("\n\n").append(o[1]);
            }
        }
        return docs.values();
    }

    static void ftLoad(Args a) throws Exception {
        Path corpus = Path.of(a.pos(4));
        Path dev = a.has(5) ? Path.of(a.pos(5)) : null;
        String db = a.opt("db", "atrium_fulltext");
        if (!db.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("database name " + db);
        }
        try (Connection c = connect(a, false); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Map<String, Object> out = Json.obj("what", "ft-load", "db", db);
        try (Connection c = connect(a, true); Statement s = c.createStatement()) {
            ResultSet v = s.executeQuery("SELECT VERSION(), @@innodb_ft_min_token_size, @@innodb_ft_enable_stopword, "
                    + "@@innodb_buffer_pool_size");
            v.next();
            out.put("version", v.getString(1));
            out.put("innodbFtMinTokenSize", v.getInt(2));
            out.put("innodbFtStopwords", v.getInt(3));
            out.put("innodbBufferPoolMB", v.getLong(4) / 1048576);
            OUT.printf("MariaDB %s, innodb_ft_min_token_size %d, stopwords %s (built-in English list), buffer pool %d MB%n",
                    v.getString(1), v.getInt(2), v.getInt(3) == 1 ? "on" : "off", v.getLong(4) / 1048576);
            long t = System.nanoTime();
            Collection<Doc> docs = docs(corpus);
            Collection<Doc> devDocs = dev == null ? List.of() : docs(dev);
            OUT.printf(Locale.ROOT, "read %,d documents (threads with their answers, wiki, guidance) in %.1f s%n", docs.size(),
                    (System.nanoTime() - t) / 1e9);
            for (String table : dev == null ? List.of("doc") : List.of("doc", "dev_doc")) {
                createTable(s, table);
                Collection<Doc> rows = new ArrayList<>(table.equals("doc") ? docs : List.of());
                rows.addAll(devDocs);
                t = System.nanoTime();
                insert(c, table, rows);
                double insertS = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                s.execute("ALTER TABLE " + table + " ADD FULLTEXT INDEX ft_title_body (title, body)");
                double indexS = (System.nanoTime() - t) / 1e9;
                s.execute("ANALYZE TABLE " + table);
                ResultSet size = s.executeQuery("SELECT data_length + index_length FROM information_schema.tables "
                        + "WHERE table_schema = '" + db + "' AND table_name = '" + table + "'");
                size.next();
                OUT.printf(Locale.ROOT, "%s: %,d rows inserted in %.1f s, FULLTEXT(title, body) built in %.1f s, %.0f MB%n",
                        table, rows.size(), insertS, indexS, size.getLong(1) / 1e6);
                if (table.equals("doc")) {
                    out.put("rows", rows.size());
                    out.put("insertSeconds", insertS);
                    out.put("indexSeconds", indexS);
                    out.put("mb", size.getLong(1) / 1e6);
                    out.put("devRowsMixedIn", devDocs.size());
                }
            }
            if (a.opts.containsKey("stopwords-nl")) {
                // the same rows indexed with a Dutch stopword list (session setting: nobody else's index changes)
                s.execute("DROP TABLE IF EXISTS stopwords_nl");
                s.execute("CREATE TABLE stopwords_nl (value VARCHAR(30)) ENGINE=InnoDB");
                s.execute("INSERT INTO stopwords_nl VALUES ('" + String.join("'), ('", DUTCH_STOPWORDS.split(" ")) + "')");
                createTable(s, "doc_nl");
                s.execute("INSERT INTO doc_nl SELECT * FROM doc");
                s.execute("SET SESSION innodb_ft_user_stopword_table = '" + db + "/stopwords_nl'");
                t = System.nanoTime();
                s.execute("ALTER TABLE doc_nl ADD FULLTEXT INDEX ft_title_body (title, body)");
                double indexS = (System.nanoTime() - t) / 1e9;
                s.execute("ANALYZE TABLE doc_nl");
                OUT.printf(Locale.ROOT, "doc_nl: the same rows, FULLTEXT with %d Dutch stopwords built in %.1f s%n",
                        DUTCH_STOPWORDS.split(" ").length, indexS);
                out.put("nlIndexSeconds", indexS);
            }
            if (dev != null) {  // a corpus title equal to a labelled one would count as relevant by mistake
                Set<String> devTitles = new LinkedHashSet<>();
                devDocs.forEach(d -> devTitles.add(d.title()));
                long clash = docs.stream().filter(d -> devTitles.contains(d.title())).count();
                if (clash > 0) {
                    OUT.println("WARNING: " + clash + " benchmark documents have the title of a labelled dev document");
                }
                out.put("titleClashes", clash);
            }
        }
        writeOut(a, out);
    }

    /** Snowball's Dutch stop list. */
    static final String DUTCH_STOPWORDS = "de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er "
            + "maar om hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar naar heb hoe "
            + "heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al waren veel meer doen toen moet ben "
            + "zonder kan hun dus alles onder ja eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen na reeds wil "
            + "kon niets uw iemand geweest andere";

    static void createTable(Statement s, String table) throws SQLException {
        s.execute("DROP TABLE IF EXISTS " + table);
        s.execute("CREATE TABLE " + table + " (id INT AUTO_INCREMENT PRIMARY KEY, source_id VARCHAR(200) NOT NULL, "
                + "type VARCHAR(16) NOT NULL, atrium VARCHAR(100), title VARCHAR(255) NOT NULL, body MEDIUMTEXT NOT NULL"
                + ") ENGINE=InnoDB");
    }

    static void insert(Connection c, String table, Collection<Doc> rows) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("INSERT INTO " + table
                + " (source_id, type, atrium, title, body) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            long bytes = 0;
            for (Doc d : rows) {
                p.setString(1, d.sourceId());
                p.setString(2, d.type());
                p.setString(3, d.atrium());
                p.setString(4, d.title() == null ? "" : d.title());
                p.setString(5, d.body().toString());
                p.addBatch();
                n++;
                bytes += d.body().length();
                if (n % 500 == 0 || bytes > 4_000_000) {
                    p.executeBatch();
                    c.commit();
                    bytes = 0;
                }
            }
            p.executeBatch();
            c.commit();
        }
        c.setAutoCommit(true);
    }

    static final String FT_SQL = "SELECT title, MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE MODE) AS score FROM %s "
            + "WHERE MATCH(title, body) AGAINST (? IN NATURAL LANGUAGE MODE) ORDER BY score DESC LIMIT 10";

    static List<String> ftSearch(PreparedStatement p, String q) throws SQLException {
        p.setString(1, q);
        p.setString(2, q);
        List<String> titles = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                titles.add(r.getString(1));
            }
        }
        return titles;
    }

    static void ftLatency(Args a) throws Exception {
        List<Query> qs = queries(a.pos(4));
        int requests = a.intOpt("requests", 2000), clients = a.intOpt("clients", 1);
        int warmup = a.intOpt("warmup", qs.size());
        String table = a.opt("table", "doc");
        List<Connection> connections = new ArrayList<>();
        Map<String, Long> zero = new TreeMap<>();
        long t0 = System.nanoTime();
        List<Sample> samples;
        try {
            samples = drive(qs, requests, clients, warmup, () -> {
                try {
                    Connection c = connect(a, true);
                    connections.add(c);
                    PreparedStatement p = c.prepareStatement(String.format(FT_SQL, table));
                    return q -> {
                        long start = System.nanoTime();
                        int hits = ftSearch(p, q.q()).size();
                        long nanos = System.nanoTime() - start;
                        if (hits == 0) {
                            synchronized (zero) {
                                zero.merge(q.q(), 1L, Long::sum);
                            }
                        }
                        return new Sample(q.kind(), nanos, -1, hits);
                    };
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> out = stats("fulltext", samples, clients, wall);
        out.put("table", table);
        OUT.println(summaryLine("MariaDB FULLTEXT (JDBC, LIMIT 10)", out));
        printKinds(out);
        if (!zero.isEmpty()) {
            OUT.println("  queries without hits: " + zero.keySet());
        }
        out.put("zeroHitQueries", new ArrayList<>(zero.keySet()));
        writeOut(a, out);
    }

    static void ftRank(Args a) throws Exception {
        List<Query> qs = queries(a.pos(4));
        String table = a.req("table");
        List<String> lines = new ArrayList<>();
        try (Connection c = connect(a, true); PreparedStatement p = c.prepareStatement(String.format(FT_SQL, table))) {
            for (Query q : qs) {
                long start = System.nanoTime();
                List<String> ranked = new ArrayList<>();
                for (String t : ftSearch(p, q.q())) {
                    if (!ranked.contains(t)) {
                        ranked.add(t);
                    }
                }
                lines.add(Json.write(Json.obj("q", q.q(), "kind", q.kind(), "relevant", q.relevant(), "ranked", ranked,
                        "ms", (System.nanoTime() - start) / 1e6)));
            }
        }
        Files.write(Path.of(a.req("out")), lines, StandardCharsets.UTF_8);
        OUT.println("ranked " + qs.size() + " queries on " + table + " -> " + a.req("out"));
    }

    // ------------------------------------------------------------------------------------------
    // figures
    // ------------------------------------------------------------------------------------------

    static Map<String, Object> stats(String engine, List<Sample> samples, int clients, double wall) {
        double[] ms = samples.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
        Map<String, Object> out = Json.obj("what", "latency", "engine", engine, "clients", clients, "n", ms.length,
                "p50Ms", pct(ms, 50), "p95Ms", pct(ms, 95), "p99Ms", pct(ms, 99), "maxMs", ms[ms.length - 1],
                "meanMs", Arrays.stream(ms).average().orElse(0), "perSecond", ms.length / wall);
        double[] server = samples.stream().filter(s -> s.serverMs() >= 0).mapToDouble(Sample::serverMs).sorted().toArray();
        if (server.length > 0) {
            out.put("serverMs", Json.obj("p50", pct(server, 50), "p95", pct(server, 95), "p99", pct(server, 99)));
        }
        Map<String, List<Sample>> byKind = new TreeMap<>();
        samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        Map<String, Object> kinds = new LinkedHashMap<>();
        byKind.forEach((k, list) -> {
            double[] km = list.stream().mapToDouble(s -> s.nanos() / 1e6).sorted().toArray();
            kinds.put(k, Json.obj("n", km.length, "p50Ms", pct(km, 50), "p95Ms", pct(km, 95),
                    "meanHits", list.stream().mapToLong(Sample::total).average().orElse(0)));
        });
        out.put("kinds", kinds);
        return out;
    }

    static String summaryLine(String label, Map<String, Object> s) {
        return String.format(Locale.ROOT, "%s: %s requests, %s client(s): p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  (%.0f/s)",
                label, s.get("n"), s.get("clients"), (Double) s.get("p50Ms"), (Double) s.get("p95Ms"), (Double) s.get("p99Ms"),
                (Double) s.get("maxMs"), (Double) s.get("perSecond"));
    }

    @SuppressWarnings("unchecked")
    static void printKinds(Map<String, Object> s) {
        ((Map<String, Object>) s.get("kinds")).forEach((k, v) -> {
            Map<String, Object> m = (Map<String, Object>) v;
            OUT.printf(Locale.ROOT, "  %-14s n=%-5s p50 %6.1f ms  p95 %6.1f ms  hits %.0f%n", k, m.get("n"), (Double) m.get("p50Ms"),
                    (Double) m.get("p95Ms"), (Double) m.get("meanHits"));
        });
    }

    static double pct(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    static long num(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    static void writeOut(Args a, Map<String, Object> out) throws IOException {
        String file = a.opt("out", null);
        if (file != null) {
            Files.writeString(Path.of(file), Json.write(out) + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Positional arguments and {@code --name value} options. */
    static final class Args {
        final List<String> pos = new ArrayList<>();
        final Map<String, String> opts = new HashMap<>();

        Args(String[] args) {
            for (int i = 0; i < args.length; i++) {
                if (args[i].startsWith("--") && i + 1 < args.length) {
                    opts.put(args[i].substring(2), args[++i]);
                } else {
                    pos.add(args[i]);
                }
            }
        }

        boolean has(int i) {
            return i < pos.size();
        }

        String pos(int i) {
            if (i >= pos.size()) {
                usage();
            }
            return pos.get(i);
        }

        String opt(String name, String fallback) {
            return opts.getOrDefault(name, fallback);
        }

        String req(String name) {
            String v = opts.get(name);
            if (v == null) {
                System.err.println("--" + name + " is required");
                System.exit(2);
            }
            return v;
        }

        int intOpt(String name, int fallback) {
            return opts.containsKey(name) ? Integer.parseInt(opts.get(name)) : fallback;
        }

        double doubleOpt(String name, double fallback) {
            return opts.containsKey(name) ? Double.parseDouble(opts.get(name)) : fallback;
        }
    }

    /** Just enough JSON: objects as LinkedHashMap, arrays as ArrayList, numbers as Double or Long. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            j.ws();
            Object v = j.value();
            j.ws();
            if (j.i != j.s.length()) {
                throw j.error("trailing characters");
            }
            return v;
        }

        static Map<String, Object> obj(Object... kv) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int k = 0; k < kv.length; k += 2) {
                m.put((String) kv[k], kv[k + 1]);
            }
            return m;
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException("JSON: " + what + " at " + i + " in " + abbreviate(s));
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{': {
                    Map<String, Object> m = new LinkedHashMap<>();
                    i++;
                    ws();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        ws();
                        if (s.charAt(i) != '"') {
                            throw error("key expected");
                        }
                        String k = string();
                        ws();
                        expect(':');
                        ws();
                        m.put(k, value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[': {
                    List<Object> l = new ArrayList<>();
                    i++;
                    ws();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        ws();
                        l.add(value());
                        ws();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default: {
                    int start = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    String n = s.substring(start, i);
                    if (n.isEmpty()) {
                        throw error("unexpected '" + c + "'");
                    }
                    if (n.matches("-?\\d+")) {
                        return Long.parseLong(n);
                    }
                    return Double.parseDouble(n);
                }
            }
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) {
                throw error("bad literal");
            }
            i += word.length();
            return v;
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw error("'" + c + "' expected");
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        static String write(Object v) {
            StringBuilder b = new StringBuilder();
            write(b, v);
            return b.toString();
        }

        private static void write(StringBuilder b, Object v) {
            if (v == null) {
                b.append("null");
            } else if (v instanceof String str) {
                b.append('"');
                for (char c : str.toCharArray()) {
                    switch (c) {
                        case '"' -> b.append("\\\"");
                        case '\\' -> b.append("\\\\");
                        case '\n' -> b.append("\\n");
                        case '\r' -> b.append("\\r");
                        case '\t' -> b.append("\\t");
                        default -> {
                            if (c < 0x20) {
                                b.append(String.format("\\u%04x", (int) c));
                            } else {
                                b.append(c);
                            }
                        }
                    }
                }
                b.append('"');
            } else if (v instanceof Double d) {
                b.append(d.isNaN() || d.isInfinite() ? "null" : String.format(Locale.ROOT, "%.3f", d));
            } else if (v instanceof Number || v instanceof Boolean) {
                b.append(v);
            } else if (v instanceof Map<?, ?> m) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    write(b, String.valueOf(e.getKey()));
                    b.append(':');
                    write(b, e.getValue());
                }
                b.append('}');
            } else if (v instanceof Collection<?> c) {
                b.append('[');
                boolean first = true;
                for (Object o : c) {
                    if (!first) {
                        b.append(',');
                    }
                    first = false;
                    write(b, o);
                }
                b.append(']');
            } else {
                write(b, v.toString());
            }
        }
    }
}
