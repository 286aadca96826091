package be.atrium.meetings.web;

import be.atrium.meetings.MeetingCalendar;
import be.atrium.meetings.MeetingService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * A personal calendar feed: {@code /feeds/meetings/<secret>.ics}, read by calendar programs, which
 * cannot log in (the secret in the address is the key; the path needs no session). An unknown or
 * revoked secret is 404, as for an address that never existed.
 */
@WebServlet(MeetingCalendar.FEED_PREFIX + "*")
public class CalendarFeedServlet extends HttpServlet {

    @Inject
    MeetingService meetings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !path.endsWith(".ics") || path.indexOf('/', 1) >= 0) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String token = path.substring(1, path.length() - ".ics".length());
        Optional<MeetingService.FeedContent> feed = meetings.feed(token);
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String root = MeetingIcsServlet.root(request);
        String text = MeetingCalendar.of(feed.get().meetings(), "Atrium · " + feed.get().owner().getDisplayName(),
                m -> URI.create(root + "/meetings/meeting.xhtml?id=" + m.getId()));
        MeetingIcsServlet.send(response, text, null);
    }
}
