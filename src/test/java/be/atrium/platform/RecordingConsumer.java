package be.atrium.platform;

import be.atrium.platform.outbox.ChangeType;
import be.atrium.platform.outbox.OutboxConsumer;
import be.atrium.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * An outbox consumer deployed with the in-container tests, as search and notifications will be:
 * a test waits here for the event of an aggregate it wrote.
 */
@ApplicationScoped
public class RecordingConsumer implements OutboxConsumer {

    static final ChangeType WATCHED = ChangeType.of("outbox-test", "watched");
    private final Map<Long, CountDownLatch> waiting = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "it-recording";
    }

    /** A latch that opens when the event of this aggregate arrives. */
    CountDownLatch expect(long aggregateId) {
        return waiting.computeIfAbsent(aggregateId, id -> new CountDownLatch(1));
    }

    @Override
    public void accept(List<OutboxEvent> events) {
        for (OutboxEvent e : events) {
            if (WATCHED.matches(e)) {
                expect(e.getAggregateId()).countDown();
            }
        }
    }
}
