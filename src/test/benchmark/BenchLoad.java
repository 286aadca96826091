import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load generator on loopback: calls each URL after a warm-up, with a given number of parallel
 * clients, and prints p50/p95/p99 of the response times (time to the full body). Not part of
 * the build:
 *
 *   java BenchLoad.java TOKEN REQUESTS CONCURRENCY URL [URL...]
 *
 * TOKEN is a personal access token (sent as Bearer, for the API) or, for pages, a session cookie
 * {@code JSESSIONID=...} of a logged-in browser session (sent as Cookie).
 */
public class BenchLoad {

    public static void main(String[] args) throws Exception {
        String token = args[0];
        int requests = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int u = 3; u < args.length; u++) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(args[u]));
            if (token.startsWith("JSESSIONID=")) {
                builder.header("Cookie", token).header("Accept", "text/html");
            } else {
                builder.header("Authorization", "Bearer " + token).header("Accept", "application/json");
            }
            HttpRequest request = builder.GET().build();
            run(client, request, Math.max(50, requests / 10), concurrency); // warm-up
            long[] times = run(client, request, requests, concurrency);
            Arrays.sort(times);
            System.out.printf("%s%n  n=%d concurrency=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms%n",
                    args[u], times.length, concurrency, pct(times, 50), pct(times, 95), pct(times, 99),
                    times[times.length - 1] / 1e6);
        }
    }

    static long[] run(HttpClient client, HttpRequest request, int n, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<long[]>> parts = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            int share = n / concurrency + (w < n % concurrency ? 1 : 0);
            parts.add(pool.submit(() -> {
                long[] t = new long[share];
                for (int i = 0; i < share; i++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    t[i] = System.nanoTime() - start;
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(response.statusCode() + " " + new String(response.body()));
                    }
                }
                return t;
            }));
        }
        long[] all = new long[n];
        int k = 0;
        for (Future<long[]> part : parts) {
            for (long t : part.get()) {
                all[k++] = t;
            }
        }
        pool.shutdown();
        return all;
    }

    static double pct(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
