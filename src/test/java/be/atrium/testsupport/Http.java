package be.atrium.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small JSON client for the API tests: what an outside tool would send. */
public final class Http {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    public Http(URL deployment) {
        this.base = URI.create(Deployments.local(deployment));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Result get(String path, String authorization) {
        return send(builder(path, authorization).GET());
    }

    /** A GET asking for another media type than JSON (Prometheus text, HTML). */
    public Result getAccepting(String path, String accept) {
        return send(builder(path, null).setHeader("Accept", accept).GET());
    }

    /** An authenticated GET asking for another media type than JSON (an iCalendar file). */
    public Result getAccepting(String path, String accept, String authorization) {
        return send(builder(path, authorization).setHeader("Accept", accept).GET());
    }

    public Result send(String method, String path, String authorization, String json) {
        HttpRequest.Builder b = builder(path, authorization).header("Content-Type", "application/json");
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request with a body of another media type (JSON lines for the import). */
    public Result sendRaw(String method, String path, String authorization, String contentType, String body) {
        return send(builder(path, authorization).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A request with a binary body (uploads). */
    public Result sendBytes(String method, String path, String authorization, String contentType, byte[] body) {
        // Expect: 100-continue, as curl and browsers do for large bodies: a server that refuses
        // the upload by its Content-Length answers before the body is sent.
        return send(builder(path, authorization).header("Content-Type", contentType).expectContinue(true)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A JSON request with extra headers (Idempotency-Key, X-Forwarded-Proto, Accept-Language). */
    public Result send(String method, String path, String authorization, String json, java.util.Map<String, String> headers) {
        HttpRequest.Builder b = builder(path, authorization).header("Content-Type", "application/json");
        headers.forEach(b::setHeader);
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder builder(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)) // "/x" = server root
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private Result send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Result(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its JSON. */
    public record Result(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonObject object() {
            return (JsonObject) json();
        }

        public JsonArray array() {
            return (JsonArray) json();
        }

        private JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** Every value of a header (a response must not carry two Content-Security-Policies). */
        public java.util.List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
