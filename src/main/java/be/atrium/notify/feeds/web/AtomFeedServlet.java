package be.atrium.notify.feeds.web;

import be.atrium.identity.Account;
import be.atrium.meetings.web.MeetingIcsServlet;
import be.atrium.notify.feeds.FeedEntry;
import be.atrium.notify.feeds.FeedService;
import be.atrium.platform.web.Messages;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atom feeds, read by feed readers that cannot log in: {@code /feeds/network.atom},
 * {@code /feeds/guidance.atom}, {@code /feeds/boards/<slug>.atom} and {@code /feeds/tags/<tag>.atom}
 * show what is open to everyone; the same after a personal token
 * ({@code /feeds/<token>/boards/<slug>.atom}) what the token's account may see. An unknown or
 * revoked token, a board the reader may not see and any other address answer 404. Written with
 * Rome, never by hand.
 */
@WebServlet(AtomFeedServlet.PREFIX + "*")
public class AtomFeedServlet extends HttpServlet {

    public static final String PREFIX = "/feeds/";
    public static final String MEDIA_TYPE = "application/atom+xml; charset=UTF-8";

    private static final Pattern PATH = Pattern.compile(
            "/(?:(" + FeedService.PREFIX + "[A-Za-z0-9_-]{1,90})/)?(network|guidance|boards/([a-z0-9-]{2,80})"
                    + "|tags/([a-z0-9][a-z0-9-]{0,49}))\\.atom");

    @Inject
    FeedService feeds;

    @Inject
    @ConfigProperty(name = "atrium.feeds.tag-authority", defaultValue = "atrium.vlaanderen.be,2026")
    String tagAuthority;

    /** The address of a feed, relative to the application's root; with the token when one is given. */
    public static String path(String token, String feed) {
        return PREFIX + (token == null ? "" : token + "/") + feed + ".atom";
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Account reader = null;
        if (m.group(1) != null) {
            Optional<Account> account = feeds.accountOf(m.group(1));
            if (account.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            reader = account.get();
        }
        Locale locale = reader == null ? Locale.forLanguageTag("nl") : reader.getLanguage().locale();
        Optional<FeedService.Feed> feed;
        String title;
        if (m.group(3) != null) {
            feed = feeds.board(reader, m.group(3));
            title = feed.map(f -> Messages.text(locale, "feeds.title.board", f.name())).orElse(null);
        } else if (m.group(4) != null) {
            feed = Optional.of(feeds.tag(reader, m.group(4)));
            title = Messages.text(locale, "feeds.title.tag", m.group(4));
        } else if ("guidance".equals(m.group(2))) {
            feed = Optional.of(feeds.guidance(reader));
            title = Messages.text(locale, "feeds.title.guidance");
        } else {
            feed = Optional.of(feeds.network(reader));
            title = Messages.text(locale, "feeds.title.network");
        }
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String root = MeetingIcsServlet.root(request);
        String xml;
        try {
            xml = new SyndFeedOutput().outputString(atom(feed.get(), title, root,
                    root + PREFIX + request.getPathInfo().substring(1), request.getPathInfo(), locale));
        } catch (FeedException e) {
            throw new IOException("Atom feed " + request.getPathInfo(), e);
        }
        response.setContentType(MEDIA_TYPE);
        response.setHeader("Cache-Control", m.group(1) == null ? "public, max-age=300" : "private, no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private SyndFeed atom(FeedService.Feed content, String title, String root, String self, String path, Locale locale) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setLanguage(locale.getLanguage());
        // the id names the feed, not the token in its address: the same feed with another token is the same feed
        feed.setUri("tag:" + tagAuthority + ":feed" + path.replaceFirst("^/" + FeedService.PREFIX + "[^/]*", "")
                .replace(".atom", ""));
        feed.setLink(root + content.path());
        SyndLink selfLink = new SyndLinkImpl();
        selfLink.setRel("self");
        selfLink.setType("application/atom+xml");
        selfLink.setHref(self);
        SyndLink alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(root + content.path());
        feed.setLinks(List.of(alternate, selfLink));
        Instant latest = content.entries().stream().map(FeedEntry::updated).max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(latest));
        List<SyndEntry> entries = new ArrayList<>();
        for (FeedEntry e : content.entries()) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setUri("tag:" + tagAuthority + ":" + e.kind() + ":" + e.id());
            entry.setTitle(e.title());
            entry.setLink(root + e.path());
            entry.setUpdatedDate(Date.from(e.updated()));
            entry.setAuthor(e.author());
            SyndContent summary = new SyndContentImpl();
            summary.setType("text"); // an Atom text construct: readers show it as text, never as markup
            summary.setValue(e.summary());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return feed;
    }
}
