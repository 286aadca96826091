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
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Removes stored bytes that nothing refers to (no attachment, no document version: {@link StoredFileUsers}): an upload whose transaction rolled back
 * (or whose server died between storing and recording), files whose last attachment was removed,
 * and half-written uploads, on the node doing the {@link BackgroundWork}. Only files untouched for longer than the grace period go, so an
 * upload between storing its bytes and committing its row is never swept (storing the same
 * content again touches the file). Runs an hour after start and then every six hours.
 */
@ApplicationScoped
public class AttachmentSweep {

    private static final Logger LOG = Logger.getLogger(AttachmentSweep.class.getName());
    static final Duration GRACE = Duration.ofHours(1);

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

    /** This bean through its proxy, so that each folder is checked in a transaction of its own. */
    @Inject
    AttachmentSweep self;

    @Resource
    ManagedScheduledExecutorService executor;

    private volatile ScheduledFuture<?> schedule;

    void onStarted(@Observes Started event) {
        schedule = executor.scheduleWithFixedDelay(() -> {
            if (!background.isHere()) {
                return;
            }
            try {
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
     * Removes the stored files last touched before {@code before} that no attachment refers to.
     *
     * @return the number of files removed
     */
    public int sweep(Instant before) {
        Path root = store.root();
        int removed = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                removed += "tmp".equals(folder.getFileName().toString())
                        ? removeOld(files(folder), before) : self.sweepFolder(root, folder, before);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return removed;
    }

    /** One folder of content files ({@code files/ab/}): those old enough and without a row go. */
    @Transactional
    public int sweepFolder(Path root, Path folder, Instant before) {
        List<Path> old = old(files(folder), before);
        if (old.isEmpty()) {
            return 0;
        }
        List<String> keys = old.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).toList();
        Set<String> used = new HashSet<>();
        for (StoredFileUsers u : users) {
            used.addAll(u.used(keys));
        }
        List<Path> unused = new ArrayList<>();
        for (int i = 0; i < old.size(); i++) {
            if (!used.contains(keys.get(i))) {
                unused.add(old.get(i));
            }
        }
        return removeOld(unused, before);
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
