package be.atrium.home;

import be.atrium.content.HtmlRefresh;
import be.atrium.content.MarkdownRenderer;
import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadKind;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.NetworkService;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import be.atrium.wiki.WikiPage;
import be.atrium.wiki.WikiService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text stored rendered by an older renderer (here: an image from another host, shown before such
 * images became links) is rendered again with today's rules, posts and wiki pages alike, the wiki's
 * {@code [[links]]} still resolved.
 */
@ExtendWith(ArquillianExtension.class)
public class StoredHtmlRefreshIT {

    private static final String TRACKER = "https://tracker.example/pixel.png";
    private static final String OLD_HTML = "<p><img src=\"" + TRACKER + "\" alt=\"kaart\" /></p>";

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    HtmlRefresh refresh;
    @Inject
    MarkdownRenderer markdown;
    @Inject
    DiscussionService discussions;
    @Inject
    WikiService wiki;
    @Inject
    NetworkService network;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;

    @Test
    void textRenderedByAnOlderRendererIsRenderedAgainWithTodaysRules() {
        String n = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String slug = "it-html-" + n;
        network.createAtrium(admin, slug, "Opnieuw getoond " + n, AtriumKind.THEMATIC, false, null);
        Account asker = accounts.createBySystem(new NewAccount("html" + n, "html" + n, null, null, Role.OFFICIAL, null));
        String body = "Zie de kaart: ![kaart](" + TRACKER + ")";
        String board = discussions.boardOfAtrium(asker, slug).board().getSlug();
        DiscussionThread thread = discussions.ask(asker, board, ThreadKind.QUESTION, "Kaart " + n, body, null, false);
        long opening = ((Number) db.nativeSingle("SELECT id FROM post WHERE thread_id = " + thread.getId())).longValue();
        WikiPage target = wiki.create(admin, slug, null, "Doelpagina " + n, "Tekst", null);
        WikiPage page = wiki.create(admin, slug, null, "Bronpagina " + n, "Zie [[Doelpagina " + n + "]] en ![kaart]("
                + TRACKER + ")", null);
        db.updateAsAnotherNode("UPDATE post SET body_html = ? WHERE id = ?", OLD_HTML, opening);
        db.updateAsAnotherNode("UPDATE wiki_page SET body_html = ? WHERE id = ?", OLD_HTML, page.getId());

        int changed = refresh.refresh();

        assertTrue(changed >= 2, "the two stale texts at least: " + changed);
        String post = (String) db.nativeSingle("SELECT body_html FROM post WHERE id = " + opening);
        assertEquals(markdown.html(body), post);
        assertFalse(post.contains("<img"), post);
        assertTrue(post.contains("href=\"" + TRACKER + "\""), "the image became a link: " + post);
        String wikiHtml = (String) db.nativeSingle("SELECT body_html FROM wiki_page WHERE id = " + page.getId());
        assertFalse(wikiHtml.contains("<img"), wikiHtml);
        assertTrue(wikiHtml.contains("page.xhtml?id&#61;" + target.getId() + "\""), "the wiki link still leads to its page: " + wikiHtml);
        assertEquals(MarkdownRenderer.VERSION, refresh.storedVersion().orElseThrow());
        assertEquals(0, refresh.refresh(), "a second refresh finds nothing to change");
    }
}
