package be.atrium.wiki;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.StatementCounter;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The knowledge base against a real MariaDB: the link table and red links turning blue (and
 * back) across Atria and the network-wide pages, the list with its filters in a fixed number of
 * statements, the history and edits of tags alone.
 */
@ExtendWith(ArquillianExtension.class)
public class WikiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    WikiService wiki;
    @Inject
    WikiRepository repository;
    @Inject
    NetworkService network;

    @Inject
    MembershipService memberships;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;

    @Test
    void redLinksTurnBlueWhenTheirPageAppearsAndFollowRenamesAndRestoresInTheirScope() {
        Account admin = admin();
        String suffix = suffix();
        String a = atrium("it-wiki-a-", admin);
        String b = atrium("it-wiki-b-", admin);
        Account member = member(admin, a, b);
        String title = "Omgevingsloket " + suffix;

        WikiPage inA = wiki.create(member, a, null, "Loket in A " + suffix, "Zie [[" + title + "]].", List.of());
        WikiPage inB = wiki.create(member, b, null, "Loket in B " + suffix, "Zie [[" + title.toUpperCase() + "]].", List.of());
        WikiPage network = wiki.create(admin, null, null, "Loket netwerk " + suffix, "Zie [[" + title + "]].", List.of());
        assertEquals(List.of(WikiPage.key(title)), repository.links(inA.getId()), "the link table has the page's link");
        for (WikiPage p : List.of(inA, inB, network)) {
            assertTrue(html(p).contains("class=\"new\""), "red before the page exists: " + html(p));
        }

        WikiPage shared = wiki.create(admin, null, null, title, "Het netwerkbrede loket.", List.of());
        for (WikiPage p : List.of(inA, inB, network)) {
            assertTrue(linksTo(p, shared), "a network-wide page is reached from every scope: " + html(p));
            assertFalse(html(p).contains("class=\"new\""));
        }

        WikiPage own = wiki.create(member, a, null, title, "Het loket zoals A het gebruikt.", List.of());
        assertTrue(linksTo(inA, own), "a page of the own Atrium goes before the network-wide one");
        assertTrue(linksTo(inB, shared), "another Atrium's page is never reached");
        assertTrue(linksTo(network, shared), "network-wide pages never link into an Atrium");

        wiki.edit(member, own.getId(), "Loket van A " + suffix, "Het loket zoals A het gebruikt.", "andere naam", 1);
        assertTrue(linksTo(inA, shared), "after the rename the link falls back to the network-wide page");
        assertEquals(1, wiki.page(member, inA.getId()).page().getRevision(), "rendering again is no new revision");

        wiki.restore(member, own.getId(), 1, "toch de oude naam");
        assertTrue(linksTo(inA, own), "restoring the old title brings the link back");

        wiki.edit(admin, shared.getId(), "Netwerkloket " + suffix, "Het netwerkbrede loket.", null, 1);
        assertTrue(html(inB).contains("class=\"new\""), "the only reachable page went away: red again");
        assertTrue(linksTo(inA, own));

        wiki.edit(member, inA.getId(), null, "Nu naar [[Iets anders " + suffix + "]] en [[" + title + "]].", null, 1);
        assertEquals(List.of(WikiPage.key("Iets anders " + suffix), WikiPage.key(title)).stream().sorted().toList(),
                repository.links(inA.getId()), "the link table follows every save");
        assertEquals(2, db.count("SELECT COUNT(r) FROM WikiRevision r WHERE r.page.id = " + own.getId()) - 1,
                "the rename and the restore are revisions of the renamed page");
    }

    @Test
    void theListFiltersSortsAndPagesInAFixedNumberOfStatements() {
        Account admin = admin();
        String slug = atrium("it-wiki-l-", admin);
        Account member = member(admin, slug);
        Account other = member(admin, slug);
        WikiPage root = wiki.create(member, slug, null, "Ruimtelijke ordening", "Start.", List.of("ro"));
        WikiPage child = wiki.create(other, slug, root.getId(), "Vergunningen", "Over vergunningen.", List.of("ro", "vergunning"));
        wiki.create(member, slug, child.getId(), "Omgevingsvergunning", "Diep.", List.of("vergunning"));

        WikiList all = wiki.list(member, slug, null, null, WikiSort.TITLE, 0, 25);
        assertEquals(3, all.total());
        assertEquals(List.of("Omgevingsvergunning", "Ruimtelijke ordening", "Vergunningen"),
                all.items().stream().map(WikiListItem::title).toList());
        WikiListItem deep = all.items().get(0);
        assertEquals(List.of("Ruimtelijke ordening", "Vergunningen"), deep.path().stream().map(WikiRepository.Crumb::title).toList());
        assertEquals(2, deep.getDepth());
        assertEquals(List.of("vergunning"), deep.tags());
        assertEquals(member.getUsername(), deep.updatedByUsername());
        assertTrue(all.editable());
        assertEquals(List.of("ro", "vergunning"), await().atMost(Duration.ofSeconds(30)).until(() -> wiki.list(member,
                slug, null, null, WikiSort.TITLE, 0, 25).topTags().stream().sorted().toList(), List.of("ro", "vergunning")::equals),
                "the most used tags, counted by the search index once it has the pages");

        assertEquals(List.of("Omgevingsvergunning", "Vergunningen"), wiki.list(member, slug, "Vergunning", null,
                WikiSort.TITLE, 0, 25).items().stream().map(WikiListItem::title).toList(), "by tag");
        assertEquals(List.of("Omgevingsvergunning", "Vergunningen"), wiki.list(member, slug, null, "VERGUNNING",
                WikiSort.TITLE, 0, 25).items().stream().map(WikiListItem::title).toList(), "by words in the title");
        assertEquals(0, wiki.list(member, slug, null, "100%_", WikiSort.TITLE, 0, 25).total(), "wildcards are text");
        wiki.edit(other, root.getId(), null, "Start, aangevuld.", null, 1);
        assertEquals("Ruimtelijke ordening", wiki.list(member, slug, null, null, WikiSort.CHANGED, 0, 25).items()
                .get(0).title(), "last changed first");
        WikiList second = wiki.list(member, slug, null, null, WikiSort.TITLE, 2, 2);
        assertEquals(3, second.total());
        assertEquals(List.of("Vergunningen"), second.items().stream().map(WikiListItem::title).toList());

        long few = statements(() -> wiki.list(member, slug, null, null, WikiSort.TITLE, 0, 25));
        WikiPage parent = child;
        for (int i = 0; i < 15; i++) {
            Account author = i % 2 == 0 ? member : member(admin, slug);
            parent = wiki.create(author, slug, i % 3 == 0 ? parent.getId() : root.getId(), "Pagina " + i,
                    "Tekst " + i, List.of("tag-" + i, "ro"));
        }
        long many = statements(() -> wiki.list(member, slug, null, null, WikiSort.TITLE, 0, 25));
        assertEquals(few, many, "the list's statements must not grow with pages, tags, authors or depth");
        assertTrue(many <= 10, "list statements: " + many);
        long history = statements(() -> wiki.history(member, root.getId(), 0, 50));
        for (int i = 0; i < 5; i++) {
            wiki.edit(i % 2 == 0 ? other : member, root.getId(), null, "Versie " + i, null, 2 + i);
        }
        assertEquals(history, statements(() -> wiki.history(member, root.getId(), 0, 50)),
                "the history's statements must not grow with revisions");
    }

    @Test
    void theHistorySaysWhoRestoredWhatAndTagsAloneMakeNoRevision() {
        Account admin = admin();
        String slug = atrium("it-wiki-h-", admin);
        Account member = member(admin, slug);
        WikiPage page = wiki.create(member, slug, null, "Hemelwater", "Een put van 5000 liter.", List.of("gsv"));
        wiki.edit(member, page.getId(), "Hemelwaterput", "Een put van 10000 liter.", "nieuwe drempel", 1);
        wiki.restore(member, page.getId(), 1, "toch 5000");
        WikiRevision same = wiki.edit(member, page.getId(), "Hemelwater", "Een put van 5000 liter.", null, 3,
                List.of("gsv", "hemelwater"));
        assertEquals(3, same.getNumber(), "a change of tags alone is no new revision");
        assertEquals(List.of("gsv", "hemelwater"), wiki.page(member, page.getId()).tags());

        List<RevisionEntry> history = wiki.history(member, page.getId(), 0, 50);
        assertEquals(List.of(3, 2, 1), history.stream().map(RevisionEntry::number).toList());
        RevisionEntry restored = history.get(0);
        assertEquals(1, restored.restoredFrom());
        assertEquals("toch 5000", restored.summary());
        assertEquals("Hemelwaterput", restored.renamedFrom());
        assertTrue(restored.current());
        assertEquals(-1, restored.sizeChange());
        assertEquals("Hemelwater", history.get(1).renamedFrom());
        assertEquals(1, history.get(1).sizeChange());
        assertNull(history.get(2).restoredFrom());
        assertEquals("Een put van 5000 liter.".length(), history.get(2).sizeChange());
        assertEquals(List.of(2), wiki.history(member, page.getId(), 1, 1).stream().map(RevisionEntry::number).toList());
    }

    @Test
    void theKnowledgeBaseListsEveryScopeTheReaderMaySeeWithTheAtriumOfEachPage() {
        Account admin = admin();
        String word = "scope" + suffix();
        String open = atrium("it-wiki-so-", admin);
        String other = atrium("it-wiki-sx-", admin);
        String closed = "it-wiki-sc-" + suffix();
        network.createAtrium(admin, closed, "Besloten " + closed, AtriumKind.THEMATIC, true, null);
        Account reader = member(admin, open);
        Account insider = member(admin, open, closed);
        wiki.create(admin, null, null, "Netwerk " + word, "Voor iedereen.", List.of());
        wiki.create(reader, open, null, "Eigen " + word, "Van de regio.", List.of());
        wiki.create(member(admin, other), other, null, "Ander " + word, "Open voor het netwerk.", List.of());
        wiki.create(insider, closed, null, "Besloten " + word, "Alleen voor leden.", List.of());

        WikiList all = wiki.list(reader, WikiScope.ALL, null, null, word, WikiSort.TITLE, 0, 25);
        assertEquals(List.of("Ander " + word + " @ " + other, "Eigen " + word + " @ " + open, "Netwerk " + word + " @ -"),
                all.items().stream().map(i -> i.title() + " @ " + (i.isNetworkWide() ? "-" : i.atriumSlug())).toList(),
                "network-wide, the reader's own and open Atria, never a member-only Atrium they are not in");
        assertEquals(3, all.total());
        assertTrue(all.atria().stream().anyMatch(c -> c.slug().equals(other)));
        assertTrue(all.atria().stream().noneMatch(c -> c.slug().equals(closed)), "not offered as a scope either");
        assertEquals(List.of("Netwerk " + word), titles(wiki.list(reader, WikiScope.NETWORK, null, null, word,
                WikiSort.TITLE, 0, 25)));
        assertEquals(List.of("Eigen " + word), titles(wiki.list(reader, WikiScope.MINE, null, null, word,
                WikiSort.TITLE, 0, 25)));
        assertEquals(List.of("Ander " + word), titles(wiki.list(reader, WikiScope.ATRIUM, other, null, word,
                WikiSort.TITLE, 0, 25)));
        assertEquals(List.of("Besloten " + word, "Eigen " + word), titles(wiki.list(insider, WikiScope.MINE, null, null,
                word, WikiSort.TITLE, 0, 25)));
        assertEquals(4, wiki.list(insider, WikiScope.ALL, null, null, word, WikiSort.TITLE, 0, 25).total());
        assertThrows(NotFoundException.class, () -> wiki.list(reader, WikiScope.ATRIUM, closed, null, null,
                WikiSort.TITLE, 0, 25));

        long few = statements(() -> wiki.list(reader, WikiScope.ALL, null, null, null, WikiSort.TITLE, 0, 25));
        for (int i = 0; i < 5; i++) {
            wiki.create(member(admin, other), other, null, "Meer " + i + " " + word, "Tekst.", List.of("t" + i));
        }
        assertEquals(few, statements(() -> wiki.list(reader, WikiScope.ALL, null, null, null, WikiSort.TITLE, 0, 25)),
                "the list across Atria does not grow with pages, Atria or authors");
    }

    @Test
    void aPageTitleLinkedFromOutsideTheWikiFindsTheAtriumsPageBeforeTheNetworkWideOne() {
        Account admin = admin();
        String word = "Titel" + suffix();
        String slug = atrium("it-wiki-t-", admin);
        Account member = member(admin, slug);
        WikiPage network = wiki.create(admin, null, null, word, "Netwerkbreed.", List.of());
        WikiPage own = wiki.create(member, slug, null, word, "Van het Atrium.", List.of());
        WikiPage onlyNetwork = wiki.create(admin, null, null, word + " twee", "Alleen netwerkbreed.", List.of());
        assertEquals(Map.of(word, own.getId(), word + " twee", onlyNetwork.getId()),
                wiki.visiblePagesByTitle(member, slug, List.of(word, word + " twee", word + " drie")));
        assertEquals(Map.of(word, network.getId()), wiki.visiblePagesByTitle(member, null, List.of(word)));
        assertEquals(Optional.of(word), wiki.visibleTitle(member, own.getId()));
    }

    private static List<String> titles(WikiList list) {
        return list.items().stream().map(WikiListItem::title).toList();
    }

    private boolean linksTo(WikiPage from, WikiPage to) {
        return html(from).contains("page.xhtml?id&#61;" + to.getId() + "\"");
    }

    private String html(WikiPage page) {
        return wiki.page(admin(), page.getId()).page().getBodyHtml();
    }

    private long statements(Runnable work) {
        work.run();
        long before = StatementCounter.current();
        work.run();
        return StatementCounter.current() - before;
    }

    private Account admin() {
        return accountRepository.findByUsername("admin").orElseThrow();
    }

    private String atrium(String prefix, Account admin) {
        String slug = prefix + suffix();
        network.createAtrium(admin, slug, "Kennis " + slug, AtriumKind.THEMATIC, false, null);
        return slug;
    }

    private Account member(Account admin, String... slugs) {
        String name = "wiki" + suffix();
        Account a = accounts.createBySystem(new NewAccount(name, "Official " + name, null, null, Role.OFFICIAL, null));
        for (String slug : slugs) {
            memberships.setMembership(admin, slug, name, MembershipRole.MEMBER);
        }
        return a;
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
