package be.atrium.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/**
 * Pages that moved to the folder of their capability keep their old address working: a GET of
 * an old address is sent on (301) to the new one with its query string, so bookmarks, mails and
 * links written into posts still lead to the page.
 */
@WebFilter(urlPatterns = {"/guidance/practices.xhtml", "/guidance/practice.xhtml", "/guidance/practice-edit.xhtml",
        "/discussion/promote.xhtml", "/platform/audit.xhtml"})
public class MovedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Map<String, String> MOVED = Map.of(
            "/guidance/practices.xhtml", "/practice/index.xhtml",
            "/guidance/practice.xhtml", "/practice/case.xhtml",
            "/guidance/practice-edit.xhtml", "/practice/edit.xhtml",
            "/discussion/promote.xhtml", "/knowledge/promote.xhtml",
            "/platform/audit.xhtml", "/identity/audit.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String target = MOVED.get(request.getServletPath());
        if (target == null || !"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String query = request.getQueryString();
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + target + (query == null ? "" : "?" + query));
    }
}
