package be.atrium.practice;

import be.atrium.content.TagCounts;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.MergerService;
import be.atrium.network.NetworkService;
import be.atrium.network.Reaches;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.StatementCounter;
import be.atrium.practice.web.PracticesPage;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Practice cases against the real database inside Payara Micro: the number of statements of the
 * list and of the home page box, what a municipality merger and deleting an Atrium do to cases,
 * and the list of practice for a piece of guidance.
 */
@ExtendWith(ArquillianExtension.class)
public class PracticeIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    PracticeService practices;
    @Inject
    GuidanceService guidance;
    @Inject
    NetworkService network;

    @Inject
    MembershipService memberships;

    @Inject
    MergerService mergers;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    PracticeRepository repository;
    @Inject
    PracticeChoices choices;
    @Inject
    Reaches reaches;
    @Inject
    TagCounts tagCounts;

    @Test
    void theListAndTheHomeBoxTakeAFixedNumberOfStatementsHoweverManyCasesThereAre() {
        String n = suffix();
        Organisation here = db.municipality("Telgem " + n);
        Organisation there = db.municipality("Andergem " + n);
        Account author = official("tel", here);
        Account reader = official("lez", there);
        Account admin = admin();
        network.createAtrium(admin, "it-prk-" + n, "Praktijk " + n, AtriumKind.THEMATIC, false, null);
        for (int i = 0; i < 3; i++) {
            share(author, "Telpraktijk " + i, null, here, List.of("tel-" + n, "thema-" + i));
        }
        practices.highlight(admin, share(author, "Uitgelicht", null, here, List.of("tel-" + n)).getId());
        PracticeFilter mine = new PracticeFilter(null, null, "tel-" + n, null, false, null, null);
        long fewList = statements(() -> render(practices.list(reader, mine, 0, PracticesPage.PAGE_SIZE)));
        long fewHome = statements(() -> practices.highlighted(reader, PracticeService.HOME_HIGHLIGHTS)
                .forEach(p -> p.getMunicipality().getName()));

        for (int i = 0; i < 30; i++) {
            PracticeCase p = share(i % 2 == 0 ? author : reader, "Nog een praktijk " + i, i % 3 == 0 ? "it-prk-" + n : null,
                    i % 2 == 0 ? here : there, List.of("tel-" + n, "extra-" + i, "x" + (i % 4)));
            if (i % 5 == 0) {
                practices.highlight(admin, p.getId());
            }
        }
        PracticeList many = practices.list(reader, mine, 0, PracticesPage.PAGE_SIZE);
        assertEquals(34, many.total());
        assertEquals(PracticesPage.PAGE_SIZE, many.items().size());
        assertTrue(many.items().get(0).practice().isHighlighted() && many.items().get(6).practice().isHighlighted()
                && !many.items().get(7).practice().isHighlighted(), "the seven highlighted cases come first");
        long manyList = statements(() -> render(practices.list(reader, mine, 0, PracticesPage.PAGE_SIZE)));
        long manyHome = statements(() -> practices.highlighted(reader, PracticeService.HOME_HIGHLIGHTS)
                .forEach(p -> p.getMunicipality().getName()));
        assertEquals(fewList, manyList, "list statements must not grow with cases");
        assertEquals(fewHome, manyHome, "home box statements must not grow with highlighted cases");
        assertTrue(manyList <= 5, "practice list: " + manyList);
        assertTrue(manyHome <= 3, "home box: " + manyHome);

        PracticeFilter filtered = new PracticeFilter(there.getId(), there.getProvince().getId(), "tel-" + n, "it-prk-" + n,
                true, LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
        PracticeList narrow = practices.list(reader, filtered, 0, PracticesPage.PAGE_SIZE);
        assertTrue(narrow.items().stream().allMatch(s -> s.practice().getMunicipality().getId().equals(there.getId())
                && s.practice().isHighlighted() && s.practice().getAtrium() != null), "every filter applies");
        assertTrue(statements(() -> render(practices.list(reader, filtered, 0, PracticesPage.PAGE_SIZE))) <= 8);
    }

    @Test
    void aMergerMovesTheCasesOfTheOldMunicipalityToTheNewOne() {
        String n = suffix();
        Organisation oldOne = db.municipality("Oudpraktijk " + n);
        Organisation newOne = db.municipality("Nieuwpraktijk " + n);
        Account official = official("mrg", oldOne);
        PracticeCase p = share(official, "Voor de fusie", null, null, List.of());
        assertEquals(oldOne.getId(), p.getMunicipality().getId(), "the author's municipality");

        mergers.mergeMunicipalities(admin(), oldOne.getId(), newOne.getId());

        assertEquals(newOne.getId(), practices.view(official, p.getId()).practice().getMunicipality().getId());
        assertEquals(1, practices.list(official, new PracticeFilter(newOne.getId(), null, null, null, false, null, null),
                0, 10).total());
    }

    @Test
    void anAtriumWithSharedCasesIsNotDeleted() {
        String n = suffix();
        Account admin = admin();
        network.createAtrium(admin, "it-prkdel-" + n, "Te verwijderen " + n, AtriumKind.THEMATIC, false, null);
        share(official("del", db.municipality("Delgem " + n)), "In het Atrium",
                "it-prkdel-" + n, null, List.of());
        DomainException refused = assertThrows(DomainException.class, () -> network.deleteAtrium(admin, "it-prkdel-" + n));
        assertEquals("atrium.delete.hasPractices", refused.code());
    }

    @Test
    void thePracticeOfAPieceOfGuidanceIsListedForItsReadersOnly() {
        String n = suffix();
        Account admin = admin();
        Organisation here = db.municipality("Richtgem " + n);
        Account member = official("mem", here);
        Account outsider = official("out", here);
        network.createAtrium(admin, "it-prkg-" + n, "Besloten " + n, AtriumKind.THEMATIC, true, null);
        memberships.setMembership(admin, "it-prkg-" + n, member.getUsername(), MembershipRole.MEMBER);
        Guidance published = guidance.create(admin, new GuidanceInput(GuidanceKind.CIRCULAR, "Omzendbrief " + n, null,
                "De regel.", List.of(), LocalDate.of(2026, 1, 1), null, List.of(), true, List.of(), Set.of()));
        guidance.publish(admin, published.getId());
        Guidance draft = guidance.create(admin, new GuidanceInput(GuidanceKind.GUIDELINE, "Ontwerp " + n, null,
                "Nog niet.", List.of(), LocalDate.of(2026, 1, 1), null, List.of(), true, List.of(), Set.of()));

        PracticeCase open = share(member, "Open praktijk", null, here, List.of());
        PracticeCase closed = share(member, "Besloten praktijk", "it-prkg-" + n, here, List.of());
        practices.linkGuidance(member, open.getId(), List.of(published.getId()));
        practices.linkGuidance(member, closed.getId(), List.of(published.getId()));
        assertEquals("practice.guidance.unknown", assertThrows(DomainException.class,
                () -> practices.linkGuidance(member, open.getId(), List.of(draft.getId()))).code());

        assertEquals(List.of(closed.getId(), open.getId()), practices.forGuidance(member, published.getId(), 10).stream()
                .map(PracticeCase::getId).toList());
        assertEquals(List.of(open.getId()), practices.forGuidance(outsider, published.getId(), 10).stream()
                .map(PracticeCase::getId).toList(), "a case of a member-only Atrium stays with its members");
        assertThrows(NotFoundException.class, () -> practices.forGuidance(outsider, draft.getId(), 10));
        assertEquals(List.of(published.getId()), practices.view(outsider, open.getId()).guidance().stream()
                .map(Guidance::getId).toList());

        Guidance forMembers = guidance.create(admin, new GuidanceInput(GuidanceKind.MANUAL, "Handleiding " + n, null,
                "Voor de leden.", List.of(), LocalDate.of(2026, 1, 1), null, List.of(), false, List.of("it-prkg-" + n),
                Set.of()));
        guidance.publish(admin, forMembers.getId());
        practices.linkGuidance(member, open.getId(), List.of(forMembers.getId(), published.getId()));
        assertEquals(2, practices.view(member, open.getId()).guidance().size());
        assertEquals(List.of(published.getId()), practices.view(outsider, open.getId()).guidance().stream()
                .map(Guidance::getId).toList(), "a reader sees only the guidance they may read");
        practices.linkGuidance(outsider, open.getId(), List.of());
        assertEquals(List.of(forMembers.getId()), practices.view(member, open.getId()).guidance().stream()
                .map(Guidance::getId).toList(), "an editor cannot unlink what they cannot see");
    }

    @Test
    void theThemesOfAMemberOnlyCaseAreOfferedToItsMembersOnly() {
        String n = suffix();
        Account admin = admin();
        Organisation here = db.municipality("Themagem " + n);
        Account member = official("thm", here);
        Account outsider = official("tho", here);
        String slug = "it-prkt-" + n;
        network.createAtrium(admin, slug, "Besloten " + n, AtriumKind.THEMATIC, true, null);
        memberships.setMembership(admin, slug, member.getUsername(), MembershipRole.MEMBER);
        String secret = "geheim-thema-" + n;
        String open = "open-thema-" + n;
        share(member, "Besloten thema's", slug, here, List.of(secret));
        share(member, "Open thema's", null, here, List.of(open));

        // counted in the database (when the index cannot answer), through the viewer's reach
        assertTrue(repository.themes(reaches.of(member), 10_000).containsAll(List.of(secret, open)));
        List<String> outsiders = repository.themes(reaches.of(outsider), 10_000);
        assertTrue(outsiders.contains(open), "the open case's theme is offered");
        assertFalse(outsiders.contains(secret), "the member-only case's theme is not");
        assertEquals(0, practices.list(outsider, new PracticeFilter(null, null, secret, null, false, null, null), 0, 10)
                .total(), "nor counted when filtering on it");

        // the suggestions of the list and the editor come from the index's facets once it has the cases
        await().atMost(Duration.ofSeconds(30)).until(() -> indexed(member).contains(secret));
        await().atMost(Duration.ofSeconds(30)).until(() -> indexed(outsider).contains(open));
        assertFalse(indexed(outsider).contains(secret), "the index counts through the outsider's reach too");
        assertFalse(choices.themes(outsider).contains(secret));
    }

    private List<String> indexed(Account viewer) {
        return tagCounts.top(viewer, "practice", null, false, 10_000).orElse(List.of());
    }

    /** Touches what the list page shows of every row, so lazy loading would be counted. */
    private static void render(PracticeList list) {
        for (PracticeSummary s : list.items()) {
            PracticeCase p = s.practice();
            p.getTitle();
            p.getMunicipality().getName();
            if (p.getMunicipality().getProvince() != null) {
                p.getMunicipality().getProvince().getName();
            }
            if (p.getAtrium() != null) {
                p.getAtrium().getName();
            }
            p.getAuthor().getDisplayName();
            s.themes().size();
        }
    }

    private PracticeCase share(Account author, String title, String atrium, Organisation municipality, List<String> tags) {
        return practices.create(author, new PracticeService.Draft(title, "De situatie in " + title, "De aanpak", null,
                null, municipality == null ? null : municipality.getId(), null, atrium, tags, null));
    }

    private long statements(Runnable work) {
        work.run(); // warm caches, so both measurements compare like with like
        long before = StatementCounter.current();
        work.run();
        return StatementCounter.current() - before;
    }

    private Account admin() {
        return accountRepository.findByUsername("admin").orElseThrow();
    }

    private Account official(String prefix, Organisation municipality) {
        String name = prefix + suffix();
        return accounts.createBySystem(new NewAccount(name, "Official " + name, null, municipality.getId(), Role.OFFICIAL,
                null));
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
