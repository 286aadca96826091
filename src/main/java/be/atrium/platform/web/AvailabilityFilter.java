package be.atrium.platform.web;

import be.atrium.platform.Availability;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Until Atrium has started (database migrated, reference data loaded), every page and API
 * call answers 503 with a plain explanation instead of failing half-way; readiness says why.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class AvailabilityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Availability availability;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (availability.isStarted()) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/health") || path.startsWith("/metrics")) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", "30");
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/")) {
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"unavailable\",\"message\":\"Atrium is starting or cannot reach"
                    + " its database; see /health/ready.\"}");
        } else {
            response.setContentType("text/html");
            response.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\">"
                    + "<title>Atrium</title></head><body style=\"font-family:system-ui,sans-serif;max-width:40rem;"
                    + "margin:3rem auto;line-height:1.6\"><h1>Atrium is even niet beschikbaar</h1>"
                    + "<p>Atrium start op of kan de databank niet bereiken. Probeer het over een minuutje opnieuw.</p>"
                    + "<p lang=\"en\">Atrium is starting or cannot reach its database. Please try again in a minute."
                    + "</p></body></html>");
        }
    }
}
