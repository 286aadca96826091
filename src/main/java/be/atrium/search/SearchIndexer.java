package be.atrium.search;

import be.atrium.meetings.MeetingChanges;
import be.atrium.platform.AtriumConfig;
import be.atrium.platform.SchemaMigrated;
import be.atrium.platform.Started;
import be.atrium.platform.cluster.Cluster;
import be.atrium.platform.cluster.ClusterSignal;
import be.atrium.platform.cluster.Leases;
import be.atrium.platform.outbox.ChangeType;
import be.atrium.platform.outbox.OutboxConsumer;
import be.atrium.platform.outbox.OutboxEvent;
import be.atrium.platform.outbox.OutboxRelay;
import be.atrium.platform.outbox.OutboxStore;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the search index a projection of the database. At start-up (before Atrium is ready) it
 * opens the index, or rebuilds it from the database when it is missing, unreadable or of another
 * layout. Afterwards it reads the outbox as a consumer: each change re-reads the thread, page,
 * guidance or case it concerns and replaces (or removes) its document, visible to searches at
 * once. Every two seconds the index is committed with the outbox position everything up to which
 * it holds; after a crash the outbox is read again from there, and since a document is replaced by
 * its key, nothing is lost or doubled. Administrators can rebuild the index while searching goes on.
 * In a cluster every node keeps an index of its own; a rebuild asked for on one node rebuilds every
 * node's index, one node at a time (lease {@value #REBUILD_LEASE}), so searching goes on everywhere and
 * the database carries one rebuild at a time.
 */
@ApplicationScoped
public class SearchIndexer implements OutboxConsumer {

    private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());
    static final String NAME = "search";
    private static final int BATCH = 500;
    static final String REBUILD_LEASE = "search-rebuild";
    private static final Duration REBUILD_HOLD = Duration.ofSeconds(30);

    @Inject
    SearchIndex index;

    @Inject
    SearchSources sources;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxStore outbox;

    @Inject
    AtriumConfig config;

    @Inject
    Cluster cluster;

    @Inject
    Leases leases;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedExecutorService executor;

    private final Clock clock = Clock.systemUTC();
    private volatile long caughtUp = -1;
    private volatile long committed = -1;
    private volatile ScheduledFuture<?> commits;
    private volatile Progress progress = Progress.idle();

    /** Where a rebuild stands: items written of the total, when it started and ended, and why it failed. */
    public record Progress(boolean running, long done, long total, Instant started, Instant finished, String failure) {
        static Progress idle() {
            return new Progress(false, 0, 0, null, null, null);
        }

        /** Percentage done (0 when nothing is known). */
        public int getPercent() {
            return total <= 0 ? (running ? 0 : 100) : (int) Math.min(100, done * 100 / total);
        }

        public boolean isRunning() {
            return running;
        }

        public long getDone() {
            return done;
        }

        public long getTotal() {
            return total;
        }

        public Instant getStarted() {
            return started;
        }

        public Instant getFinished() {
            return finished;
        }

        public String getFailure() {
            return failure;
        }
    }

    /** Before Atrium says it is ready: the index is open and complete, or is rebuilt now. */
    void onMigrated(@Observes @Priority(SchemaMigrated.INDEXES) SchemaMigrated event) {
        if (index.isOpen()) {
            return;
        }
        Optional<Long> position = index.open();
        long next = outbox.nextId();
        if (position.isPresent() && position.get() >= next) {
            // the database is older than the index (restored from a backup, or made anew): the
            // index holds what the database no longer has
            LOG.warning("Atrium: the search index is at outbox position " + position.get()
                    + ", beyond the database's outbox (next event " + next + "): it is rebuilt");
            index.closeLive();
            rebuildNow();
        } else if (position.isPresent() && position.get() < keptSince(next)) {
            // the outbox no longer holds what happened since the index's commit (an index restored
            // from an old backup, or a node that did not index for longer than the outbox keeps events)
            LOG.warning("Atrium: the search index is at outbox position " + position.get()
                    + ", older than the oldest event the outbox still holds: it is rebuilt");
            index.closeLive();
            rebuildNow();
        } else if (position.isPresent()) {
            LOG.info(() -> "Atrium: search index opened at outbox position " + position.get() + " with "
                    + index.size() + " documents");
        } else {
            rebuildNow();
        }
    }

    /** The position from which the outbox still holds every event (all of them are gone: the newest). */
    private long keptSince(long next) {
        long beforeOldest = outbox.beforeOldest();
        return beforeOldest == 0 && outbox.newest() == 0 ? next - 1 : beforeOldest;
    }

    /** Off (ATRIUM_SEARCH_INDEXING=false), the index stays as it is; on again, it reads on from its last commit. */
    @Override
    public boolean active() {
        return config.searchIndexing();
    }

    void onStarted(@Observes Started event) {
        commits = scheduler.scheduleWithFixedDelay(this::commit, 2, 2, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (commits != null) {
            commits.cancel(false);
        }
        commit();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The position of the index's last commit: the outbox is read again from there after a restart. */
    @Override
    public OptionalLong position() {
        return index.isOpen() ? OptionalLong.of(index.livePosition()) : OptionalLong.empty();
    }

    @Override
    public void accept(List<OutboxEvent> events) {
        Map<String, Set<Long>> changed = new HashMap<>();
        List<Long> posts = new ArrayList<>();
        for (OutboxEvent e : events) {
            if ("post".equals(e.getAggregateType())) {
                posts.add(e.getAggregateId());
            } else {
                target(e).ifPresent(key -> changed.computeIfAbsent(key.type(), k -> new LinkedHashSet<>()).add(key.id()));
            }
        }
        if (!posts.isEmpty()) {
            changed.computeIfAbsent(SearchTypes.THREAD, k -> new LinkedHashSet<>()).addAll(sources.threadsOfPosts(posts));
        }
        if (changed.isEmpty()) {
            return;
        }
        try {
            for (Map.Entry<String, Set<Long>> c : changed.entrySet()) {
                apply(c.getKey(), new ArrayList<>(c.getValue()));
            }
            index.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void caughtUp(long position) {
        caughtUp = position;
    }

    /** The outbox position up to which this node's index has read (its last commit's before the first poll). */
    public long readUpTo() {
        long position = caughtUp;
        return position >= 0 ? position : committed >= 0 ? committed : index.isOpen() ? index.livePosition() : 0;
    }

    private record Target(String type, long id) {
    }

    /** What changes a meeting's text or status; answers, attendance and tasks change nothing searchable. */
    private static final List<ChangeType> MEETING_TEXT_CHANGES = List.of(MeetingChanges.MEETING_CREATED,
            MeetingChanges.MEETING_EDITED, MeetingChanges.MEETING_CANCELLED, MeetingChanges.REPORT_WRITTEN);

    /** The content an outbox change concerns; memberships, Atria and accounts change no document. */
    private Optional<Target> target(OutboxEvent e) {
        long id = e.getAggregateId();
        return switch (e.getAggregateType()) {
            case "thread" -> Optional.of(new Target(SearchTypes.THREAD, id));
            case "wiki" -> Optional.of(new Target(SearchTypes.WIKI, id));
            case "guidance" -> Optional.of(new Target(SearchTypes.GUIDANCE, id));
            case "practice" -> Optional.of(new Target(SearchTypes.PRACTICE, id));
            case "document" -> Optional.of(new Target(SearchTypes.DOCUMENT, id));
            case MeetingChanges.AGGREGATE -> MEETING_TEXT_CHANGES.stream().anyMatch(c -> c.matches(e))
                    ? Optional.of(new Target(SearchTypes.MEETING, id)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Re-reads the items and replaces their documents; an item that is gone (or hidden) loses it. */
    private void apply(String type, List<Long> ids) throws IOException {
        SearchDocuments documents = new SearchDocuments(index.facetsConfig());
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<SearchItem> items = sources.items(type, batch);
            Set<Long> found = new LinkedHashSet<>();
            index.onLive(g -> {
                for (SearchItem item : items) {
                    index.put(g, documents.document(item), item.key());
                    found.add(item.id());
                }
                for (Long id : batch) {
                    if (!found.contains(id)) {
                        index.delete(g, SearchItem.key(type, id));
                    }
                }
            });
        }
    }

    /** Commits the index with the outbox position when something changed since the last commit. */
    void commit() {
        long position = caughtUp;
        if (position < 0 || position == committed || !index.isOpen()) {
            return;
        }
        try {
            index.commitLive(position);
            committed = position;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: committing the search index failed; tried again shortly", e);
        }
    }

    public Progress progress() {
        return progress;
    }

    /**
     * Starts a rebuild in the background (administrators), of this node's index and of the other
     * nodes' indexes, one node at a time; false when one is already running here.
     */
    public boolean startRebuild() {
        boolean started = startRebuildHere();
        if (started) {
            cluster.signal(ClusterSignal.SEARCH_REBUILD);
        }
        return started;
    }

    void onSignal(@Observes ClusterSignal signal) {
        if (signal.is(ClusterSignal.SEARCH_REBUILD)) {
            startRebuildHere();
        }
    }

    private synchronized boolean startRebuildHere() {
        if (progress.running()) {
            return false;
        }
        progress = new Progress(true, 0, 0, clock.instant(), null, null);
        executor.execute(() -> {
            try {
                while (!leases.acquire(REBUILD_LEASE, REBUILD_HOLD)) {
                    Thread.sleep(1000); // another node is rebuilding its index
                }
                try {
                    rebuildNow(() -> leases.acquire(REBUILD_LEASE, REBUILD_HOLD));
                } finally {
                    leases.release(REBUILD_LEASE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                progress = Progress.idle();
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Atrium: rebuilding the search index failed", e);
            }
        });
        return true;
    }

    /**
     * Builds a complete index from the database beside the live one and swaps it in; then the
     * outbox is read again from where the database was when the rebuild began, so changes made
     * meanwhile are in it too.
     */
    synchronized void rebuildNow() {
        rebuildNow(() -> true);
    }

    /** The rebuild, calling {@code stillHeld} after each batch (a rebuild asked for by an administrator renews its lease). */
    private synchronized void rebuildNow(BooleanSupplier stillHeld) {
        Instant started = clock.instant();
        long start = outbox.newest();
        long total = sources.count();
        progress = new Progress(true, 0, total, started, null, null);
        LOG.info(() -> "Atrium: building the search index from the database (" + total + " items)");
        try {
            SearchIndex.Generation g = index.createBeside();
            SearchDocuments documents = new SearchDocuments(index.facetsConfig());
            AtomicLong done = new AtomicLong();
            for (String type : SearchTypes.ALL) {
                long after = 0;
                while (true) {
                    List<Long> ids = sources.ids(type, after, BATCH);
                    if (ids.isEmpty()) {
                        break;
                    }
                    for (SearchItem item : sources.items(type, ids)) {
                        index.put(g, documents.document(item), item.key());
                    }
                    after = ids.get(ids.size() - 1);
                    progress = new Progress(true, done.addAndGet(ids.size()), total, started, null, null);
                    stillHeld.getAsBoolean();
                }
            }
            g.position = start;
            index.swapIn(g);
            committed = start;
            relay.restart(this, start);
            progress = new Progress(false, done.get(), total, started, clock.instant(), null);
            LOG.info(() -> "Atrium: search index built: " + done.get() + " items in "
                    + Duration.between(started, clock.instant()).toMillis() + " ms");
        } catch (IOException | RuntimeException e) {
            progress = new Progress(false, progress.done(), total, started, clock.instant(), e.toString());
            throw new IllegalStateException("Atrium cannot build its search index: " + e.getMessage(), e);
        }
    }

    /**
     * Goes back to the index's last commit, as after a crash, and reads the outbox again from
     * there (also what tests use to show that nothing is lost).
     */
    public void resumeFromLastCommit() throws IOException {
        long position = index.backToLastCommit();
        committed = position;
        caughtUp = -1;
        relay.restart(this, position);
    }
}
