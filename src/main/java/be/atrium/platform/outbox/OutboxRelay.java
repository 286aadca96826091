package be.atrium.platform.outbox;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.Started;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands the outbox to its {@link OutboxConsumer}s once Atrium has started: each consumer has an
 * {@link OutboxReader} with its own cursor on this node. Consumers are polled every few seconds
 * ({@code atrium.outbox.poll-seconds}) and at once after a transaction that wrote events
 * commits ({@link #nudge}), so a change is seen within a fraction of a second. Events every
 * consumer has passed are pruned hourly. A consumer that fails gets the same events again at
 * the next poll.
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

    private final Map<String, Running> running = new ConcurrentHashMap<>();
    private final List<ScheduledFuture<?>> schedules = new CopyOnWriteArrayList<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean started;

    private record Running(OutboxConsumer consumer, OutboxReader reader) {
    }

    void onStarted(@Observes Started event) {
        for (OutboxConsumer consumer : consumers) {
            running.put(consumer.name(), new Running(consumer, reader(consumer.name(), consumer.fromOldest())));
        }
        started = true;
        long poll = Math.max(1, config.outboxPollSeconds());
        schedules.add(executor.scheduleWithFixedDelay(this::pollAll, poll, poll, TimeUnit.SECONDS));
        schedules.add(executor.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES));
        if (!running.isEmpty()) {
            LOG.info(() -> "Atrium: outbox consumers " + running.keySet() + " on node " + config.node());
        }
    }

    /** A reader with its own cursor for this node (also for tests and tools that read the outbox themselves). */
    public OutboxReader reader(String consumer, boolean fromOldest) {
        return new OutboxReader(consumer, config.node(), store, clock, LOOK_BACK, BATCH, fromOldest);
    }

    /** Asks for a poll of every consumer soon; many nudges while one is pending make one poll. */
    public void nudge() {
        if (!started || running.isEmpty() || !pending.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                pending.set(false);
                pollAll();
            });
        } catch (RuntimeException e) {
            pending.set(false); // shutting down: the next start reads from the saved cursors
        }
    }

    void pollAll() {
        for (Running r : running.values()) {
            try {
                r.reader().poll(r.consumer()::accept);
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
    }
}
