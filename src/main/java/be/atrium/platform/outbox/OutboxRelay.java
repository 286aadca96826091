package be.atrium.platform.outbox;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.Started;
import be.atrium.platform.cluster.BackgroundWork;
import be.atrium.platform.cluster.BackgroundWorkTaken;
import be.atrium.platform.cluster.Cluster;
import be.atrium.platform.cluster.ClusterSignal;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the outbox to its {@link OutboxConsumer}s once Atrium has started: each consumer has an
 * {@link OutboxReader} with its own cursor on this node, or, for a consumer that runs once in the
 * cluster, with the cluster's cursor on the node doing the {@link BackgroundWork} only. One
 * long-lived relay thread polls the consumers every few seconds ({@code atrium.outbox.poll-seconds})
 * and at once when a transaction that wrote events commits ({@link #nudge} only releases a permit:
 * the committing request hands nothing of its own context to another thread), so a change is seen
 * within a fraction of a second. The other nodes of a cluster are told too ({@link Cluster#signal}),
 * so their search indexes follow as fast. Events every consumer has passed are pruned hourly. A
 * consumer that fails gets the same events again at the next poll.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final Duration LOOK_BACK = Duration.ofSeconds(60);
    private static final int BATCH = 500;

    @Inject
    @Any
    Instance<OutboxConsumer> consumers;

    @Inject
    OutboxStore store;

    @Inject
    AtriumConfig config;

    @Inject
    Clock clock;

    @Inject
    BackgroundWork background;

    @Inject
    Cluster cluster;

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean started;
    private volatile Thread relay;

    /** The cursor of a consumer that runs once in the cluster is kept under this node name. */
    static final String CLUSTER = "cluster";

    /** A consumer and its reader; a consumer run once in the cluster has none while another node does the background work. */
    private record Running(OutboxConsumer consumer, OutboxReader reader) {
    }

    void onStarted(@Observes Started event) {
        for (OutboxConsumer consumer : consumers) {
            if (consumer.active()) {
                running.put(consumer.name(), new Running(consumer,
                        consumer.perNode() ? readerFor(consumer, null) : null));
            } else {
                LOG.warning(() -> "Atrium: outbox consumer " + consumer.name() + " is off on node " + config.node());
            }
        }
        started = true;
        if (!running.isEmpty()) {
            wake.release(); // the first poll at once: a node that was down catches up before anything else happens
            relay = threads.newThread(this::relay);
            relay.setName("atrium-outbox-relay");
            relay.setDaemon(true);
            relay.start();
        }
        schedules.add(executor.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES));
        if (!running.isEmpty()) {
            LOG.info(() -> "Atrium: outbox consumers " + running.keySet() + " on node " + config.node());
        }
    }

    /**
     * A reader with its own cursor for this node, or the cluster's cursor of a consumer that runs once
     * in the cluster (also for tests and tools that read the outbox themselves).
     */
    public OutboxReader reader(String consumer, boolean fromOldest) {
        boolean cluster = consumers.stream().anyMatch(c -> c.name().equals(consumer) && !c.perNode());
        return new OutboxReader(consumer, cluster ? CLUSTER : config.node(), store, clock, LOOK_BACK, BATCH, fromOldest);
    }

    private OutboxReader readerFor(OutboxConsumer consumer, Long startAt) {
        Long start = startAt != null ? startAt
                : consumer.position().isPresent() ? Long.valueOf(consumer.position().getAsLong()) : null;
        String node = consumer.perNode() ? config.node() : CLUSTER;
        if (start == null && !consumer.perNode() && store.cursor(consumer.name(), CLUSTER).isEmpty()) {
            // the first time it runs once for the cluster: on from where it stopped when it ran per node
            start = store.furthestCursor(consumer.name()).orElse(null);
        }
        return new OutboxReader(consumer.name(), node, store, clock, LOOK_BACK, BATCH,
                consumer.fromOldest(), start);
    }

    /**
     * Starts a consumer over from {@code position} (a rebuilt index, an index that went back to
     * its last commit): the events after it are handed to it again.
     */
    public void restart(OutboxConsumer consumer, long position) {
        Running old = running.get(consumer.name());
        if (old == null || old.reader() == null) {
            return;
        }
        synchronized (old.reader()) {
            running.put(consumer.name(), new Running(consumer, readerFor(consumer, position)));
        }
        nudgeHere(); // this node's consumer only: the other nodes have nothing new to read
    }

    /**
     * Asks for a poll of every consumer now, here and on the other nodes; many nudges while the
     * relay is busy make one more poll.
     */
    public void nudge() {
        nudgeHere();
        if (started) {
            cluster.signal(ClusterSignal.OUTBOX);
        }
    }

    private void nudgeHere() {
        if (started && wake.availablePermits() == 0) {
            wake.release();
        }
    }

    /** Another node wrote events. */
    void onSignal(@Observes ClusterSignal signal) {
        if (signal.is(ClusterSignal.OUTBOX)) {
            nudgeHere();
        }
    }

    /** This node took the background work over: the cluster's consumers go on at once. */
    void onBackgroundWorkTaken(@Observes BackgroundWorkTaken event) {
        nudgeHere();
    }

    /** The relay thread: a poll after each nudge, and at least every poll interval. */
    private void relay() {
        long poll = Math.max(1, config.outboxPollSeconds());
        while (started) {
            try {
                wake.tryAcquire(poll, TimeUnit.SECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (started) {
                pollAll();
            }
        }
    }

    void pollAll() {
        for (Running each : running.values()) {
            try {
                Running r = forThisNode(each);
                if (r == null) {
                    continue;
                }
                r.reader().poll(r.consumer()::accept);
                r.consumer().caughtUp(r.reader().position());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Atrium: outbox consumer " + each.consumer().name()
                        + " failed; the same events are handed again at the next poll", e);
            }
        }
    }

    /**
     * The consumer with the reader it has on this node now: a consumer run once in the cluster gets
     * a reader (at the cluster's cursor, where the previous node left it) when this node has taken the
     * background work, and loses it when it no longer does; null when it does not run here now.
     */
    private Running forThisNode(Running r) {
        if (r.consumer().perNode()) {
            return r;
        }
        if (!background.isHere()) {
            if (r.reader() != null) {
                running.put(r.consumer().name(), new Running(r.consumer(), null));
            }
            return null;
        }
        if (r.reader() != null) {
            return r;
        }
        Running taken = new Running(r.consumer(), readerFor(r.consumer(), null));
        running.put(r.consumer().name(), taken);
        return taken;
    }

    void prune() {
        if (!background.isHere()) {
            return;
        }
        try {
            int deleted;
            do {
                deleted = store.prune(Duration.ofDays(7), Duration.ofHours(1), Duration.ofDays(30), 5000);
            } while (deleted == 5000);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: pruning the outbox failed; tried again in an hour", e);
        }
    }

    @PreDestroy
    void stop() {
        started = false;
        schedules.forEach(s -> s.cancel(false));
        Thread thread = relay;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
