package be.atrium.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The headers every response of Atrium carries, pages, API and files alike:
 * <ul>
 * <li>{@code Content-Security-Policy} ({@link SecurityHeaders}): set here for every response; a
 * page's own policy with its nonce (written by PrimeFaces) or a file's stricter one replaces it,
 * so a response never carries two policies (a browser would have to satisfy both);</li>
 * <li>{@code X-Content-Type-Options: nosniff}, {@code Referrer-Policy: same-origin} (an outside
 * site a post links to does not learn which page the reader came from) and
 * {@code X-Frame-Options: DENY} (with {@code frame-ancestors 'none'} for browsers that know it);</li>
 * <li>cookies (the session cookie above all) marked {@code Secure} when the request reached the
 * TLS-terminating proxy over HTTPS: the request comes from one of the trusted proxies
 * ({@link ClientAddress}, {@code ATRIUM_TRUSTED_PROXIES}) and its {@code X-Forwarded-Proto} says
 * {@code https}. From anyone else the header is ignored. (Over HTTPS to the server itself the
 * container marks them already.)</li>
 * <li>{@code Strict-Transport-Security} on every response to a request that came over HTTPS (in
 * either of those ways): a browser that once reached Atrium securely never falls back to plain
 * HTTP for a year. Not on plain HTTP, where a browser ignores it anyway (RFC 6797).</li>
 * </ul>
 * The session cookie is written by the container (when a page, a login or a session-scoped bean
 * first needs a session), not through this filter; so for a forwarded HTTPS request the response
 * is held back until it is about to be sent, and the cookies are marked then. Declared first in
 * web.xml, for requests and error pages.
 */
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String CSP = "Content-Security-Policy";
    static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String HSTS = "Strict-Transport-Security";
    static final String HSTS_POLICY = "max-age=31536000";

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        setHeaders(response);
        boolean secureCookies = !request.isSecure() && forwardedHttps(request);
        if (request.isSecure() || secureCookies) {
            response.setHeader(HSTS, HSTS_POLICY);
        }
        Headers headers = new Headers(response, secureCookies);
        chain.doFilter(request, headers);
        headers.finish();
    }

    /** The headers every response starts with (a page's own policy replaces the default one later). */
    static void setHeaders(HttpServletResponse response) {
        response.setHeader(CSP, SecurityHeaders.OTHER_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    /** HTTPS according to the nearest trusted proxy; the left-most value is the client's own scheme. */
    boolean forwardedHttps(HttpServletRequest request) {
        String proto = request.getHeader(FORWARDED_PROTO);
        if (proto == null || !clientAddress.fromTrustedProxy(request)) {
            return false;
        }
        int comma = proto.indexOf(',');
        return "https".equalsIgnoreCase((comma < 0 ? proto : proto.substring(0, comma)).strip());
    }

    /** {@code name=value; …} with {@code ; Secure} added when it has none. */
    static String secure(String setCookie) {
        for (String attribute : setCookie.split(";")) {
            if ("secure".equals(attribute.strip().toLowerCase(Locale.ROOT))) {
                return setCookie;
            }
        }
        return setCookie + "; Secure";
    }

    /**
     * Replaces instead of adding a second policy; and, for forwarded HTTPS requests, holds the body
     * back (up to the container's buffer size, after which the container would have sent the
     * headers anyway) so that cookies added until then are marked {@code Secure} before they go out.
     */
    static final class Headers extends HttpServletResponseWrapper {
        private final boolean secureCookies;
        private ByteArrayOutputStream held;
        private ServletOutputStream stream;
        private PrintWriter writer;
        private boolean released;

        Headers(HttpServletResponse response, boolean secureCookies) {
            super(response);
            this.secureCookies = secureCookies;
        }

        private HttpServletResponse raw() {
            return (HttpServletResponse) getResponse();
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, secureCookies && "Set-Cookie".equalsIgnoreCase(name) && value != null
                    ? secure(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                super.setHeader(name, value); // one policy per response: the page's own replaces the default
            } else {
                super.addHeader(name, secureCookies && "Set-Cookie".equalsIgnoreCase(name) && value != null
                        ? secure(value) : value);
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            if (secureCookies) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        /** Marks every cookie the container or the application added so far. */
        private void secureTheCookies() {
            if (!secureCookies || raw().isCommitted()) {
                return;
            }
            List<String> cookies = new ArrayList<>(raw().getHeaders("Set-Cookie"));
            if (cookies.stream().allMatch(c -> secure(c).equals(c))) {
                return;
            }
            boolean first = true;
            for (String cookie : cookies) {
                if (first) {
                    raw().setHeader("Set-Cookie", secure(cookie));
                    first = false;
                } else {
                    raw().addHeader("Set-Cookie", secure(cookie));
                }
            }
        }

        /** Sends what was held back (marking the cookies first); from then on everything goes straight out. */
        private void release() throws IOException {
            if (released) {
                return;
            }
            released = true;
            secureTheCookies();
            if (held != null && held.size() > 0) {
                raw().getOutputStream().write(held.toByteArray());
            }
            held = null;
        }

        /** At the end of the request (or when it goes asynchronous): what was held back goes out. */
        void finish() throws IOException {
            if (!secureCookies) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            release();
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!secureCookies) {
                return super.getOutputStream();
            }
            if (writer != null) {
                throw new IllegalStateException("getWriter() has already been called");
            }
            return heldStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!secureCookies) {
                return super.getWriter();
            }
            if (writer == null) {
                if (stream != null) {
                    throw new IllegalStateException("getOutputStream() has already been called");
                }
                String charset = getCharacterEncoding() == null ? "ISO-8859-1" : getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(heldStream(), charset));
            }
            return writer;
        }

        private ServletOutputStream heldStream() throws IOException {
            if (stream == null) {
                ServletOutputStream out = raw().getOutputStream();
                held = new ByteArrayOutputStream(Math.min(Math.max(getBufferSize(), 1024), 64 * 1024));
                stream = new ForwardingOutputStream(out) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        if (released) {
                            out.write(b, off, len);
                        } else {
                            held.write(b, off, len);
                            releaseWhenFull();
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        release();
                        out.flush();
                    }

                    @Override
                    public void close() throws IOException {
                        release();
                        out.close();
                    }
                };
            }
            return stream;
        }

        private void releaseWhenFull() throws IOException {
            if (held.size() >= Math.max(getBufferSize(), 1024)) {
                release();
            }
        }

        @Override
        public void flushBuffer() throws IOException {
            if (secureCookies) {
                if (writer != null) {
                    writer.flush();
                }
                release();
            }
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            if (held != null) {
                held.reset();
            }
            super.resetBuffer();
        }

        @Override
        public void reset() {
            if (held != null) {
                held.reset();
            }
            super.reset();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            discard();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            discard();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            discard();
            super.sendRedirect(location);
        }

        /** Before an error page or a redirect replaces the body: the cookies still count, the body does not. */
        private void discard() {
            secureTheCookies();
            if (held != null) {
                held.reset();
            }
            released = true;
        }
    }
}
