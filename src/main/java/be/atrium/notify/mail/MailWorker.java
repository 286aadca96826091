package be.atrium.notify.mail;

import be.atrium.platform.Started;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background worker of mail: every {@code atrium.mail.poll-seconds} (and when nudged) it makes
 * the digests that are due and sends what is due from the queue, batch after batch. Every node
 * runs one; the leases of the queue and the unique dedupe keys keep them from doing the same work
 * twice. Without an SMTP server configured it still makes digests, and mail waits in the queue.
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
    ManagedThreadFactory threads;

    private final Semaphore wake = new Semaphore(0);
    private volatile boolean running;
    private volatile Thread worker;
    private volatile boolean warned;

    void onStarted(@Observes Started event) {
        settings.problem().ifPresent(p -> LOG.warning("Atrium: mail is not sent from this node: " + p));
        running = true;
        Thread t = threads.newThread(this::loop);
        t.setName("atrium-mail");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** Asks for a round now (digests due, mail due). */
    public void nudge() {
        if (running && wake.availablePermits() == 0) {
            wake.release();
        }
    }

    private void loop() {
        while (running) {
            try {
                wake.tryAcquire(settings.pollSeconds(), TimeUnit.SECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            round();
        }
    }

    /** One round: the digests due, then the mail due. */
    void round() {
        try {
            digests.runDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: making digests failed; tried again shortly", e);
        }
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
                sent = running ? delivery.deliverDue(settings.session(), BATCH) : 0;
            } while (sent == BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: sending mail failed; tried again shortly", e);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            t.interrupt();
        }
    }
}
