package be.atrium.testsupport;

import org.awaitility.core.ConditionTimeoutException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/**
 * One node of a cluster on loopback, started as production starts it: {@code java -jar
 * target/atrium.jar} (the launcher, then Payara Micro in a child JVM) with the cluster's settings in
 * the environment. It can be stopped as an operator does, killed as a crash does ({@code kill -9} of
 * both JVMs), and started again with the same data dir. Its output goes to {@code <name>.log} beside
 * its data dir.
 */
public final class ClusterNode {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Path dataDir;
    private final Map<String, String> environment;
    private final int httpPort;
    private volatile Process process;

    public ClusterNode(String name, Path workDir, int httpPort, Map<String, String> environment) {
        this.name = name;
        this.dataDir = workDir.resolve(name);
        this.httpPort = httpPort;
        this.environment = new HashMap<>(environment);
        this.environment.put("ATRIUM_NODE", name);
        this.environment.put("ATRIUM_HTTP_PORT", Integer.toString(httpPort));
        this.environment.put("ATRIUM_DATA_DIR", dataDir.toString());
    }

    public String name() {
        return name;
    }

    public URL url() {
        try {
            return URI.create("http://127.0.0.1:" + httpPort + "/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path log() {
        return dataDir.resolveSibling(name + ".log");
    }

    /** Starts the node (without waiting for it to be ready). */
    public synchronized void start() {
        try {
            Files.createDirectories(dataDir);
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path jar = Path.of(System.getProperty("atrium.build.dir", "target"), "atrium.jar");
            ProcessBuilder builder = new ProcessBuilder(java, "-Xmx128m", "-jar", jar.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code /health/ready} answers 200, or fails naming the log. */
    public void awaitReady(Duration patience) {
        awaitReadiness(patience, body -> true, "ready");
    }

    /** Waits until {@code /health/ready} answers 200 with a body that passes the check. */
    public void awaitReadiness(Duration patience, Predicate<String> check, String what) {
        AtomicReference<String> last = new AtomicReference<>("no answer");
        try {
            await().atMost(patience).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
                Process p = process;
                if (p != null && !p.isAlive()) {
                    throw new IllegalStateException(name + " stopped (exit " + p.exitValue() + "); see " + log());
                }
                try {
                    HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + "health/ready"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                    last.set(r.statusCode() + " " + r.body());
                    return r.statusCode() == 200 && check.test(r.body());
                } catch (IOException e) {
                    last.set(e.toString());
                    return false;
                }
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " not " + what + " within " + patience.toSeconds() + " s: " + last.get()
                    + "; see " + log(), e);
        }
    }

    /** {@code kill -9} of the node's JVMs (the launcher's child first, so nothing shuts down cleanly). */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        all.forEach(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        process = null;
    }

    /** Stops the node as an operator does (SIGTERM to the launcher, which stops Payara), waiting for it. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(c -> c.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> {
            c.destroyForcibly();
            return c;
        }).join());
        process = null;
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
