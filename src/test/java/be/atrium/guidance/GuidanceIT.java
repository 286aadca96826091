package be.atrium.guidance;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.Grant;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.organisation.GovernmentLevel;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guidance against a real MariaDB inside Payara Micro: the list and the home box take a fixed
 * number of statements whatever their length, the audience rules hold inside the list queries,
 * the home box forgets what was read, and every change is recorded in the outbox.
 */
@ExtendWith(ArquillianExtension.class)
public class GuidanceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    GuidanceService guidance;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    NetworkService network;

    @Inject
    MembershipService memberships;

    @Test
    void theListAndTheHomeBoxTakeAFixedNumberOfStatementsWhateverTheirLength() {
        Account publisher = publisher();
        Account reader = official();
        String tag = "st" + suffix();
        publish(publisher, "Eerste " + tag, tag, true, List.of(), Set.of());
        GuidanceFilter filter = new GuidanceFilter(null, null, null, null, tag, null, null, null);

        long fewList = statements(() -> guidance.list(reader, filter, 0, 25));
        long fewHome = statements(() -> guidance.unread(reader, 5));
        for (int i = 0; i < 6; i++) {
            publish(publisher, "Nog een " + i + " " + tag, tag, true, List.of(), Set.of());
        }
        GuidanceList many = guidance.list(reader, filter, 0, 25);
        assertEquals(7, many.getTotal());
        assertEquals(7, many.getItems().size());
        assertTrue(many.getItems().stream().allMatch(i -> i.getTags().equals(List.of(tag))));
        long manyList = statements(() -> {
            GuidanceList l = guidance.list(reader, filter, 0, 25);
            l.getItems().forEach(i -> i.getGuidance().getOrganisation().getName()); // what the page shows
        });
        long manyHome = statements(() -> guidance.unread(reader, 5).forEach(g -> g.getOrganisation().getName()));
        assertEquals(fewList, manyList, "no statement per row in the list");
        assertTrue(manyList <= 3, "count, page and tags: " + manyList);
        assertEquals(fewHome, manyHome, "no statement per row in the home box");
    }

    @Test
    void theListQueriesApplyTheAudienceAndTheHomeBoxForgetsWhatWasRead() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Account publisher = publisher();
        Account member = official();
        Account outsider = official();
        String slug = "it-gdl-" + suffix();
        network.createAtrium(admin, slug, "Doelgroep " + slug, AtriumKind.THEMATIC, false, null);
        memberships.setMembership(admin, slug, member.getUsername(), MembershipRole.MEMBER);
        String tag = "au" + suffix();
        Guidance forAtrium = publish(publisher, "Voor het Atrium " + tag, tag, false, List.of(slug), Set.of());
        Guidance forProvinces = publish(publisher, "Voor provincies " + tag, tag, false, List.of(),
                Set.of(GovernmentLevel.PROVINCIAL));
        Guidance forEveryone = publish(publisher, "Voor iedereen " + tag, tag, true, List.of(), Set.of());
        Guidance draft = guidance.create(publisher, input("Ontwerp " + tag, tag, true, List.of(), Set.of()));
        GuidanceFilter all = new GuidanceFilter(GuidanceFilter.parseStatuses("all"), null, null, null, tag, null, null, null);

        assertEquals(List.of(forEveryone.getId(), forAtrium.getId()), ids(guidance.list(member, all, 0, 25)),
                "newest first; the provincial guidance and the draft are not for a municipal member");
        assertEquals(List.of(forEveryone.getId()), ids(guidance.list(outsider, all, 0, 25)));
        assertEquals(4, guidance.list(publisher, all, 0, 25).getTotal(), "its publishers see all, the draft too");
        assertEquals(List.of(forAtrium.getId()), ids(guidance.list(member,
                new GuidanceFilter(null, null, null, slug, tag, null, null, null), 0, 25)));
        assertEquals(List.of(draft.getId()), ids(guidance.list(publisher,
                new GuidanceFilter(Set.of(GuidanceStatus.DRAFT), null, null, null, tag, null, null, null), 0, 25)));
        assertThrows(NotFoundException.class, () -> guidance.guidance(outsider, forAtrium.getId()));
        assertThrows(NotFoundException.class, () -> guidance.guidance(member, forProvinces.getId()));

        List<Long> unread = guidance.unread(member, 100).stream().map(Guidance::getId).toList();
        assertTrue(unread.containsAll(List.of(forEveryone.getId(), forAtrium.getId())), unread.toString());
        assertFalse(unread.contains(forProvinces.getId()));
        assertFalse(unread.contains(draft.getId()));
        assertTrue(guidance.markRead(member, forAtrium.getId()));
        assertFalse(guidance.markRead(member, forAtrium.getId()), "read once");
        assertFalse(guidance.unread(member, 100).stream().anyMatch(g -> g.getId().equals(forAtrium.getId())),
                "gone from the home box once read");
        assertEquals(1L, ((Number) db.nativeSingle("SELECT COUNT(*) FROM guidance_read WHERE guidance_id = "
                + forAtrium.getId())).longValue());
        assertTrue(guidance.guidance(member, forAtrium.getId()).isRead());
    }

    @Test
    void everyChangeIsRecordedInTheOutbox() {
        Account publisher = publisher();
        String tag = "ob" + suffix();
        Guidance old = publish(publisher, "Oud " + tag, tag, true, List.of(), Set.of());
        Guidance newer = publish(publisher, "Nieuw " + tag, tag, true, List.of(), Set.of());
        guidance.supersede(publisher, old.getId(), newer.getId());
        guidance.withdraw(publisher, newer.getId(), "Vervalt");
        assertEquals(List.of("created", "published", "superseded"), events(old.getId()));
        assertEquals(List.of("created", "published", "withdrawn"), events(newer.getId()));
    }

    private List<?> events(long id) {
        return db.nativeList("SELECT event_type FROM outbox_event WHERE aggregate_type = 'guidance' AND aggregate_id = "
                + id + " ORDER BY id");
    }

    private Guidance publish(Account publisher, String title, String tag, boolean network, List<String> atria,
                             Set<GovernmentLevel> levels) {
        Guidance g = guidance.create(publisher, input(title, tag, network, atria, levels));
        return guidance.publish(publisher, g.getId());
    }

    private static GuidanceInput input(String title, String tag, boolean network, List<String> atria,
                                       Set<GovernmentLevel> levels) {
        return new GuidanceInput(GuidanceKind.GUIDELINE, title, "Samenvatting", "Tekst over **" + tag + "**.",
                List.of("VCRO art. 4.3.1"), LocalDate.of(2027, 1, 1), null, List.of(tag), network, atria, levels);
    }

    private static List<Long> ids(GuidanceList list) {
        return list.getItems().stream().map(i -> i.getGuidance().getId()).toList();
    }

    private long statements(Runnable work) {
        work.run(); // warm caches, so both measurements compare like with like
        long before = StatementCounter.current();
        work.run();
        return StatementCounter.current() - before;
    }

    private Account publisher() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        Long agency = ((Number) db.nativeSingle("SELECT id FROM organisation WHERE level = 'FLEMISH' ORDER BY id LIMIT 1"))
                .longValue();
        String name = "gpub" + suffix();
        Account a = accounts.createBySystem(new NewAccount(name, "Publicist " + name, null, agency, Role.OFFICIAL, null));
        return accounts.setGrants(admin, a.getId(), List.of(Grant.PUBLISHER));
    }

    private Account official() {
        Long gent = ((Number) db.nativeSingle("SELECT id FROM organisation WHERE nis_code = '44021'")).longValue();
        String name = "goff" + suffix();
        return accounts.createBySystem(new NewAccount(name, "Official " + name, null, gent, Role.OFFICIAL, null));
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
