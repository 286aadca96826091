package be.atrium.search;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.ThreadKind;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingDetails;
import be.atrium.meetings.MeetingService;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search against the real index and MariaDB: content is searchable right after its commit
 * (through the outbox), never for someone outside a member-only Atrium (results, totals, facets,
 * suggestions, similar content) and at once for them after they join; an indexer that loses what
 * it had not committed yet catches up from its last commit without losing or doubling anything; a
 * rebuilt index finds the same. A meeting is found by its report, within its Atrium's reach, and
 * stays found, marked, once cancelled.
 */
@ExtendWith(ArquillianExtension.class)
public class SearchIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    SearchService search;
    @Inject
    SearchIndexer indexer;
    @Inject
    SearchIndex index;
    @Inject
    DiscussionService discussions;
    @Inject
    WikiService wiki;
    @Inject
    GuidanceService guidance;
    @Inject
    NetworkService network;
    @Inject
    MembershipService memberships;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    MeetingService meetings;

    @Test
    void aQuestionIsFoundRightAfterItIsAskedWithItsAnswerAsSnippet() {
        String word = word();
        Account asker = official("sa");
        Account answerer = official("sb");
        DiscussionThread thread = discussions.ask(asker, "gent", ThreadKind.QUESTION,
                "Vraag over de hemelwaterput " + word, "Moet er een hemelwaterput komen bij een verbouwing?",
                List.of("hemelwater"), false);
        discussions.answer(answerer, thread.getId(), "Ja, de " + word + "-regel van de GSV geldt.", null);

        SearchResult found = await().atMost(PATIENCE).until(() -> search.search(asker, SearchRequest.of(word, 10)),
                r -> r.total() == 1 && r.hits().get(0).snippet().contains("<mark>"));
        SearchResult.Hit hit = found.hits().get(0);
        assertEquals(SearchTypes.THREAD, hit.type());
        assertEquals(thread.getId(), hit.id());
        assertEquals("/discussion/thread.xhtml?id=" + thread.getId(), hit.url());
        assertEquals("gent", hit.atrium());
        assertTrue(found.facets().get("type").stream().anyMatch(f -> f.value().equals("thread") && f.count() == 1));
        assertTrue(search.suggest(asker, "vraag over de hemelwaterp", 10).stream().anyMatch(h -> h.id() == thread.getId()),
                "its title is suggested while typing");
    }

    @Test
    void contentOfAMemberOnlyAtriumIsNeverFoundByOutsidersAndAtOnceOnceTheyJoin() {
        String word = word();
        String slug = "it-srch-" + word;
        Account admin = admin();
        Account member = official("sm");
        Account outsider = official("so");
        network.createAtrium(admin, slug, "Zoeken " + word, AtriumKind.THEMATIC, true, null);
        memberships.setMembership(admin, slug, member.getUsername(), MembershipRole.MEMBER);
        DiscussionThread thread = discussions.ask(member, slug, ThreadKind.QUESTION, "Besloten zoekvraag " + word,
                "Tekst " + word, List.of("besloten-" + word), false);
        WikiPage page = wiki.create(member, slug, null, "Besloten zoekpagina " + word, "Inhoud " + word, List.of());
        Guidance forMembers = guidance.create(admin, new GuidanceInput(GuidanceKind.MANUAL, "Besloten richtlijn " + word,
                null, "Tekst " + word, List.of(), LocalDate.of(2026, 1, 1), null, List.of(), false, List.of(slug), Set.of()));
        guidance.publish(admin, forMembers.getId());

        await().atMost(PATIENCE).until(() -> search.search(member, SearchRequest.of(word, 10)).total() == 3);
        SearchResult outside = search.search(outsider, SearchRequest.of(word, 10));
        assertEquals(0, outside.total(), "no hits, and so no total");
        assertTrue(outside.facets().values().stream().allMatch(List::isEmpty), "and no facet counts: " + outside.facets());
        assertTrue(search.suggest(outsider, "besloten zoek", 20).stream().noneMatch(h -> h.title().contains(word)),
                "no suggestions");
        assertTrue(search.similar(outsider, "Besloten zoekvraag " + word, null, 20).stream()
                .noneMatch(h -> h.title().contains(word)), "no similar content");
        assertEquals(0, search.search(outsider, new SearchRequest(word, null, slug, null, null, null, null, false, 0, 10))
                .total(), "not by naming the Atrium either");

        memberships.setMembership(admin, slug, outsider.getUsername(), MembershipRole.MEMBER);
        SearchResult joined = search.search(outsider, SearchRequest.of(word, 10));
        assertEquals(3, joined.total(), "the next search after joining");
        assertEquals(Set.of("thread:" + thread.getId(), "wiki:" + page.getId(), "guidance:" + forMembers.getId()),
                Set.copyOf(joined.hits().stream().map(h -> h.type() + ":" + h.id()).toList()));
        assertTrue(joined.facets().get("atrium").stream().anyMatch(f -> f.value().equals(slug) && f.count() == 2));
    }

    @Test
    void aMeetingIsFoundByItsReportNeverByOutsidersOfItsMemberOnlyAtriumAndStaysFoundMarkedWhenCancelled() {
        String word = word();
        String agendaWord = word();
        String slug = "it-srch-mt-" + word;
        Account admin = admin();
        Account organiser = official("sr");
        Account outsider = official("st");
        network.createAtrium(admin, slug, "Samenkomsten " + word, AtriumKind.THEMATIC, true, null);
        memberships.setMembership(admin, slug, organiser.getUsername(), MembershipRole.MODERATOR);
        Instant start = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        Meeting meeting = meetings.plan(organiser, slug, new MeetingDetails("Overleg ruimtelijke planning", start,
                start.plus(Duration.ofHours(2)), "Stadhuis Gent", null, "1. Welkom\n2. " + agendaWord), List.of());
        await().atMost(PATIENCE).until(() -> search.search(organiser, SearchRequest.of(agendaWord, 10)).total() == 1);
        assertEquals(0, search.search(organiser, SearchRequest.of(word, 10)).total(), "no report yet");

        meetings.writeReport(organiser, meeting.getId(), "Besproken: de **" + word + "** bij de verkaveling.", null);
        SearchResult found = await().atMost(PATIENCE).until(() -> search.search(organiser, SearchRequest.of(word, 10)),
                r -> r.total() == 1);
        SearchResult.Hit hit = found.hits().get(0);
        assertEquals(SearchTypes.MEETING, hit.type());
        assertEquals(meeting.getId(), hit.id());
        assertEquals("Overleg ruimtelijke planning", hit.title());
        assertEquals("/meetings/meeting.xhtml?id=" + meeting.getId(), hit.url());
        assertEquals(slug, hit.atrium());
        assertTrue(hit.snippet().contains("<mark>" + word + "</mark>"), "the report is the snippet: " + hit.snippet());
        assertEquals(null, hit.status(), "a planned meeting is not marked");
        assertTrue(found.facets().get("type").stream().anyMatch(f -> f.value().equals("meeting") && f.count() == 1));

        SearchResult outside = search.search(outsider, SearchRequest.of(word, 10));
        assertEquals(0, outside.total(), "an outsider of the member-only Atrium finds nothing");
        assertTrue(outside.hits().isEmpty());
        assertTrue(outside.facets().values().stream().allMatch(List::isEmpty), "and counts nothing: " + outside.facets());
        assertEquals(0, search.search(outsider, new SearchRequest(word, SearchTypes.MEETING, null, null, null, null,
                null, false, 0, 10)).total(), "not by asking for meetings either");

        meetings.cancel(organiser, meeting.getId());
        SearchResult cancelled = await().atMost(PATIENCE).until(() -> search.search(organiser,
                SearchRequest.of(word, 10)), r -> r.total() == 1 && "CANCELLED".equals(r.hits().get(0).status()));
        assertEquals(meeting.getId(), cancelled.hits().get(0).id(), "a cancelled meeting is still found, marked");
        assertEquals(0, search.search(outsider, SearchRequest.of(word, 10)).total());
    }

    @Test
    void anIndexThatLostWhatItHadNotCommittedCatchesUpWithoutLossOrDoubles() throws Exception {
        String word = word();
        Account asker = official("sc");
        DiscussionThread first = discussions.ask(asker, "gent", ThreadKind.QUESTION, "Eerste " + word, "Tekst " + word,
                List.of(), false);
        await().atMost(PATIENCE).until(() -> search.search(asker, SearchRequest.of(word, 10)).total() == 1);
        indexer.commit();
        DiscussionThread second = discussions.ask(asker, "gent", ThreadKind.QUESTION, "Tweede " + word, "Tekst " + word,
                List.of(), false);
        await().atMost(PATIENCE).until(() -> search.search(asker, SearchRequest.of(word, 10)).total() == 2);

        indexer.resumeFromLastCommit(); // as a kill -9 after the first commit: the second question is not in it

        SearchResult after = await().atMost(PATIENCE).until(() -> search.search(asker, SearchRequest.of(word, 10)),
                r -> r.total() == 2);
        assertEquals(Set.of(first.getId(), second.getId()), Set.copyOf(after.hits().stream().map(SearchResult.Hit::id)
                .toList()), "both, once each");
    }

    @Test
    void aRebuiltIndexFindsTheSameAndSearchingGoesOnMeanwhile() {
        String word = word();
        Account asker = official("sd");
        discussions.ask(asker, "gent", ThreadKind.QUESTION, "Herbouw " + word, "Tekst " + word, List.of(), false);
        await().atMost(PATIENCE).until(() -> search.search(asker, SearchRequest.of(word, 10)).total() == 1);
        int before = index.size();

        assertTrue(indexer.startRebuild());
        assertEquals(1, search.search(asker, SearchRequest.of(word, 10)).total(), "the live index answers meanwhile");
        await().atMost(Duration.ofMinutes(3)).until(() -> !indexer.progress().running());
        assertEquals(null, indexer.progress().failure());
        assertEquals(1, search.search(asker, SearchRequest.of(word, 10)).total());
        assertTrue(index.size() >= before, "every document is back: " + index.size() + " of " + before);
    }

    @Test
    void oddInputIsTextAndNeverAnError() {
        String word = word();
        Account viewer = official("se");
        discussions.ask(viewer, "gent", ThreadKind.QUESTION, "Vreemde invoer " + word, "Tekst", List.of(), false);
        await().atMost(PATIENCE).until(() -> search.search(viewer, SearchRequest.of(word, 10)).total() == 1);
        // a field-like prefix that no text holds: odd syntax must neither fail nor widen the search
        for (String q : List.of("\"" + word, word + "*", word() + ":" + word, word + " \\", "(" + word + "))", word + " OR",
                "-\"x\" " + word, word + " " + "x".repeat(10_000))) {
            assertEquals(1, search.search(viewer, SearchRequest.of(q, 10)).total(), "found through " + q.substring(0,
                    Math.min(q.length(), 40)));
        }
        for (String q : List.of("*", ":", "\\", "-", "\"\"", "OR", "omgevingsvergunning ".repeat(500))) {
            assertDoesNotThrow(() -> search.search(viewer, SearchRequest.of(q, 5)), q.substring(0, Math.min(q.length(), 20)));
        }
        assertEquals(0, search.search(viewer, SearchRequest.of(word + " -" + word, 10)).total(), "an excluded word");
    }

    private Account admin() {
        return accountRepository.findByUsername("admin").orElseThrow();
    }

    private Account official(String prefix) {
        Long gent = ((Number) db.nativeSingle("SELECT id FROM organisation WHERE nis_code = '44021'")).longValue();
        String name = prefix + word();
        return accounts.createBySystem(new NewAccount(name, "Official " + name, null, gent, Role.OFFICIAL, null));
    }

    /** A made-up word no other test uses: what a test searches for. */
    private static String word() {
        return "zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36);
    }
}
