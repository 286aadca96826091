package be.atrium.platform.outbox;

import java.util.List;
import java.util.OptionalLong;

/**
 * Something that acts on content changes after they are committed: the search index,
 * notifications, feeds. Each is an {@code @ApplicationScoped} bean; {@link OutboxRelay} hands it
 * the events in the order they became visible (close to commit order; see {@link OutboxReader}),
 * each at least once, with a cursor of its own per node ({@link #perNode()}) or one for the whole
 * cluster. So a consumer must be idempotent (a crash between handling and saving the cursor, or a
 * node taking over from one that died, hands the last events again).
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

    /**
     * Where the consumer's own state says it stopped, when it keeps one (the search index keeps
     * the last applied position in its commit): that position wins over the saved cursor at
     * start-up, so nothing committed after it is lost in a crash.
     */
    default OptionalLong position() {
        return OptionalLong.empty();
    }

    /**
     * Whether the consumer runs on this node; one that does not keeps its cursor where it was and
     * reads on from there once it runs again (as long as the outbox still holds the events).
     */
    default boolean active() {
        return true;
    }

    /**
     * Whether every node runs this consumer with a cursor of its own (the default: the search index
     * of each node), or only the node doing the background work, with one cursor for the cluster
     * (notifications: each is made once). A node that takes the background work over reads on from
     * where the previous one saved the cursor.
     */
    default boolean perNode() {
        return true;
    }

    /** Handles events; throwing hands the same events again later (with a pause). */
    void accept(List<OutboxEvent> events);

    /**
     * After a poll: every event up to {@code position} has been handed to {@link #accept} (or was
     * a hole given up). A consumer that keeps its own position records this one.
     */
    default void caughtUp(long position) {
    }
}
