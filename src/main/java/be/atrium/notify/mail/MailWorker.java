package be.atrium.notify.mail;

import be.atrium.platform.Started;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background worker of mail: every {@code atrium.mail.poll-seconds} (and when nudged) it sends
 * what is due from the queue, batch after batch, then makes the digests that are due and sends
 * them. Every node runs one; the leases of the queue and the unique dedupe keys keep them from
 * doing the same work twice. Without an SMTP server configured it still makes digests, and mail waits in the queue.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    static final int BATCH = 20;

    @Inject
    MailSettings settings;

    @Inject
    MailDelivery delivery;

    @Inject
    Digests digests;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** One round at a time on this node (a nudge during a round waits for it). */
    private final ReentrantLock rounds = new ReentrantLock();
    private volatile ScheduledFuture<?> polling;
    private volatile boolean warned;

    void onStarted(@Observes Started event) {
        settings.problem().ifPresent(p -> LOG.warning("Atrium: mail is not sent from this node: " + p));
        polling = scheduler.scheduleWithFixedDelay(this::round, settings.pollSeconds(), settings.pollSeconds(),
                TimeUnit.SECONDS);
    }

    /** Asks for a round now (digests due, mail due). */
    public void nudge() {
        if (polling != null) {
            scheduler.execute(this::round);
        }
    }

    /** One round: the mail due, the digests due, then the digests just made. */
    void round() {
        rounds.lock();
        try {
            sendDue(); // mail at once does not wait for a digest run
            try {
                digests.runDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Atrium: making digests failed; tried again shortly", e);
            }
            sendDue();
        } finally {
            rounds.unlock();
        }
    }

    private void sendDue() {
        if (!settings.isConfigured()) {
            if (!warned) {
                warned = true;
                LOG.warning("Atrium: mail stays queued: " + settings.problem().orElse(""));
            }
            return;
        }
        try {
            int sent;
            do {
                sent = delivery.deliverDue(settings.session(), BATCH);
            } while (sent == BATCH && polling != null && !polling.isCancelled());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: sending mail failed; tried again shortly", e);
        }
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> p = polling;
        if (p != null) {
            p.cancel(false);
        }
    }
}
