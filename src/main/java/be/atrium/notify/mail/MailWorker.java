package be.atrium.notify.mail;

import be.atrium.platform.Started;
import be.atrium.platform.cluster.BackgroundWork;
import be.atrium.platform.cluster.BackgroundWorkTaken;
import be.atrium.platform.cluster.Cluster;
import be.atrium.platform.cluster.ClusterSignal;
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
 * them. In a cluster only the node doing the {@link BackgroundWork} runs its rounds; a nudge on another
 * node is passed to it, and a node that takes the work over starts at once. Besides, the leases of the
 * queue and the unique dedupe keys keep two rounds from doing the same work twice, also in the moment
 * the work changes node. Without an SMTP server configured it still makes digests, and mail waits in the queue.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());
    static final int BATCH = 20;
    /** The signal that tells the node doing the background work that mail waits. */
    static final String SIGNAL = "mail";

    @Inject
    MailSettings settings;

    @Inject
    MailDelivery delivery;

    @Inject
    Digests digests;

    @Inject
    BackgroundWork background;

    @Inject
    Cluster cluster;

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

    /** Asks for a round now (digests due, mail due), on whichever node does the background work. */
    public void nudge() {
        nudgeHere();
        cluster.signal(SIGNAL);
    }

    private void nudgeHere() {
        if (polling != null) {
            scheduler.execute(this::round);
        }
    }

    void onSignal(@Observes ClusterSignal signal) {
        if (signal.is(SIGNAL)) {
            nudgeHere();
        }
    }

    void onBackgroundWorkTaken(@Observes BackgroundWorkTaken event) {
        nudgeHere();
    }

    /** One round: the mail due, the digests due, then the digests just made. */
    void round() {
        if (!background.isHere()) {
            return;
        }
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
