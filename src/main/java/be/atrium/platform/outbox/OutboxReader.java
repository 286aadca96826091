package be.atrium.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One consumer's way through the outbox on this node. Ids are handed out when a transaction
 * inserts its event, but transactions commit in another order: event 11 can be visible while
 * event 10 is still being written. So the reader keeps its cursor ({@code position}) below the
 * first id it has not seen yet and remembers which later ids it has already handed on; a hole
 * in the ids is waited for until the event after it is older than the look-back window (longer
 * than any write transaction), after which the hole is taken for a rolled-back transaction.
 * Every committed event is handed on once per reader (again only after a restart, from the saved
 * cursor), in the order it became visible.
 */
public class OutboxReader {

    private final String consumer;
    private final String node;
    private final OutboxStore store;
    private final Clock clock;
    private final Duration lookBack;
    private final int batch;
    /** Every id up to here is handed on or was a hole given up; saved as the cursor. */
    private long position;
    /** The highest id read so far. */
    private long readUpTo;
    /** Ids above {@link #position} already handed on, with their creation times. */
    private final TreeMap<Long, Instant> handled = new TreeMap<>();

    OutboxReader(String consumer, String node, OutboxStore store, Clock clock, Duration lookBack, int batch,
                 boolean fromOldest) {
        this(consumer, node, store, clock, lookBack, batch, fromOldest, null);
    }

    /** A reader that starts at {@code startAt} when given (the consumer's own position), else at its saved cursor. */
    OutboxReader(String consumer, String node, OutboxStore store, Clock clock, Duration lookBack, int batch,
                 boolean fromOldest, Long startAt) {
        this.consumer = consumer;
        this.node = node;
        this.store = store;
        this.clock = clock;
        this.lookBack = lookBack;
        this.batch = batch;
        if (startAt != null) {
            store.resetCursor(consumer, node, startAt);
            this.position = startAt;
        } else {
            this.position = store.cursor(consumer, node).orElseGet(() -> {
                long start = fromOldest ? store.beforeOldest() : store.newest();
                store.saveCursor(consumer, node, start);
                return start;
            });
        }
        this.readUpTo = position;
    }

    public String consumer() {
        return consumer;
    }

    /** All ids up to here are handed on (or were holes given up). */
    public synchronized long position() {
        return position;
    }

    /**
     * Reads what became visible since the last call and hands the new events to {@code handler}
     * (not called when there are none): first those that filled a hole, then the new ones. When
     * the handler throws, those events are not marked as handled and come again.
     *
     * @return the number of events handed on
     */
    public synchronized int poll(Consumer<List<OutboxEvent>> handler) {
        int total = 0;
        List<Long> holes = holes();
        if (!holes.isEmpty()) {
            total += hand(store.withIds(holes), handler);
        }
        List<OutboxEvent> page;
        do {
            page = store.after(readUpTo, batch);
            total += hand(page, handler);
            if (!page.isEmpty()) {
                readUpTo = page.get(page.size() - 1).getId();
            }
        } while (page.size() == batch);
        long before = position;
        advance();
        if (position != before) {
            store.saveCursor(consumer, node, position);
        }
        return total;
    }

    /** Ids between the cursor and what was read that were not there yet (at most a thousand, oldest first). */
    private List<Long> holes() {
        List<Long> holes = new ArrayList<>();
        for (long id = position + 1; id < readUpTo && holes.size() < 1000; id++) {
            if (!handled.containsKey(id)) {
                holes.add(id);
            }
        }
        return holes;
    }

    private int hand(List<OutboxEvent> events, Consumer<List<OutboxEvent>> handler) {
        if (events.isEmpty()) {
            return 0;
        }
        handler.accept(events);
        events.forEach(e -> handled.put(e.getId(), e.getCreatedAt()));
        return events.size();
    }

    /** Moves the cursor over handled ids, and over a hole once the event after it is older than the look-back window. */
    private void advance() {
        Instant cutoff = clock.instant().minus(lookBack);
        while (!handled.isEmpty()) {
            Map.Entry<Long, Instant> first = handled.firstEntry();
            boolean hole = first.getKey() > position + 1;
            if (hole && !first.getValue().isBefore(cutoff)) {
                return; // an earlier event may still commit
            }
            position = first.getKey();
            handled.pollFirstEntry();
        }
    }
}
