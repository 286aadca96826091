package be.atrium.platform.outbox;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * How a reader walks the outbox when ids are not committed in order: what it hands on, when its
 * cursor moves, and what comes again after a failure. The database is replaced by a map of the
 * events visible "now".
 */
class OutboxReaderTest {

    private static final ChangeType CREATED = ChangeType.of("thread", "created");
    private static final Instant T0 = Instant.parse("2026-12-06T10:00:00Z");

    /** The committed events and the saved cursors, as the database would hold them. */
    static final class FakeStore extends OutboxStore {
        final TreeMap<Long, OutboxEvent> visible = new TreeMap<>();
        final Map<String, Long> cursors = new HashMap<>();

        void commit(long id, Instant at) {
            OutboxEvent e = new OutboxEvent(at, CREATED, id * 10, 7L);
            try {
                Field f = OutboxEvent.class.getDeclaredField("id");
                f.setAccessible(true);
                f.set(e, id);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
            visible.put(id, e);
        }

        @Override
        public List<OutboxEvent> after(long position, int limit) {
            return visible.tailMap(position, false).values().stream().limit(limit).toList();
        }

        @Override
        public List<OutboxEvent> withIds(List<Long> ids) {
            return ids.stream().filter(visible::containsKey).map(visible::get).toList();
        }

        @Override
        public long newest() {
            return visible.isEmpty() ? 0 : visible.lastKey();
        }

        @Override
        public long beforeOldest() {
            return visible.isEmpty() ? 0 : visible.firstKey() - 1;
        }

        @Override
        public Optional<Long> cursor(String consumer, String node) {
            return Optional.ofNullable(cursors.get(consumer + "@" + node));
        }

        @Override
        public void saveCursor(String consumer, String node, long position) {
            cursors.merge(consumer + "@" + node, position, Math::max);
        }
    }

    private final FakeStore store = new FakeStore();
    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private OutboxReader reader(boolean fromOldest) {
        return new OutboxReader("search", "node-a", store, clock, Duration.ofSeconds(60), 3, fromOldest);
    }

    private static List<Long> ids(List<List<OutboxEvent>> batches) {
        List<Long> ids = new ArrayList<>();
        batches.forEach(b -> b.forEach(e -> ids.add(e.getId())));
        return ids;
    }

    @Test
    void aNewConsumerStartsAfterTheNewestEventOrAtTheOldestOneAndSavesThatCursor() {
        store.commit(4, T0);
        store.commit(5, T0);
        assertEquals(5, reader(false).position());
        assertEquals(5L, store.cursors.get("search@node-a"));
        store.cursors.clear();
        List<List<OutboxEvent>> got = new ArrayList<>();
        reader(true).poll(got::add);
        assertEquals(List.of(4L, 5L), ids(got));
    }

    @Test
    void anEventCommittedAfterALaterOneIsStillHandedOnAndTheCursorWaitsForIt() {
        OutboxReader reader = reader(false);
        store.commit(2, T0); // 1 is still being written
        List<List<OutboxEvent>> got = new ArrayList<>();
        assertEquals(1, reader.poll(got::add));
        assertEquals(List.of(2L), ids(got));
        assertEquals(0, reader.position(), "the cursor stays below the hole");
        assertEquals(0L, store.cursors.get("search@node-a"));

        store.commit(3, T0);
        store.commit(1, T0); // now 1 commits
        got.clear();
        assertEquals(2, reader.poll(got::add));
        assertEquals(List.of(1L, 3L), ids(got), "the late event first, then the new one; 2 not again");
        assertEquals(3, reader.position());
        assertEquals(3L, store.cursors.get("search@node-a"));
    }

    @Test
    void aHoleIsGivenUpOnlyWhenTheEventAfterItIsOlderThanTheLookBackWindow() {
        OutboxReader reader = reader(false);
        store.commit(2, T0); // 1 rolled back
        reader.poll(b -> { });
        now = T0.plusSeconds(59);
        reader.poll(b -> { });
        assertEquals(0, reader.position(), "a transaction may still commit 1");
        now = T0.plusSeconds(61);
        assertEquals(0, reader.poll(b -> { }), "nothing new");
        assertEquals(2, reader.position(), "1 was rolled back: the cursor moves on");
    }

    @Test
    void manyEventsAfterAHoleAreAllHandedOnAtOnce() {
        OutboxReader reader = reader(false);
        for (long id = 2; id <= 10; id++) {
            store.commit(id, T0);
        }
        List<List<OutboxEvent>> got = new ArrayList<>();
        assertEquals(9, reader.poll(got::add), "pages of 3, also past the hole");
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), ids(got));
        store.commit(1, T0);
        got.clear();
        reader.poll(got::add);
        assertEquals(List.of(1L), ids(got));
        assertEquals(10, reader.position());
    }

    @Test
    void whenTheConsumerFailsTheSameEventsComeAgain() {
        OutboxReader reader = reader(false);
        store.commit(1, T0);
        store.commit(2, T0);
        assertThrows(IllegalStateException.class, () -> reader.poll(b -> {
            throw new IllegalStateException("index closed");
        }));
        assertEquals(0, reader.position());
        List<List<OutboxEvent>> got = new ArrayList<>();
        reader.poll(got::add);
        assertEquals(List.of(1L, 2L), ids(got));
        assertEquals(2, reader.position());
    }

    @Test
    void aRestartedReaderGoesOnFromItsSavedCursor() {
        OutboxReader first = reader(false);
        store.commit(1, T0);
        first.poll(b -> { });
        store.commit(2, T0);
        List<List<OutboxEvent>> got = new ArrayList<>();
        reader(false).poll(got::add);
        assertEquals(List.of(2L), ids(got), "only what the first reader did not pass");
        assertEquals(7L, got.get(0).get(0).getActorId());
        assertEquals(CREATED, got.get(0).get(0).getType());
    }
}
