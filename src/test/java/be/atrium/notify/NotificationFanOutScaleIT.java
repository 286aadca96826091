package be.atrium.notify;

import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceInput;
import be.atrium.guidance.GuidanceKind;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.Grant;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.network.AtriumKind;
import be.atrium.network.NetworkService;
import be.atrium.platform.StatementCounter;
import be.atrium.platform.outbox.OutboxEvent;
import be.atrium.platform.outbox.OutboxStore;
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
import java.util.logging.Logger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One guidance publication for an audience of 1,200 members: every member gets exactly one
 * notification through the outbox relay, and the fan-out's SQL statements grow with its batches of
 * 500 recipients, not with the recipients (no N+1). Times are only logged ("notify fan-out: ..."); the
 * figures of the issue come from src/test/benchmark/notify_bench.sh, which goes through the API.
 */
@ExtendWith(ArquillianExtension.class)
public class NotificationFanOutScaleIT {

    private static final Logger LOG = Logger.getLogger(NotificationFanOutScaleIT.class.getName());
    private static final int MEMBERS = 1200;

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    GuidanceService guidance;
    @Inject
    NetworkService network;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    NotificationFanOut fanOut;
    @Inject
    OutboxStore outbox;
    @Inject
    TestQueries db;

    @Test
    void oneGuidanceForTwelveHundredMembersIsOneNotificationEachInAFewStatementsPerBatch() {
        Account admin = accountRepository.findByUsername("admin").orElseThrow();
        String suffix = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String slug = "it-bench-" + suffix;
        long atrium = network.createAtrium(admin, slug, "Benchmark " + slug, AtriumKind.THEMATIC, false, null).getId();
        String prefix = "bench" + suffix + "-";
        db.nativeUpdate("INSERT INTO account (username, display_name, role, created_at) SELECT CONCAT('" + prefix
                + "', seq), CONCAT('Lid ', seq), 'OFFICIAL', UTC_TIMESTAMP(3) FROM seq_1_to_" + MEMBERS);
        db.nativeUpdate("INSERT INTO membership (atrium_id, account_id, role, created_at) SELECT " + atrium
                + ", id, 'MEMBER', UTC_TIMESTAMP(3) FROM account WHERE username LIKE '" + prefix + "%'");
        Account publisher = publisher(admin);
        Guidance draft = guidance.create(publisher, new GuidanceInput(GuidanceKind.GUIDELINE, "Richtlijn " + suffix,
                "Samenvatting", "Tekst.", List.of("VCRO art. 4.3.1"), LocalDate.of(2027, 1, 1), null, List.of(), false,
                List.of(slug), Set.of()));

        long start = System.nanoTime();
        guidance.publish(publisher, draft.getId());
        OutboxEvent published = events(draft.getId());
        String key = "event:" + published.getId() + ":guidance_published";
        await().atMost(Duration.ofMinutes(3)).until(() -> stored(key) == MEMBERS);
        long relayMillis = (System.nanoTime() - start) / 1_000_000;

        // the same event once more, its notifications gone, in this thread: time and statements of the fan-out itself
        db.nativeUpdate("DELETE FROM notification WHERE source_key = '" + key + "'");
        long planStart = System.nanoTime();
        int planned = fanOut.plan(published).size();
        long planMillis = (System.nanoTime() - planStart) / 1_000_000;
        long statementsBefore = StatementCounter.current();
        long handleStart = System.nanoTime();
        int made = fanOut.handle(List.of(published));
        long handleMillis = (System.nanoTime() - handleStart) / 1_000_000;
        long statements = StatementCounter.current() - statementsBefore;

        LOG.info(String.format("notify fan-out: guidance for %d members: %d ms from publication to the last "
                        + "notification stored (relay); fan-out alone %d ms (of which finding the %d recipients %d ms), "
                        + "%d SQL statements (%.4f per recipient)",
                MEMBERS, relayMillis, handleMillis, planned, planMillis, statements, statements / (double) MEMBERS));
        assertEquals(MEMBERS, planned);
        assertEquals(MEMBERS, made);
        assertEquals(MEMBERS, stored(key));
        assertTrue(statements <= 8 + 3 * ((MEMBERS + 499) / 500),
                "statements grow with batches of 500 recipients, not with recipients: " + statements);
    }

    private long stored(String key) {
        return ((Number) db.nativeSingle("SELECT COUNT(*) FROM notification WHERE source_key = '" + key + "'"))
                .longValue();
    }

    private OutboxEvent events(long guidanceId) {
        Number id = (Number) db.nativeSingle("SELECT MAX(id) FROM outbox_event WHERE aggregate_type = 'guidance' "
                + "AND event_type = 'published' AND aggregate_id = " + guidanceId);
        return outbox.withIds(List.of(id.longValue())).get(0);
    }

    private Account publisher(Account admin) {
        Long agency = ((Number) db.nativeSingle("SELECT id FROM organisation WHERE level = 'FLEMISH' ORDER BY id LIMIT 1"))
                .longValue();
        String name = "bpub" + ThreadLocalRandom.current().nextInt(100_000_000);
        Account a = accounts.createBySystem(new NewAccount(name, "Publicist " + name, null, agency, Role.OFFICIAL, null));
        return accounts.setGrants(admin, a.getId(), List.of(Grant.PUBLISHER));
    }
}
