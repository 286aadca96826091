package be.atrium.notify.mail.web;

import be.atrium.notify.mail.MailComposer;
import be.atrium.notify.mail.MailPreferences;
import be.atrium.platform.web.Messages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The address in every mail's {@code List-Unsubscribe} header. A mail program's one-click POST
 * (RFC 8058, body {@code List-Unsubscribe=One-Click}) unsubscribes at once, without a login: the
 * signed token is the permission. A GET (someone opened the link) goes to the page that asks for
 * one click first ({@code /mail/unsubscribe.xhtml}), so a link scanner that follows links
 * unsubscribes nobody. A token that is not genuine or has expired gets 400 and a short Dutch
 * explanation, never a 500.
 */
@WebServlet(MailComposer.UNSUBSCRIBE_PATH)
public class UnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Inject
    MailPreferences preferences;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = request.getParameter("t");
        response.sendRedirect(request.getContextPath() + "/mail/unsubscribe.xhtml"
                + (token == null ? "" : "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean done = preferences.unsubscribe(request.getParameter("t")).isPresent();
        response.setStatus(done ? HttpServletResponse.SC_OK : HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String title = Messages.text(DUTCH, done ? "mail.unsubscribe.done" : "mail.unsubscribe.invalid");
        String detail = Messages.text(DUTCH, done ? "mail.unsubscribe.done.detail" : "mail.unsubscribe.invalid.detail");
        response.getWriter().write("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"/><title>" + title
                + "</title></head><body><h1>" + title + "</h1><p>" + detail + "</p></body></html>");
    }
}
