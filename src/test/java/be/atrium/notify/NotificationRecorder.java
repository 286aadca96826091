package be.atrium.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Deployed with the in-container tests: remembers every {@link NotificationCreated} fired, as the
 * mail queue will observe them, so a test can check that each stored notification was announced
 * once, with the right "direct" flag.
 */
@ApplicationScoped
public class NotificationRecorder {

    private final Queue<NotificationCreated> fired = new ConcurrentLinkedQueue<>();

    void on(@Observes NotificationCreated event) {
        fired.add(event);
    }

    public List<NotificationCreated> to(long recipientId) {
        return fired.stream().filter(e -> e.recipientId() == recipientId).toList();
    }
}
