package be.atrium.platform;

import be.atrium.platform.outbox.ChangeType;
import be.atrium.platform.outbox.Outbox;
import be.atrium.platform.outbox.OutboxEvent;
import be.atrium.platform.outbox.OutboxReader;
import be.atrium.platform.outbox.OutboxRelay;
import be.atrium.platform.outbox.OutboxStore;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox read by consumers with cursors of their own, against MariaDB: an event that commits
 * after a later one is still handed on, a rolled-back one never is, and with many writers at once
 * every committed event reaches a reader exactly once.
 */
@ExtendWith(ArquillianExtension.class)
public class OutboxIT {

    private static final ChangeType TESTED = ChangeType.of("outbox-test", "written");

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    UserTransaction transaction;
    @Inject
    TestQueries db;
    @Inject
    OutboxStore store;
    @Inject
    RecordingConsumer consumer;
    /** Container threads (transactions, CDI), as many as a test needs: a managed pool may hold too few. */
    @Resource
    ManagedThreadFactory threads;
    private ExecutorService executor;

    @BeforeEach
    void threads() {
        executor = Executors.newCachedThreadPool(threads);
    }

    @AfterEach
    void stopThreads() {
        executor.shutdownNow();
    }

    /** Writes one event in a transaction of its own; it commits when {@code commit} opens, or rolls back. */
    private Future<Long> write(long aggregateId, CountDownLatch written, CountDownLatch commit, boolean rollback) {
        return executor.submit(() -> {
            transaction.begin();
            try {
                outbox.record(TESTED, aggregateId, 42L);
                written.countDown();
                commit.await(30, TimeUnit.SECONDS);
            } catch (RuntimeException | InterruptedException e) {
                transaction.rollback();
                throw e;
            }
            if (rollback) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
            return aggregateId;
        });
    }

    /** What the reader hands on of this test's events, by aggregate id, counting repeats. */
    private static void collect(OutboxReader reader, Map<Long, Integer> seen) {
        reader.poll(events -> {
            for (OutboxEvent e : events) {
                if (TESTED.matches(e)) {
                    seen.merge(e.getAggregateId(), 1, Integer::sum);
                }
            }
        });
    }

    @Test
    void anEventCommittedAfterALaterOneIsHandedOnAndARolledBackOneNever() throws Exception {
        OutboxReader reader = relay.reader("it-" + UUID.randomUUID(), false);
        long base = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        CountDownLatch slowWritten = new CountDownLatch(1);
        CountDownLatch slowCommit = new CountDownLatch(1);
        CountDownLatch rolledWritten = new CountDownLatch(1);
        CountDownLatch rolledBack = new CountDownLatch(1);
        Future<Long> slow = write(base + 1, slowWritten, slowCommit, false);
        Future<Long> rolled = write(base + 2, rolledWritten, rolledBack, true);
        assertTrue(slowWritten.await(30, TimeUnit.SECONDS) && rolledWritten.await(30, TimeUnit.SECONDS));
        CountDownLatch now = new CountDownLatch(0);
        write(base + 3, new CountDownLatch(1), now, false).get(30, TimeUnit.SECONDS); // a later id, committed first

        Map<Long, Integer> seen = new HashMap<>();
        collect(reader, seen);
        assertEquals(Map.of(base + 3, 1), seen, "only what is committed");
        long position = reader.position();

        rolledBack.countDown();
        rolled.get(30, TimeUnit.SECONDS);
        slowCommit.countDown();
        slow.get(30, TimeUnit.SECONDS);
        collect(reader, seen);
        assertEquals(Map.of(base + 1, 1, base + 3, 1), seen, "the late event once, the rolled-back one never");
        assertTrue(reader.position() >= position);
        assertEquals(42L, ((Number) db.nativeSingle("SELECT actor_id FROM outbox_event WHERE aggregate_type = "
                + "'outbox-test' AND aggregate_id = " + (base + 1))).longValue(), "the acting account is kept");
    }

    @Test
    void withManyWritersAtOnceEveryCommittedEventReachesTheReaderExactlyOnce() throws Exception {
        OutboxReader reader = relay.reader("it-" + UUID.randomUUID(), false);
        long base = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        int writers = 8;
        int each = 25;
        Set<Long> committed = java.util.Collections.synchronizedSet(new HashSet<>());
        Map<Long, Integer> seen = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<?> polling = executor.submit(() -> {
            while (writing.get()) {
                collect(reader, seen);
            }
        });
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            running.add(executor.submit(() -> {
                for (int i = 0; i < each; i++) {
                    long id = base + writer * 1000L + i;
                    boolean rollback = ThreadLocalRandom.current().nextInt(5) == 0;
                    transaction.begin();
                    outbox.record(TESTED, id, (long) writer);
                    if (rollback) {
                        transaction.rollback();
                    } else {
                        transaction.commit();
                        committed.add(id);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(2, TimeUnit.MINUTES);
        }
        writing.set(false);
        polling.get(1, TimeUnit.MINUTES);
        collect(reader, seen); // every writer has committed or rolled back: all of it is visible now
        assertEquals(committed, seen.keySet(), "every committed event, no rolled-back one");
        assertTrue(seen.values().stream().allMatch(n -> n == 1), "each once: " + seen);
        assertTrue(committed.size() > writers * each / 2, "most transactions committed: " + committed.size());
    }

    @Test
    void aConsumerHearsOfACommittedChangeAtOnceWithoutWaitingForItsPoll() throws Exception {
        long aggregate = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        CountDownLatch heard = consumer.expect(aggregate);
        transaction.begin();
        outbox.record(RecordingConsumer.WATCHED, aggregate, null);
        transaction.commit();
        assertTrue(heard.await(30, TimeUnit.SECONDS),
                "nudged after commit (the tests' servers poll only hourly: -Datrium.outbox.poll-seconds=3600)");
    }

    @Test
    void eventsEveryActiveConsumerHasPassedArePrunedAndNoOthers() throws Exception {
        OutboxReader reader = relay.reader("it-" + UUID.randomUUID(), false);
        String lagging = "it-lagging-" + UUID.randomUUID(); // a consumer that never reads the events below
        store.saveCursor(lagging, "it-node", store.newest());
        long base = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            transaction.begin();
            outbox.record(TESTED, base + i, null);
            transaction.commit();
            written.add(((Number) db.nativeSingle("SELECT MAX(id) FROM outbox_event")).longValue());
        }
        collect(reader, new HashMap<>());
        // the other consumers (the search index) move their cursors meanwhile: what prune removes is
        // bounded below by the slowest cursor before it and above by the slowest cursor after it
        String slowest = "SELECT MIN(position) FROM outbox_cursor WHERE updated_at >= UTC_TIMESTAMP(3) - INTERVAL 7 DAY";
        long passedByAll = ((Number) db.nativeSingle(slowest)).longValue();
        List<Long> before = db.nativeList("SELECT id FROM outbox_event").stream()
                .map(id -> ((Number) id).longValue()).toList();
        store.prune(Duration.ofDays(7), Duration.ZERO, Duration.ofDays(30), 100_000);
        long passedAfter = ((Number) db.nativeSingle(slowest)).longValue();
        assertEquals(0L, ((Number) db.nativeSingle("SELECT COUNT(*) FROM outbox_event WHERE id <= " + passedByAll))
                .longValue(), "what every consumer passed is gone");
        Set<Long> after = db.nativeList("SELECT id FROM outbox_event").stream()
                .map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
        List<Long> unreadButGone = before.stream().filter(id -> id > passedAfter && !after.contains(id)).toList();
        assertEquals(List.of(), unreadButGone, "what some consumer has not read yet stays");
        assertTrue(after.containsAll(written), "the events the lagging consumer has not read stay");
        db.updateAsAnotherNode("DELETE FROM outbox_cursor WHERE consumer = ?", lagging);
    }

}
