package be.atrium.platform.outbox;

import java.util.List;

/**
 * Something that acts on content changes after they are committed: the search index,
 * notifications, feeds. Each is an {@code @ApplicationScoped} bean; {@link OutboxRelay} hands it
 * the events in the order they became visible (close to commit order; see {@link OutboxReader}),
 * each at least once, with a cursor of its own per node. So a consumer must be idempotent (a
 * crash between handling and saving the cursor hands the last events again).
 */
public interface OutboxConsumer {

    /** A stable name, unique among consumers: the key of its cursor. */
    String name();

    /**
     * Where a consumer that has no cursor yet starts: after the newest event ({@code false}, the
     * default: it built its state from the database), or at the oldest event still kept.
     */
    default boolean fromOldest() {
        return false;
    }

    /** Handles events; throwing hands the same events again later (with a pause). */
    void accept(List<OutboxEvent> events);
}
