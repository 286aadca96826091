package be.atrium.notify.feeds;

import be.atrium.testsupport.Api;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.Http;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.util.List;

import static be.atrium.testsupport.Api.ADMIN;
import static be.atrium.testsupport.Api.PASSWORD;
import static be.atrium.testsupport.Api.suffix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Atom feeds as a feed reader gets them, parsed back with Rome: open content without a token,
 * members-only content only with the personal token of a member, which stops working when revoked;
 * summaries are text, links absolute, ids stable; bad addresses are 404, never an error.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @ArquillianResource
    URL base;

    @Test
    void openContentWithoutATokenMembersOnlyContentWithOneUntilItIsRevoked() throws Exception {
        Http http = new Http(base);
        String open = "it-feed-open-" + suffix();
        String closed = "it-feed-closed-" + suffix();
        atrium(http, open, false);
        atrium(http, closed, true);
        String member = Api.newOfficial(http);
        Api.setMember(http, open, member, "MEMBER");
        Api.setMember(http, closed, member, "MEMBER");
        String openTitle = "Open vraag over hemelwater " + open;
        String closedTitle = "Besloten vraag over een RUP " + closed;
        ask(http, member, open, openTitle, "Mag een **hemelwaterput** <script>alert(1)</script> kleiner?");
        ask(http, member, closed, closedTitle, "Alleen voor de leden.");

        Http.Result anonymous = http.getAccepting("feeds/network.atom", "application/atom+xml");
        assertEquals(200, anonymous.status(), anonymous.toString());
        assertEquals("application/atom+xml;charset=UTF-8", anonymous.header("Content-Type").replace(" ", ""));
        SyndFeed network = parse(anonymous);
        assertTrue(titles(network).contains(openTitle), "open content without a token");
        assertFalse(titles(network).contains(closedTitle), "no members-only content without a token");

        Http.Result boardXml = http.getAccepting("feeds/boards/" + open + ".atom", "application/atom+xml");
        assertFalse(boardXml.body().contains("<script"), "what people typed is text in the feed, never markup");
        SyndFeed board = parse(boardXml);
        SyndEntry entry = board.getEntries().stream().filter(e -> e.getTitle().equals(openTitle)).findFirst().orElseThrow();
        assertTrue(entry.getLink().startsWith("http") && entry.getLink().contains("/discussion/thread.xhtml?id="),
                entry.getLink());
        assertTrue(entry.getUri().startsWith("tag:") && entry.getUri().contains(":thread:"), entry.getUri());
        assertEquals(entry.getUri(), network.getEntries().stream().filter(e -> e.getTitle().equals(openTitle))
                .findFirst().orElseThrow().getUri(), "the same id in every feed");
        assertEquals(member, entry.getAuthor().replace("Tester ", ""));
        assertTrue(entry.getUpdatedDate() != null);
        String summary = entry.getDescription().getValue();
        assertTrue(summary.contains("hemelwaterput"), summary);
        assertFalse(summary.contains("**"), "plain text, no Markdown: " + summary);
        assertEquals("text", entry.getDescription().getType());
        assertEquals(404, http.getAccepting("feeds/boards/" + closed + ".atom", "application/atom+xml").status(),
                "a members-only board does not exist without a token");

        Http.Result issued = http.send("POST", "api/v1/me/feed-token", Http.basic(member, PASSWORD), "{}");
        assertEquals(201, issued.status(), issued.toString());
        String token = issued.object().getString("token");
        SyndFeed personal = parse(http.getAccepting("feeds/" + token + "/network.atom", "application/atom+xml"));
        assertTrue(titles(personal).contains(closedTitle), "members-only content with the member's token");
        assertTrue(titles(personal).contains(openTitle));
        SyndFeed closedBoard = parse(http.getAccepting("feeds/" + token + "/boards/" + closed + ".atom",
                "application/atom+xml"));
        assertEquals(List.of(closedTitle), titles(closedBoard));
        assertTrue(titles(parse(http.getAccepting("feeds/" + token + "/tags/hemelwater-" + open.substring(14) + ".atom",
                "application/atom+xml"))).isEmpty(), "a tag nobody used has no entries");

        assertEquals(204, http.send("DELETE", "api/v1/me/feed-token", Http.basic(member, PASSWORD), null).status());
        assertEquals(404, http.getAccepting("feeds/" + token + "/network.atom", "application/atom+xml").status(),
                "a revoked token is not found");
        assertEquals(404, http.getAccepting("feeds/atom_nietsgeldigs/network.atom", "application/atom+xml").status());
        assertEquals(404, http.getAccepting("feeds/unknown.atom", "application/atom+xml").status());
        assertEquals(404, http.getAccepting("feeds/boards/Hoofdletters.atom", "application/atom+xml").status());
        assertEquals(404, http.getAccepting("feeds/boards/bestaat-niet-" + suffix() + ".atom", "application/atom+xml")
                .status());
        assertEquals(200, http.getAccepting("feeds/guidance.atom", "application/atom+xml").status());
    }

    @Test
    void aTagFeedHoldsTheThreadsWithThatTag() throws Exception {
        Http http = new Http(base);
        String slug = "it-feed-tag-" + suffix();
        atrium(http, slug, false);
        String member = Api.newOfficial(http);
        Api.setMember(http, slug, member, "MEMBER");
        String tag = Api.uniqueWord("tag");
        String title = "Vraag met een label " + slug;
        Http.Result asked = http.send("POST", "api/v1/atria/" + slug + "/threads", Http.basic(member, PASSWORD),
                Json.createObjectBuilder().add("title", title).add("body", "Tekst")
                        .add("tags", Json.createArrayBuilder().add(tag)).build().toString());
        assertEquals(201, asked.status(), asked.toString());
        SyndFeed feed = parse(http.getAccepting("feeds/tags/" + tag + ".atom", "application/atom+xml"));
        assertEquals(List.of(title), titles(feed));
    }

    private static SyndFeed parse(Http.Result result) throws Exception {
        assertEquals(200, result.status(), result.toString());
        return new SyndFeedInput().build(new StringReader(result.body()));
    }

    private static List<String> titles(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getTitle).toList();
    }

    private static void atrium(Http http, String slug, boolean membersOnly) {
        assertEquals(201, http.send("POST", "api/v1/atria", ADMIN, "{\"slug\": \"" + slug + "\", \"name\": \"Atrium "
                + slug + "\", \"kind\": \"THEMATIC\", \"membersOnly\": " + membersOnly + "}").status());
    }

    private static void ask(Http http, String asker, String slug, String title, String body) {
        Http.Result r = http.send("POST", "api/v1/atria/" + slug + "/threads", Http.basic(asker, PASSWORD),
                Json.createObjectBuilder().add("title", title).add("body", body).build().toString());
        assertEquals(201, r.status(), r.toString());
    }
}
