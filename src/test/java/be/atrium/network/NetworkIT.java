package be.atrium.network;

import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
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

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network against a real MariaDB inside Payara Micro: migrations from empty, reference
 * data loaded once, municipality mergers, and who may see and moderate which Atrium.
 */
@ExtendWith(ArquillianExtension.class)
public class NetworkIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;
    @Inject
    ReferenceDataLoader referenceData;
    @Inject
    NetworkService network;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    AtriumRepository atria;

    @Test
    void migrationsApplyFromEmptyAndTheEntityModelMatchesTheSchema() {
        List<?> versions = db.nativeList("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank");
        assertTrue(versions.contains("1"), "V1 applied: " + versions);
        assertEquals(0L, ((Number) db.nativeSingle("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")).longValue());
        List<String> entities = db.queryEveryEntity();
        assertTrue(entities.containsAll(List.of("Account", "Organisation", "Atrium", "Membership",
                "OntvoogdingCondition", "AccessToken", "LoginThrottle", "AuditEntry", "PlatformSetting")), entities.toString());
    }

    @Test
    void theRealNetworkIsLoaded() {
        assertEquals(285, municipalitiesOfFlanders());
        assertEquals(5, db.count("SELECT COUNT(o) FROM Organisation o WHERE o.level = be.atrium.network.GovernmentLevel.PROVINCIAL"));
        assertEquals(1, db.count("SELECT COUNT(o) FROM Organisation o WHERE o.level = be.atrium.network.GovernmentLevel.FLEMISH"));
        assertEquals(26, db.count("SELECT COUNT(a) FROM Atrium a WHERE a.kind = be.atrium.network.AtriumKind.REGIONAL AND a.slug NOT LIKE 'it-%'"));
        assertEquals(285, db.count("SELECT COUNT(DISTINCT m) FROM Atrium a JOIN a.municipalities m WHERE a.kind = be.atrium.network.AtriumKind.REGIONAL AND a.slug NOT LIKE 'it-%'"));
        assertEquals(5, db.count("SELECT COUNT(a) FROM Atrium a WHERE a.kind = be.atrium.network.AtriumKind.PROVINCIAL AND a.membersOnly = TRUE"));
    }

    @Test
    void referenceDataLoadsOnlyOnceEvenWhenTheLoaderRunsAgain() {
        long organisations = db.count("SELECT COUNT(o) FROM Organisation o");
        long atriumCount = db.count("SELECT COUNT(a) FROM Atrium a");
        referenceData.load(); // a restart
        db.nativeUpdate("DELETE FROM platform_setting WHERE setting_key LIKE 'reference.%'");
        referenceData.load(); // a restart that lost its markers: still no duplicates
        assertEquals(organisations, db.count("SELECT COUNT(o) FROM Organisation o"));
        assertEquals(atriumCount, db.count("SELECT COUNT(a) FROM Atrium a"));
        assertEquals(285, municipalitiesOfFlanders());
    }

    @Test
    void aMergerMovesMembersAtriaAndRelationshipManagersToTheNewMunicipality() {
        Account admin = admin();
        String n = suffix();
        Organisation oldOne = db.municipality("Oudegem " + n);
        Organisation newOne = db.municipality("Nieuwegem " + n);
        Account official = accounts.createBySystem(new NewAccount("off" + n, "Official " + n, null, oldOne.getId(), Role.OFFICIAL, null));
        Account manager = accounts.createBySystem(new NewAccount("rm" + n, "Manager " + n, null, null, Role.RELATIONSHIP_MANAGER, null));
        accounts.setManagedMunicipalities(admin, manager.getId(), List.of(oldOne.getId()));
        network.createAtrium(admin, "it-merge-" + n, "Merge " + n, AtriumKind.REGIONAL, false, null);
        network.updateAtrium(admin, "it-merge-" + n, "Merge " + n, null, false, null, List.of(oldOne.getId()));

        network.mergeMunicipalities(admin, oldOne.getId(), newOne.getId());

        assertEquals(newOne.getId(), db.find(Account.class, official.getId()).getOrganisation().getId());
        Atrium atrium = atria.findBySlug("it-merge-" + n).orElseThrow();
        Set<Long> covered = db.find(Atrium.class, atrium.getId()).getMunicipalities().stream().map(Organisation::getId).collect(Collectors.toSet());
        assertEquals(Set.of(newOne.getId()), covered);
        Set<Long> managed = db.find(Account.class, manager.getId()).getManagedMunicipalities().stream().map(Organisation::getId).collect(Collectors.toSet());
        assertEquals(Set.of(newOne.getId()), managed);
        assertEquals(newOne.getId(), db.find(Organisation.class, oldOne.getId()).getMergedInto().getId());

        DomainException again = assertThrows(DomainException.class, () -> network.mergeMunicipalities(admin, oldOne.getId(), newOne.getId()));
        assertEquals("organisation.merge.alreadyMerged", again.code());
        assertThrows(ForbiddenException.class, () -> network.mergeMunicipalities(official, newOne.getId(), oldOne.getId()));
    }

    @Test
    void aMemberOnlyAtriumExistsOnlyForItsMembersManagersAndAdministrators() {
        Account admin = admin();
        String n = suffix();
        Organisation covered = db.municipality("Binnengem " + n);
        String slug = "it-closed-" + n;
        network.createAtrium(admin, slug, "Closed " + n, AtriumKind.THEMATIC, true, null);
        network.updateAtrium(admin, slug, "Closed " + n, null, true, null, List.of(covered.getId()));
        Account member = official("mem" + n);
        Account outsider = official("out" + n);
        Account manager = accounts.createBySystem(new NewAccount("man" + n, "Manager", null, null, Role.RELATIONSHIP_MANAGER, null));
        accounts.setManagedMunicipalities(admin, manager.getId(), List.of(covered.getId()));
        network.setMembership(admin, slug, member.getUsername(), MembershipRole.MEMBER);

        assertFalse(slugs(network.visibleAtria(outsider)).contains(slug));
        assertThrows(NotFoundException.class, () -> network.visibleAtrium(outsider, slug));
        assertThrows(NotFoundException.class, () -> network.members(outsider, slug));
        assertThrows(NotFoundException.class, () -> network.setMembership(outsider, slug, outsider.getUsername(), MembershipRole.MEMBER));

        assertTrue(slugs(network.visibleAtria(member)).contains(slug));
        assertFalse(network.visibleAtrium(member, slug).isModerator());
        assertThrows(ForbiddenException.class, () -> network.setMembership(member, slug, outsider.getUsername(), MembershipRole.MEMBER));

        Account reloadedManager = accountRepository.findByUsername(manager.getUsername()).orElseThrow();
        assertTrue(network.visibleAtrium(reloadedManager, slug).isModerator(), "relationship managers moderate their municipalities' Atria");
        network.setMembership(reloadedManager, slug, outsider.getUsername(), MembershipRole.MODERATOR);
        assertTrue(network.visibleAtrium(outsider, slug).isModerator());
        assertTrue(network.visibleAtrium(admin, slug).isModerator());
    }

    @Test
    void theAtriaListUsesTheSameNumberOfQueriesHoweverManyAtriaThereAre() {
        Account admin = admin();
        network.visibleAtria(admin); // warm up
        long before = StatementCounter.current();
        network.visibleAtria(admin);
        long first = StatementCounter.current() - before;
        String n = suffix();
        for (int i = 0; i < 5; i++) {
            network.createAtrium(admin, "it-count-" + n + "-" + i, "Count " + i, AtriumKind.THEMATIC, i % 2 == 0, null);
        }
        before = StatementCounter.current();
        List<AtriumView> views = network.visibleAtria(admin);
        long second = StatementCounter.current() - before;
        assertTrue(views.size() >= 36, "all Atria listed: " + views.size());
        assertEquals(first, second, "statements for the Atria list must not grow with the number of Atria");
        assertTrue(second <= 6, "statements: " + second);
    }

    private long municipalitiesOfFlanders() {
        return db.count("SELECT COUNT(o) FROM Organisation o WHERE o.level = be.atrium.network.GovernmentLevel.MUNICIPAL AND o.nisCode NOT LIKE '9%'");
    }

    private Account admin() {
        return accountRepository.findByUsername("admin").orElseThrow();
    }

    private Account official(String username) {
        return accounts.createBySystem(new NewAccount(username, username, null, null, Role.OFFICIAL, null));
    }

    private static Set<String> slugs(List<AtriumView> views) {
        return views.stream().map(v -> v.getAtrium().getSlug()).collect(Collectors.toSet());
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
