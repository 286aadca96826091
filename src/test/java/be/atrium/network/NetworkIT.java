package be.atrium.network;

import be.atrium.identity.AccessToken;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.LoginService;
import be.atrium.identity.LoginThrottle;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.identity.TokenService;
import be.atrium.organisation.Organisation;
import be.atrium.organisation.OrganisationRepository;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import be.atrium.platform.NotFoundException;
import be.atrium.platform.PlatformSetting;
import be.atrium.platform.StatementCounter;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network against a real MariaDB inside Payara Micro: migrations from empty, moments kept
 * in UTC past 2038, reference data loaded once, municipality mergers, and who may see and
 * moderate which Atrium; and, for a second node, that authentication never trusts a cached
 * account or token and that a slowed-down login waits without a transaction or a connection.
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
    MembershipService memberships;
    @Inject
    MergerService mergers;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    AtriumRepository atria;
    @Inject
    Moments moments;
    @Inject
    OrganisationRepository organisations;
    @Inject
    LoginService login;
    @Inject
    TokenService tokens;

    private static final String PASSWORD = "correct horse battery";

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
    void noMomentIsATimestampColumnAnyMore() {
        // Flyway's own flyway_schema_history.installed_on is Flyway's business, not the application's.
        assertEquals(List.of(), db.nativeList("SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND data_type = 'timestamp' AND table_name <> 'flyway_schema_history'"));
        assertEquals(List.of(), db.nativeList("SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND LOWER(extra) LIKE '%on update%'"), "no column rewrites itself on update");
        assertEquals(List.of(), db.nativeList("SELECT CONCAT(table_name, '.', column_name) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND data_type = 'datetime' AND datetime_precision <> 3"), "moments keep milliseconds");
    }

    @Test
    void aMomentAfter2038IsStoredAsUtcWhateverTheZonesOfTheJvmAndTheSession() {
        // arquillian.xml starts Payara with -Duser.timezone=Europe/Brussels: the JVM's zone must not leak into the data.
        assertEquals(ZoneId.of("Europe/Brussels"), ZoneId.systemDefault(), "the container's JVM runs in Brussels time");
        Instant moment = Instant.parse("2040-05-01T10:15:30.123Z");
        String key = "it.moment." + suffix();

        moments.store(key, moment);

        assertEquals(moment, moments.read(key));
        assertEquals("2040-05-01 10:15:30.123", db.nativeSingle(
                "SELECT CAST(updated_at AS CHAR) FROM platform_setting WHERE setting_key = '" + key + "'"), "UTC wall-clock time in the column");
        assertEquals(moment, moments.readInSessionTimeZone(key, "-07:00"));
        assertEquals(moment, moments.readInSessionTimeZone(key, "+13:00"));
        assertEquals("+00:00", db.nativeSingle("SELECT @@session.time_zone"), "sessions are in UTC, so DEFAULT CURRENT_TIMESTAMP(3) is UTC");
    }

    @Test
    void theRealNetworkIsLoaded() {
        assertEquals(285, municipalitiesOfFlanders());
        assertEquals(5, db.count("SELECT COUNT(o) FROM Organisation o WHERE o.level = be.atrium.organisation.GovernmentLevel.PROVINCIAL"));
        assertEquals(1, db.count("SELECT COUNT(o) FROM Organisation o WHERE o.level = be.atrium.organisation.GovernmentLevel.FLEMISH"));
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

        mergers.mergeMunicipalities(admin, oldOne.getId(), newOne.getId());

        assertEquals(newOne.getId(), db.find(Account.class, official.getId()).getOrganisation().getId());
        Atrium atrium = atria.findBySlug("it-merge-" + n).orElseThrow();
        Set<Long> covered = db.find(Atrium.class, atrium.getId()).getMunicipalities().stream().map(Organisation::getId).collect(Collectors.toSet());
        assertEquals(Set.of(newOne.getId()), covered);
        Set<Long> managed = db.find(Account.class, manager.getId()).getManagedMunicipalities().stream().map(Organisation::getId).collect(Collectors.toSet());
        assertEquals(Set.of(newOne.getId()), managed);
        assertEquals(newOne.getId(), db.find(Organisation.class, oldOne.getId()).getMergedInto().getId());

        DomainException again = assertThrows(DomainException.class, () -> mergers.mergeMunicipalities(admin, oldOne.getId(), newOne.getId()));
        assertEquals("organisation.merge.alreadyMerged", again.code());
        assertThrows(ForbiddenException.class, () -> mergers.mergeMunicipalities(official, newOne.getId(), oldOne.getId()));
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
        memberships.setMembership(admin, slug, member.getUsername(), MembershipRole.MEMBER);

        assertFalse(slugs(network.visibleAtria(outsider)).contains(slug));
        assertThrows(NotFoundException.class, () -> network.visibleAtrium(outsider, slug));
        assertThrows(NotFoundException.class, () -> memberships.members(outsider, slug));
        assertThrows(NotFoundException.class, () -> memberships.setMembership(outsider, slug, outsider.getUsername(), MembershipRole.MEMBER));

        assertTrue(slugs(network.visibleAtria(member)).contains(slug));
        assertFalse(network.visibleAtrium(member, slug).isModerator());
        assertThrows(ForbiddenException.class, () -> memberships.setMembership(member, slug, outsider.getUsername(), MembershipRole.MEMBER));

        Account reloadedManager = accountRepository.findByUsername(manager.getUsername()).orElseThrow();
        assertTrue(network.visibleAtrium(reloadedManager, slug).isModerator(), "relationship managers moderate their municipalities' Atria");
        memberships.setMembership(reloadedManager, slug, outsider.getUsername(), MembershipRole.MODERATOR);
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

    @Test
    void anAccountDisabledByAnotherNodeIsRefusedHereAtOnce() {
        String n = suffix();
        Account official = accounts.createBySystem(new NewAccount("dis" + n, "Disabled " + n, null, null, Role.OFFICIAL, PASSWORD));
        String token = tokens.create(official, "script").value();
        String address = "192.0.2." + n.substring(0, 2);
        // This node has used the account: a shared cache would now hold it, enabled.
        assertTrue(login.login(official.getUsername(), PASSWORD, address).isSuccess());
        assertTrue(tokens.authenticate(token).isPresent());
        assertTrue(accountRepository.findByUsername(official.getUsername()).orElseThrow().canAuthenticate());

        assertEquals(1, db.updateAsAnotherNode("UPDATE account SET enabled = FALSE WHERE id = ?", official.getId()));

        assertFalse(login.login(official.getUsername(), PASSWORD, address).isSuccess(), "login form and HTTP Basic");
        assertTrue(tokens.authenticate(token).isEmpty(), "the account's access token");
        assertFalse(accountRepository.findByUsername(official.getUsername()).orElseThrow().canAuthenticate(),
                "what every page request of a signed-in session checks");
    }

    @Test
    void aTokenRevokedByAnotherNodeIsRefusedHereAtOnce() {
        Account owner = official("tok" + suffix());
        TokenService.IssuedToken issued = tokens.create(owner, "script");
        assertEquals(owner.getId(), tokens.authenticate(issued.value()).orElseThrow().getId());

        assertEquals(1, db.updateAsAnotherNode("UPDATE access_token SET revoked_at = ? WHERE id = ?",
                Timestamp.from(Instant.now()), issued.token().getId()));

        assertTrue(tokens.authenticate(issued.value()).isEmpty());
    }

    @Test
    void theSharedCacheHoldsOrganisationsButNothingAnAuthorisationDependsOn() {
        String n = suffix();
        Organisation municipality = db.municipality("Cachegem " + n);
        Account member = accounts.createBySystem(new NewAccount("cache" + n, "Cache " + n, null, municipality.getId(),
                Role.OFFICIAL, PASSWORD));
        TokenService.IssuedToken issued = tokens.create(member, "script");
        String slug = "it-cache-" + n;
        network.createAtrium(admin(), slug, "Cache " + n, AtriumKind.THEMATIC, true, null);
        Membership membership = memberships.setMembership(admin(), slug, member.getUsername(), MembershipRole.MEMBER);
        String address = "192.0.2.1" + n.substring(0, 2);
        login.login(member.getUsername(), "wrong " + PASSWORD, address);
        String throttleKey = "pair:" + member.getUsername() + "|" + address;

        // Read everything as requests do.
        assertEquals(municipality.getId(), organisations.findById(municipality.getId()).orElseThrow().getId());
        Account read = accountRepository.findByUsername(member.getUsername()).orElseThrow();
        assertEquals(municipality.getId(), read.getOrganisation().getId());
        assertTrue(tokens.authenticate(issued.value()).isPresent());
        assertFalse(network.visibleAtrium(read, slug).isModerator());
        assertTrue(db.find(LoginThrottle.class, throttleKey).failures() > 0);

        Cache cache = db.sharedCache();
        assertTrue(cache.contains(Organisation.class, municipality.getId()), "organisations are cached");
        assertFalse(cache.contains(Account.class, member.getId()), "accounts");
        assertFalse(cache.contains(AccessToken.class, issued.token().getId()), "access tokens");
        assertFalse(cache.contains(LoginThrottle.class, throttleKey), "login throttles");
        assertFalse(cache.contains(Atrium.class, atria.findBySlug(slug).orElseThrow().getId()), "Atria");
        assertFalse(cache.contains(Membership.class, membership.getId()), "memberships");
    }

    private long municipalitiesOfFlanders() {
        return db.count("SELECT COUNT(o) FROM Organisation o WHERE o.level = be.atrium.organisation.GovernmentLevel.MUNICIPAL AND o.nisCode NOT LIKE '9%'");
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

    /** Writes and reads a moment through the entity model, as the application does. */
    @ApplicationScoped
    @Transactional
    public static class Moments {

        @PersistenceContext
        EntityManager em;

        public void store(String key, Instant at) {
            em.persist(new PlatformSetting(key, "it", at));
        }

        public Instant read(String key) {
            return em.createQuery("SELECT s.updatedAt FROM PlatformSetting s WHERE s.key = :key", Instant.class)
                    .setParameter("key", key).getSingleResult();
        }

        /** Reads it with the session's time zone changed, then gives the pooled connection its zone back. */
        public Instant readInSessionTimeZone(String key, String offset) {
            em.createNativeQuery("SET @atrium_it_time_zone = @@session.time_zone").executeUpdate();
            em.createNativeQuery("SET time_zone = '" + offset + "'").executeUpdate();
            try {
                assertEquals(offset, em.createNativeQuery("SELECT @@session.time_zone").getSingleResult(), "read on the changed session");
                return read(key);
            } finally {
                em.createNativeQuery("SET time_zone = @atrium_it_time_zone").executeUpdate();
            }
        }
    }
}
