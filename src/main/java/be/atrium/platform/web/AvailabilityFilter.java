package be.atrium.platform.web;

import be.atrium.platform.Availability;
import be.atrium.platform.DatabaseWatch;
import be.atrium.platform.api.ApiLocale;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * While Atrium cannot serve (still starting, or its database unreachable: {@link Availability}),
 * every page and API call is answered 503 at once instead of failing half-way or waiting for the
 * database: the API with {@code {"error": "unavailable", "message": …}}, pages with the friendly
 * page {@code platform/unavailable.xhtml} (the error page of 503). Health and metrics are always
 * served (readiness says why), and so are the style sheets and scripts that page needs.
 * <p>
 * A request whose processing fails because the database went away meanwhile gets the same answer
 * when nothing of its response has been sent yet ({@link DatabaseWatch} then answers the following
 * requests at once). Declared in web.xml, after the security headers and before idempotent POSTs.
 */
public class AvailabilityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String RETRY_AFTER_SECONDS = "30";

    @Inject
    Availability availability;

    @Inject
    DatabaseWatch databaseWatch;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/health") || path.startsWith("/metrics") || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        if (!availability.isServing() || request.getAttribute(AuthenticationGuard.UNAVAILABLE) != null) {
            unavailable(request, response, path);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !databaseWatch.failed(e)) {
                throw e;
            }
            response.resetBuffer();
            unavailable(request, response, path);
        }
    }

    private static void unavailable(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Cache-Control", "no-store");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            byte[] body = Json.createObjectBuilder().add("error", "unavailable")
                    .add("message", Messages.text(ApiLocale.of(request), "api.unavailable")).build().toString()
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        } else {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE); // platform/unavailable.xhtml
        }
    }
}
