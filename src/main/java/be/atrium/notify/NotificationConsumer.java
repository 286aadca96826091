package be.atrium.notify;

import be.atrium.platform.outbox.OutboxConsumer;
import be.atrium.platform.outbox.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Reads the outbox for notifications: every committed change is handed here after commit (at least
 * once) and {@link NotificationFanOut} makes the notifications of a batch in one transaction. A
 * failing batch comes again at the next poll; the fan-out's keys make a second pass store nothing twice.
 * Starts after the newest event when it first runs: nothing from before notifications existed is announced.
 * In a cluster only the node doing the background work reads for notifications, with one cursor for all.
 */
@ApplicationScoped
public class NotificationConsumer implements OutboxConsumer {

    public static final String NAME = "notify";

    @Inject
    NotificationFanOut fanOut;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean perNode() {
        return false;
    }

    @Override
    public void accept(List<OutboxEvent> events) {
        fanOut.handle(events);
    }
}
