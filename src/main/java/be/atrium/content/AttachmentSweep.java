package be.atrium.content;

import be.atrium.platform.Started;
import be.atrium.platform.cluster.BackgroundWork;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Removes stored bytes that nothing refers to (no attachment, no document version: {@link StoredFileUsers}): an upload whose transaction rolled back
 * (or whose server died between storing and recording), files whose last attachment was removed,
 * and half-written uploads, on the node doing the {@link BackgroundWork}. Only files untouched for longer than the grace period go, so an
 * upload between storing its bytes and committing its row is never swept (storing the same
 * content again touches the file). Runs an hour after start and then every six hours.
 *
 * <p>"Untouched" is what every node sees: the file's modification time in a (shared) folder, the
 * object's LastModified in a bucket (a touch copies the object onto itself). With a bucket the
 * sweep lists it page by page, and also trims this node's cache.
 */
@ApplicationScoped
public class AttachmentSweep {

    private static final Logger LOG = Logger.getLogger(AttachmentSweep.class.getName());
    static final Duration GRACE = Duration.ofHours(1);
    /** With a bucket: how long a node keeps its copy of a file after fetching it (read again: fetched again). */
    static final Duration CACHE_KEPT = Duration.ofDays(7);

    @Inject
    AttachmentStore store;

    @Inject
    Clock clock;

    @Inject
    BackgroundWork background;

    /** Everything that refers to stored files: attachments, document versions. */
    @Inject
    @jakarta.enterprise.inject.Any
    jakarta.enterprise.inject.Instance<StoredFileUsers> users;

    /** This bean through its proxy, so that each page of keys is checked in a transaction of its own. */
    @Inject
    AttachmentSweep self;

    @Resource
    ManagedScheduledExecutorService executor;

    private volatile ScheduledFuture<?> schedule;

    void onStarted(@Observes Started event) {
        schedule = executor.scheduleWithFixedDelay(() -> {
            try {
                if (!background.isHere()) {
                    // the sweep is the background node's; every node keeps its own cache of a bucket small
                    int trimmed = store.trimCache(clock.instant().minus(GRACE).minus(CACHE_KEPT));
                    if (trimmed > 0) {
                        LOG.info("Atrium: removed " + trimmed + " cached copies of stored files not read for a while");
                    }
                    return;
                }
                int removed = sweep(clock.instant().minus(GRACE));
                if (removed > 0) {
                    LOG.info("Atrium: removed " + removed + " stored files that no attachment refers to");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Atrium: the sweep of stored files failed; tried again later", e);
            }
        }, 1, 6, TimeUnit.HOURS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /**
     * Removes the stored files last touched before {@code before} that nothing refers to, the
     * half-written uploads of this node's folder and, with a bucket, this node's cached copies
     * fetched more than {@link #CACHE_KEPT} before that.
     *
     * @return the number of stored files removed
     */
    public int sweep(Instant before) {
        return sweep(before, self::used);
    }

    /** {@link #sweep(Instant)} with the question "which of these keys are referred to" given. */
    int sweep(Instant before, Function<List<String>, Set<String>> used) {
        int[] removed = {removeOld(LocalFileStore.files(store.root().resolve("tmp")), before)};
        try {
            store.store().list(page -> removed[0] += sweepPage(page, before, used));
            int trimmed = store.trimCache(before.minus(CACHE_KEPT));
            if (trimmed > 0) {
                LOG.info("Atrium: removed " + trimmed + " cached copies of stored files not read for a while");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed[0];
    }

    /**
     * One page of stored keys (a folder {@code files/ab/}, or a page of the bucket's listing):
     * those old enough and without a row go. The rows are asked for in a transaction of their own;
     * the bytes are removed outside it, each only if still untouched (another node may have
     * stored the same content meanwhile).
     */
    private int sweepPage(List<FileStore.Entry> page, Instant before, Function<List<String>, Set<String>> used) {
        List<String> old = page.stream().filter(e -> e.lastUsed().isBefore(before)).map(FileStore.Entry::key).toList();
        if (old.isEmpty()) {
            return 0;
        }
        Set<String> referred = used.apply(old);
        int removed = 0;
        for (String key : old) {
            if (!referred.contains(key)) {
                try {
                    if (store.store().remove(key, before)) {
                        removed++;
                    }
                } catch (IOException e) {
                    LOG.warning("Atrium: could not remove the unused file " + key + ": " + e.getMessage());
                }
            }
        }
        return removed;
    }

    /** Which of these storage keys something refers to (attachments, document versions). */
    @Transactional
    public Set<String> used(List<String> keys) {
        Set<String> used = new HashSet<>();
        for (StoredFileUsers u : users) {
            used.addAll(u.used(keys));
        }
        return used;
    }

    private static List<Path> old(List<Path> files, Instant before) {
        List<Path> old = new ArrayList<>();
        for (Path f : files) {
            try {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                    old.add(f);
                }
            } catch (IOException e) {
                // gone meanwhile
            }
        }
        return old;
    }

    /** Deletes the files among these still untouched since {@code before}. */
    private static int removeOld(List<Path> files, Instant before) {
        int removed = 0;
        for (Path f : old(files, before)) {
            try {
                if (Files.deleteIfExists(f)) {
                    removed++;
                }
            } catch (IOException e) {
                LOG.warning("Atrium: could not remove the unused file " + f + ": " + e.getMessage());
            }
        }
        return removed;
    }
}
