package be.atrium.platform.outbox;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.Started;
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
 * {@link OutboxReader} with its own cursor on this node. One long-lived relay thread polls the
 * consumers every few seconds ({@code atrium.outbox.poll-seconds}) and at once when a transaction
 * that wrote events commits ({@link #nudge} only releases a permit: the committing request hands
 * nothing of its own context to another thread), so a change is seen within a fraction of a
 * second. Events every consumer has passed are pruned hourly. A consumer that fails gets the
 * same events again at the next poll.
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

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
    private final Semaphore wake = new Semaphore(0);
    private volatile boolean started;
    private volatile Thread relay;

    private record Running(OutboxConsumer consumer, OutboxReader reader) {
    }

    void onStarted(@Observes Started event) {
        for (OutboxConsumer consumer : consumers) {
            if (consumer.active()) {
                running.put(consumer.name(), new Running(consumer, readerFor(consumer, null)));
            } else {
                LOG.warning(() -> "Atrium: outbox consumer " + consumer.name() + " is off on node " + config.node());
            }
        }
        started = true;
        if (!running.isEmpty()) {
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

    /** A reader with its own cursor for this node (also for tests and tools that read the outbox themselves). */
    public OutboxReader reader(String consumer, boolean fromOldest) {
        return new OutboxReader(consumer, config.node(), store, clock, LOOK_BACK, BATCH, fromOldest);
    }

    private OutboxReader readerFor(OutboxConsumer consumer, Long startAt) {
        Long start = startAt != null ? startAt
                : consumer.position().isPresent() ? Long.valueOf(consumer.position().getAsLong()) : null;
        return new OutboxReader(consumer.name(), config.node(), store, clock, LOOK_BACK, BATCH,
                consumer.fromOldest(), start);
    }

    /**
     * Starts a consumer over from {@code position} (a rebuilt index, an index that went back to
     * its last commit): the events after it are handed to it again.
     */
    public void restart(OutboxConsumer consumer, long position) {
        Running old = running.get(consumer.name());
        if (old == null) {
            return;
        }
        synchronized (old.reader()) {
            running.put(consumer.name(), new Running(consumer, readerFor(consumer, position)));
        }
        nudge();
    }

    /** Asks for a poll of every consumer now; many nudges while the relay is busy make one more poll. */
    public void nudge() {
        if (started && wake.availablePermits() == 0) {
            wake.release();
        }
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
        for (Running r : running.values()) {
            try {
                r.reader().poll(r.consumer()::accept);
                r.consumer().caughtUp(r.reader().position());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Atrium: outbox consumer " + r.consumer().name()
                        + " failed; the same events are handed again at the next poll", e);
            }
        }
    }

    void prune() {
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
