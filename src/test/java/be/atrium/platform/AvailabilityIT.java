package be.atrium.platform;

import be.atrium.testsupport.Deployments;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What callers get while the database is away, inside the one server. The shared database cannot
 * be taken away without disturbing the other tests, so the test hands {@link DatabaseWatch} the
 * failure the driver gives when the database refuses connections (which failures count is
 * {@code DatabaseFailuresTest}'s subject) and calls the server over HTTP: the API answers 503 JSON
 * and pages the friendly page at once, without asking the database; the watch's probe finds the
 * database answering and everything is served again within seconds. (Measured against a database
 * really taken away: README, "Operations".)
 */
@ExtendWith(ArquillianExtension.class)
public class AvailabilityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    DatabaseWatch watch;

    @Inject
    Availability availability;

    /** The request of Arquillian's runner that runs this test: its port is the server's. */
    @Inject
    HttpServletRequest runner;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String path, String accept) throws Exception {
        // health is served at the server's root, the application under its context path
        URI uri = URI.create("http://127.0.0.1:" + runner.getLocalPort()
                + (path.startsWith("/health") ? "" : runner.getContextPath()) + path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", accept);
        if (path.startsWith("/api/")) {
            request.header("Authorization", "Bearer it-admin-token-0123456789");
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void databaseAway() {
        watch.failed(new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3306. Connection refused",
                "08000"));
    }

    @Test
    void whileTheDatabaseIsAwayTheApiAnswers503JsonAndPagesTheFriendlyPageAtOnce() throws Exception {
        assertEquals(200, get("/api/v1/me", "application/json").statusCode());

        databaseAway();
        assertFalse(availability.isServing());
        assertTrue(availability.problem().orElseThrow().contains("Connection refused"), availability.problem().toString());
        long start = System.nanoTime();
        HttpResponse<String> api = get("/api/v1/me", "application/json");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, api.statusCode(), api.body());
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(api.body().startsWith("{\"error\":\"unavailable\",\"message\":"), api.body());
        assertEquals("30", api.headers().firstValue("Retry-After").orElse(null));
        assertTrue(millis < 2000, "answered at once, without waiting for the database: " + millis + " ms");

        databaseAway(); // in case the probe already found the (real) database answering
        HttpResponse<String> page = get("/index.xhtml", "text/html");
        assertEquals(503, page.statusCode());
        assertTrue(page.body().contains("Atrium is even niet beschikbaar"), page.body());
        assertEquals(1, page.headers().allValues("Content-Security-Policy").size());

        assertEquals(200, get("/health/live", "application/json").statusCode(), "liveness is not the database's business");

        // the probe asks the database every two seconds; it answers, so requests are served again
        await().atMost(Duration.ofSeconds(30)).until(availability::isServing);
        assertEquals(200, get("/api/v1/me", "application/json").statusCode());
    }
}
