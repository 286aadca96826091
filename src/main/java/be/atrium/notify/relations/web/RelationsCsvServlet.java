package be.atrium.notify.relations.web;

import be.atrium.identity.CurrentUser;
import be.atrium.notify.relations.RelationsCsv;
import be.atrium.notify.relations.RelationshipFigures;
import be.atrium.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The relationship manager's figures as a CSV download from their page, in the page's language;
 * the same people may download it as may see the page (others: 403).
 */
@WebServlet(RelationsCsvServlet.PATH)
public class RelationsCsvServlet extends HttpServlet {

    public static final String PATH = "/notify/relations.csv";

    @Inject
    CurrentUser currentUser;

    @Inject
    RelationshipFigures figures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isSignedIn() || !RelationshipFigures.mayView(currentUser.get())) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String text = RelationsCsv.of(figures.of(currentUser.get()), Messages.pageLocale());
        response.setContentType(RelationsCsv.MEDIA_TYPE);
        response.setHeader("Content-Disposition", RelationsCsv.CONTENT_DISPOSITION);
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
