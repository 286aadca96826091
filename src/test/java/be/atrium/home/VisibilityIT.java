package be.atrium.home;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.ThreadFilter;
import be.atrium.discussion.ThreadKind;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceFilter;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.knowledge.KnowledgeLink;
import be.atrium.knowledge.KnowledgeService;
import be.atrium.knowledge.KnowledgeTargetType;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.practice.PracticeCase;
import be.atrium.practice.PracticeFilter;
import be.atrium.practice.PracticeService;
import be.atrium.practice.PracticeSummary;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One member-only Atrium, with content of every capability in it: its members see all of it,
 * an outsider sees none of it (not in lists, not by address, not through links), and when a
 * member leaves, what they saw is gone for them at once. The rule is decided in one place
 * (network.Reach); this test holds every capability to it. Also what deleting an Atrium does
 * to what it still holds.
 */
@ExtendWith(ArquillianExtension.class)
public class VisibilityIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    NetworkService network;
    @Inject
    MembershipService memberships;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    DiscussionService discussions;
    @Inject
    WikiService wiki;
    @Inject
    GuidanceService guidance;
    @Inject
    PracticeService practices;
    @Inject
    KnowledgeService knowledge;
    @Inject
    PersonContributions contributions;

    @Test
    void contentOfAMemberOnlyAtriumExistsOnlyForThoseItsReachIncludes() {
        String n = suffix();
        String slug = "it-vis-" + n;
        Account admin = admin();
        Organisation town = db.municipality("Zichtgem " + n);
        Account member = official("vmem", town);
        Account outsider = official("vout", town);
        network.createAtrium(admin, slug, "Besloten " + n, AtriumKind.THEMATIC, true, null);
        memberships.setMembership(admin, slug, member.getUsername(), MembershipRole.MEMBER);

        DiscussionThread thread = discussions.ask(member, slug, ThreadKind.QUESTION, "Besloten vraag " + n,
                "Alleen voor de leden.", List.of("besloten-" + n), false);
        WikiPage page = wiki.create(member, slug, null, "Besloten pagina " + n, "Voor de leden.", List.of());
        Guidance forMembers = guidance.create(admin, new GuidanceInput(GuidanceKind.MANUAL, "Besloten handleiding " + n,
                null, "Voor de leden.", List.of(), LocalDate.of(2026, 1, 1), null, List.of(), false, List.of(slug),
                Set.of()));
        guidance.publish(admin, forMembers.getId());
        PracticeCase practice = practices.create(member, new PracticeService.Draft("Besloten praktijk " + n,
                "De situatie", "De aanpak", null, null, town.getId(), null, slug, List.of(), null));
        knowledge.link(member, thread.getId(), KnowledgeTargetType.WIKI, page.getId());

        // the member sees everything
        assertTrue(network.visibleAtria(member).stream().anyMatch(v -> v.getAtrium().getSlug().equals(slug)));
        assertEquals(1, discussions.threads(member, slug, ThreadFilter.ALL, null, false, 0, 10).getTotal());
        assertEquals(page.getId(), wiki.page(member, page.getId()).getPage().getId());
        assertTrue(wiki.findPages(member, "Besloten pagina " + n, false, 10).stream()
                .anyMatch(p -> p.getId().equals(page.getId())));
        assertTrue(guidanceIds(member).contains(forMembers.getId()));
        assertTrue(practiceIds(member).contains(practice.getId()));
        assertEquals(List.of(page.getId()), knowledge.links(member, thread.getId()).stream()
                .map(KnowledgeLink::targetId).toList());
        Account colleague = official("vcol", town);
        memberships.setMembership(admin, slug, colleague.getUsername(), MembershipRole.MEMBER);
        assertEquals(List.of(thread.getId()), ids(contributions.questions(colleague, member, 10)),
                "a fellow member finds them on the person page");
        assertEquals(List.of(page.getId()), ids(contributions.wikiPages(colleague, member, 10)));
        assertEquals(List.of(practice.getId()), ids(contributions.practiceCases(colleague, member, 10)));
        assertTrue(ids(contributions.guidance(colleague, admin, 50)).contains(forMembers.getId()));

        // the outsider sees nothing of it, and what it asks for by address does not exist
        assertOutsider(outsider, slug, thread, page, forMembers, practice, n);

        // a member who leaves is an outsider at once
        memberships.removeMembership(member, slug, member.getUsername());
        assertOutsider(member, slug, thread, page, forMembers, practice, n);

        // administrators see everything
        assertEquals(page.getId(), wiki.page(admin, page.getId()).getPage().getId());
        assertTrue(practiceIds(admin).contains(practice.getId()));
    }

    private void assertOutsider(Account outsider, String slug, DiscussionThread thread, WikiPage page,
                                Guidance forMembers, PracticeCase practice, String n) {
        assertFalse(network.visibleAtria(outsider).stream().anyMatch(v -> v.getAtrium().getSlug().equals(slug)));
        assertThrows(NotFoundException.class, () -> network.visibleAtrium(outsider, slug));
        assertThrows(NotFoundException.class, () -> discussions.threads(outsider, slug, ThreadFilter.ALL, null, false, 0, 10));
        assertThrows(NotFoundException.class, () -> discussions.thread(outsider, thread.getId(), 0, 10));
        assertThrows(NotFoundException.class, () -> wiki.page(outsider, page.getId()));
        assertTrue(wiki.findPages(outsider, "Besloten pagina " + n, false, 10).isEmpty());
        assertFalse(guidanceIds(outsider).contains(forMembers.getId()));
        assertThrows(NotFoundException.class, () -> guidance.guidance(outsider, forMembers.getId()));
        assertFalse(practiceIds(outsider).contains(practice.getId()));
        assertThrows(NotFoundException.class, () -> practices.view(outsider, practice.getId()));
        assertThrows(NotFoundException.class, () -> knowledge.links(outsider, thread.getId()));
        Account author = thread.getAuthor();
        assertEquals(List.of(), contributions.questions(outsider, author, 10), "nor on the person page");
        assertEquals(List.of(), contributions.wikiPages(outsider, author, 10));
        assertEquals(List.of(), contributions.practiceCases(outsider, author, 10));
        assertFalse(ids(contributions.guidance(outsider, admin(), 50)).contains(forMembers.getId()));
    }

    private static List<Long> ids(List<Contribution> rows) {
        return rows.stream().map(Contribution::id).toList();
    }

    @Test
    void anAtriumIsDeletedOnlyWhenNothingWouldLoseItsReaders() {
        String n = suffix();
        Account admin = admin();
        Account member = official("vdel", db.municipality("Wisgem " + n));

        String withPage = "it-delw-" + n;
        network.createAtrium(admin, withPage, "Met pagina " + n, AtriumKind.THEMATIC, false, null);
        memberships.setMembership(admin, withPage, member.getUsername(), MembershipRole.MEMBER);
        wiki.create(member, withPage, null, "Blijvende pagina " + n, "Tekst.", List.of());
        assertEquals("atrium.delete.hasWikiPages", assertThrows(DomainException.class,
                () -> network.deleteAtrium(admin, withPage)).code(), "no foreign-key error: a reason");
        assertEquals(withPage, network.visibleAtrium(admin, withPage).getAtrium().getSlug(), "still there");

        String onlyAudience = "it-delg-" + n;
        network.createAtrium(admin, onlyAudience, "Enig publiek " + n, AtriumKind.THEMATIC, false, null);
        Guidance only = guidance.create(admin, new GuidanceInput(GuidanceKind.CIRCULAR, "Enkel voor " + n, null,
                "Tekst.", List.of(), LocalDate.of(2026, 1, 1), null, List.of(), false, List.of(onlyAudience), Set.of()));
        guidance.publish(admin, only.getId());
        assertEquals("atrium.delete.onlyAudience", assertThrows(DomainException.class,
                () -> network.deleteAtrium(admin, onlyAudience)).code(), "the guidance would be read by nobody");

        String sharedAudience = "it-dels-" + n;
        network.createAtrium(admin, sharedAudience, "Gedeeld publiek " + n, AtriumKind.THEMATIC, false, null);
        Guidance shared = guidance.create(admin, new GuidanceInput(GuidanceKind.CIRCULAR, "Voor twee " + n, null,
                "Tekst.", List.of(), LocalDate.of(2026, 1, 1), null, List.of(), false,
                List.of(onlyAudience, sharedAudience), Set.of()));
        guidance.publish(admin, shared.getId());
        long sharedId = network.visibleAtrium(admin, sharedAudience).getAtrium().getId();
        network.deleteAtrium(admin, sharedAudience);
        assertThrows(NotFoundException.class, () -> network.visibleAtrium(admin, sharedAudience));
        assertEquals(Set.of(onlyAudience), guidance.guidance(admin, shared.getId()).getGuidance().getAudienceAtria()
                .stream().map(a -> a.getSlug()).collect(Collectors.toSet()),
                "guidance that reaches others keeps its other Atria");
        assertEquals(1L, db.count("SELECT COUNT(e) FROM OutboxEvent e WHERE e.aggregateType = 'atrium' "
                + "AND e.eventType = 'deleted' AND e.aggregateId = " + sharedId + " AND e.actorId = " + admin.getId()),
                "the deletion is in the outbox for search and notifications");
    }

    private List<Long> guidanceIds(Account viewer) {
        return guidance.list(viewer, GuidanceFilter.published(), 0, 100).getItems().stream()
                .map(i -> i.getGuidance().getId()).toList();
    }

    private List<Long> practiceIds(Account viewer) {
        return practices.list(viewer, PracticeFilter.NONE, 0, 100).items().stream()
                .map(PracticeSummary::practice).map(PracticeCase::getId).toList();
    }

    private Account admin() {
        return accountRepository.findByUsername("admin").orElseThrow();
    }

    private Account official(String prefix, Organisation municipality) {
        String name = prefix + suffix();
        return accounts.createBySystem(new NewAccount(name, "Official " + name, null, municipality.getId(),
                Role.OFFICIAL, null));
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
