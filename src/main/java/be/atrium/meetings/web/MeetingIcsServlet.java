package be.atrium.meetings.web;

import be.atrium.identity.CurrentUser;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingCalendar;
import be.atrium.meetings.MeetingService;
import be.atrium.platform.NotFoundException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A meeting as an iCalendar download for pages: {@code /meetings/ics/<id>.ics}, with the reader's
 * session (the API's {@code /api/v1/meetings/<id>.ics} needs a token). 404 for a meeting the
 * reader may not see.
 */
@WebServlet("/meetings/ics/*")
public class MeetingIcsServlet extends HttpServlet {

    @Inject
    MeetingService meetings;

    @Inject
    CurrentUser currentUser;

    /** The page address of this download. */
    public static String path(long id) {
        return "/meetings/ics/" + id + ".ics";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        long id;
        try {
            id = Long.parseLong(path == null || !path.endsWith(".ics") ? "" : path.substring(1, path.length() - 4));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!currentUser.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Meeting meeting;
        try {
            meeting = meetings.meeting(currentUser.get(), id).getMeeting();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String root = root(request);
        send(response, MeetingCalendar.of(List.of(meeting), null,
                m -> URI.create(root + "/meetings/meeting.xhtml?id=" + m.getId())), "meeting-" + id + ".ics");
    }

    /** The application's absolute root address as the request reached it. */
    public static String root(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return (path < 0 ? url : url.substring(0, path)) + request.getContextPath();
    }

    /** Sends calendar text: never cached by others, never sniffed into another type. */
    static void send(HttpServletResponse response, String text, String filename) throws IOException {
        response.setContentType("text/calendar");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (filename != null) {
            response.setHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
