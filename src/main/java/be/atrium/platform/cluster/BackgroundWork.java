package be.atrium.platform.cluster;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.Started;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Which node does the work that must happen once in the cluster: sending mail and making digests,
 * extracting the text of files, the notifications read from the outbox, and pruning (the outbox,
 * idempotency keys, login throttles, unused files). One database lease ({@link Leases}) named
 * {@value #LEASE} decides: its holder renews it every third of its duration
 * ({@code atrium.cluster.lease-seconds}, 15 s by default); when the holder dies the lease expires and
 * the next node to ask takes the work over, within one lease duration and one renewal. A node that
 * stops gives the lease up at once. Each worker asks {@link #isHere()} before each round, so a node
 * that lost the lease (its database connection hung) stops before another node starts.
 *
 * <p>With one node it simply always holds the lease. The search index is not background work in
 * this sense: every node keeps its own.
 */
@ApplicationScoped
public class BackgroundWork {

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());
    public static final String LEASE = "background";

    @Inject
    Leases leases;

    @Inject
    AtriumConfig config;

    @Inject
    Event<BackgroundWorkTaken> taken;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private volatile boolean here;
    private volatile ScheduledFuture<?> renewal;
    private volatile long nextCleanUp = System.nanoTime();

    void onStarted(@Observes @Priority(50) Started event) {
        renew();
        long period = Math.max(1000, duration().toMillis() / 3);
        renewal = scheduler.scheduleWithFixedDelay(this::renew, period, period, TimeUnit.MILLISECONDS);
    }

    private Duration duration() {
        return Duration.ofSeconds(Math.max(3, config.clusterLeaseSeconds()));
    }

    /**
     * Renews this node's life lease ({@link Leases#isAlive}), takes or renews the background lease,
     * and tells the workers when this node has just taken the work over.
     */
    void renew() {
        try {
            leases.acquire(Leases.aliveLease(leases.holder()), duration());
            boolean holds = leases.acquire(LEASE, duration());
            boolean before = here;
            here = holds;
            if (holds && !before) {
                LOG.info(() -> "Atrium: node " + config.node() + " does the background work now "
                        + "(mail, digests, notifications, text extraction, pruning)");
                taken.fire(new BackgroundWorkTaken(config.node()));
            } else if (!holds && before) {
                LOG.warning(() -> "Atrium: node " + config.node() + " no longer does the background work");
            }
            if (holds && System.nanoTime() - nextCleanUp > 0) {
                nextCleanUp = System.nanoTime() + TimeUnit.HOURS.toNanos(1);
                leases.forgetNodesGoneFor(Duration.ofDays(1));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: renewing the background work lease failed", e);
        }
    }

    /** Whether this node does the background work now; a worker asks before each round. */
    public boolean isHere() {
        return leases.holds(LEASE);
    }

    /** The node that does the background work now, as far as the database says. */
    public Optional<String> node() {
        return leases.find(LEASE).filter(Leases.Lease::current).map(Leases.Lease::node);
    }

    @PreDestroy
    void stop() {
        ScheduledFuture<?> r = renewal;
        if (r != null) {
            r.cancel(false);
        }
        if (here) {
            here = false;
            leases.release(LEASE);
        }
        leases.release(Leases.aliveLease(leases.holder()));
    }
}
