package be.atrium.platform.api;

import be.atrium.platform.web.ForwardingOutputStream;
import be.atrium.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Makes every API {@code POST} safe to retry: sent with an {@code Idempotency-Key} header (1-255
 * visible ASCII characters, optionally in double quotes), a retry with the same key by the same
 * account never runs again but gets the first answer again (status, {@code Location},
 * {@code Content-Type}, body, plus {@code Idempotent-Replayed: true}), for {@link IdempotencyKeys#KEPT}.
 * <ul>
 * <li>Two requests with one key at the same time: the database's unique key lets one run; the other
 * waits (up to {@value #WAIT_SECONDS} s) for its answer, else gets 409 {@code idempotency_key_in_progress}
 * to retry a little later.</li>
 * <li>The same key with another request (method, address, content type or body differ): 422
 * {@code idempotency_key_reused}, never someone else's answer.</li>
 * <li>Only final answers are kept: a 5xx (the database away, a crash), 401, 408, 425 and 429 or
 * an exception free the key, so the retry runs. So does the death of the node that ran the first
 * request, once its life lease has expired ({@code platform.cluster.Leases#isAlive}).</li>
 * <li>Without the header, or without an authenticated caller (the call answers 401 anyway),
 * nothing changes.</li>
 * </ul>
 * Declared in web.xml for {@code /api/*}, after authentication and the availability filter.
 */
public class IdempotencyFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    static final int WAIT_SECONDS = 10;
    /** Answers larger than this are kept without their body (creation answers are a few KB). */
    static final int MAX_BODY = 1 << 20;
    private static final Set<Integer> NOT_FINAL = Set.of(401, 408, 425, 429);

    @Inject
    IdempotencyKeys keys;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String header = request.getHeader(HEADER);
        if (!"POST".equals(request.getMethod()) || header == null || request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = key(header);
        if (key == null) {
            error(request, response, 400, "invalid_idempotency_key", "api.idempotency.key");
            return;
        }
        String caller = request.getUserPrincipal().getName();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            IdempotencyKeys.Claim claim = keys.claim(caller, key);
            while (claim instanceof IdempotencyKeys.InProgress) {
                if (System.nanoTime() > deadline) {
                    response.setHeader("Retry-After", "1");
                    error(request, response, 409, "idempotency_key_in_progress", "api.idempotency.inProgress");
                    return;
                }
                sleep();
                claim = keys.state(caller, key);
                if (claim == null) {
                    claim = keys.claim(caller, key); // the first request failed: this one runs
                }
            }
            if (claim instanceof IdempotencyKeys.Answered answered) {
                if (!answered.fingerprint().equals(fingerprint(request, request.getInputStream()))) {
                    error(request, response, 422, "idempotency_key_reused", "api.idempotency.reused");
                } else {
                    replay(response, answered.answer());
                }
                return;
            }
            run(request, response, chain, ((IdempotencyKeys.Claimed) claim).id());
        } catch (SQLException e) {
            throw new ServletException("Idempotency-Key could not be checked", e);
        }
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long id)
            throws IOException, ServletException, SQLException {
        Hashing hashing = new Hashing(request);
        Recording recording = new Recording(response);
        boolean kept = false;
        try {
            chain.doFilter(hashing, recording);
            recording.flushWriter();
            int status = recording.getStatus();
            if (status < 500 && !NOT_FINAL.contains(status) && !request.isAsyncStarted()) {
                String fingerprint = hashing.finish();
                byte[] body = recording.body();
                keys.complete(id, fingerprint, new IdempotencyKeys.Answer(status, recording.getHeader("Location"),
                        body == null ? null : recording.getContentType(), body));
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(id);
            }
        }
    }

    /** The key without optional double quotes; null when it is empty, too long or not visible ASCII. */
    static String key(String header) {
        String key = header.strip();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > 255) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch < 0x21 || ch > 0x7E || ch == '"') {
                return null;
            }
        }
        return key;
    }

    /** What makes a request the same request: method, address, content type and body. */
    static MessageDigest start(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String head = request.getMethod() + "\n" + request.getRequestURI() + "?"
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n"
                    + (request.getContentType() == null ? "" : request.getContentType()) + "\n";
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fingerprint(HttpServletRequest request, InputStream body) throws IOException {
        MessageDigest digest = start(request);
        byte[] buffer = new byte[8192];
        for (int n; (n = body.read(buffer)) >= 0; ) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void replay(HttpServletResponse response, IdempotencyKeys.Answer answer) throws IOException {
        response.setStatus(answer.status());
        response.setHeader(REPLAYED, "true");
        if (answer.location() != null) {
            response.setHeader("Location", answer.location());
        }
        if (answer.body() != null) {
            if (answer.contentType() != null) {
                response.setContentType(answer.contentType());
            }
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }

    private static void error(HttpServletRequest request, HttpServletResponse response, int status, String code,
                              String messageKey) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder().add("error", code)
                .add("message", Messages.text(ApiLocale.of(request), messageKey)).build().toString());
    }

    private static void sleep() throws IOException {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the first request with this Idempotency-Key", e);
        }
    }

    /** Hashes the body as the call reads it; what it leaves unread is read at the end. */
    private static final class Hashing extends HttpServletRequestWrapper {
        private final MessageDigest digest;
        private ServletInputStream stream;
        private BufferedReader reader;

        Hashing(HttpServletRequest request) {
            super(request);
            this.digest = start(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            digest.update((byte) b);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = in.read(b, off, len);
                        if (n > 0) {
                            digest.update(b, off, n);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
                reader = new BufferedReader(new InputStreamReader(getInputStream(), Charset.forName(charset)));
            }
            return reader;
        }

        String finish() throws IOException {
            ServletInputStream in = getInputStream();
            byte[] buffer = new byte[8192];
            while (in.read(buffer) >= 0) {
                // the rest of the body counts too
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    /** Sends the answer on as usual and keeps a copy of its body (up to {@link #MAX_BODY}). */
    private static final class Recording extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
        private boolean tooLarge;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream == null) {
                stream = new ForwardingOutputStream(super.getOutputStream()) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        keep(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (writer == null) {
                String charset = getCharacterEncoding() == null ? "ISO-8859-1" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            flushWriter();
            super.flushBuffer();
        }

        void flushWriter() {
            if (writer != null) {
                writer.flush();
            }
        }

        private void keep(byte[] b, int off, int len) {
            if (tooLarge) {
                return;
            }
            if (copy.size() + len > MAX_BODY) {
                tooLarge = true;
                copy.reset();
            } else {
                copy.write(b, off, len);
            }
        }

        @Override
        public void resetBuffer() {
            copy.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            copy.reset();
            super.reset();
        }

        byte[] body() {
            return tooLarge ? null : copy.toByteArray();
        }
    }
}
