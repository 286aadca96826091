package be.atrium.content;

import be.atrium.platform.Started;
import be.atrium.platform.cluster.BackgroundWork;
import be.atrium.platform.cluster.BackgroundWorkTaken;
import be.atrium.platform.cluster.Cluster;
import be.atrium.platform.cluster.ClusterSignal;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The background worker that reads the text of stored files ({@link FileText} rows that are
 * pending: files of documents and attachments alike), so an upload returns at once. One file at
 * a time (a parse can take much memory; with one that outlived its time limit, never more than
 * {@value #MAX_PARSES}), each within a time limit
 * ({@code atrium.extraction.timeout-seconds}, 30 by default: the parse is told to stop, and a
 * parse that does not stop is given up) and a text limit ({@code atrium.extraction.max-chars}).
 * The stored bytes are checked against their SHA-256 first. Woken after each commit that asks for
 * a text, and every {@value #POLL_SECONDS} seconds. A file whose parse took the server down is
 * tried {@value FileText#MAX_ATTEMPTS} times, then marked unavailable. In a cluster only the node doing
 * the {@link BackgroundWork} extracts; a nudge elsewhere is passed to it.
 */
@ApplicationScoped
public class TextExtraction {

    private static final Logger LOG = Logger.getLogger(TextExtraction.class.getName());
    static final int POLL_SECONDS = 10;
    private static final int BATCH = 20;
    /** The signal that tells the node doing the background work that files wait for their text. */
    static final String SIGNAL = "extraction";

    @Inject
    FileTexts texts;

    @Inject
    AttachmentStore store;

    @Inject
    BackgroundWork background;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "atrium.extraction.timeout-seconds", defaultValue = "30")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "atrium.extraction.max-chars", defaultValue = "2000000")
    int maxChars;

    @Inject
    @ConfigProperty(name = "atrium.extraction.enabled", defaultValue = "true")
    boolean enabled;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedExecutorService executor;

    /** The most parses running at once: the worker's own, and one that outlived its time limit. */
    static final int MAX_PARSES = 2;

    private final Semaphore wake = new Semaphore(0);
    private final Semaphore parses = new Semaphore(MAX_PARSES);
    private volatile boolean running;
    private volatile Thread worker;
    private volatile TextExtractor extractor;

    void onStarted(@Observes Started event) {
        if (!enabled) {
            LOG.warning("Atrium: text extraction is off on this node (ATRIUM_EXTRACTION_ENABLED=false)");
            return;
        }
        extractor = new TextExtractor(Math.min(maxChars, FileText.MAX_TEXT), Duration.ofSeconds(timeoutSeconds));
        running = true;
        Thread t = threads.newThread(this::loop);
        t.setName("atrium-text-extraction");
        t.setDaemon(true);
        worker = t;
        t.start();
    }

    /** Asks for a look at the pending files now, on whichever node does the background work. */
    public void nudge() {
        nudgeHere();
        cluster.signal(SIGNAL);
    }

    private void nudgeHere() {
        if (running && wake.availablePermits() == 0) {
            wake.release();
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

    private void loop() {
        while (running) {
            try {
                wake.tryAcquire(POLL_SECONDS, TimeUnit.SECONDS);
                wake.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!background.isHere()) {
                continue;
            }
            try {
                List<FileText> pending;
                do {
                    pending = running && background.isHere() ? texts.pending(BATCH) : List.of();
                    for (FileText file : pending) {
                        if (!running) {
                            return;
                        }
                        extract(file);
                    }
                } while (pending.size() == BATCH);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Atrium: text extraction failed; tried again shortly", e);
            }
        }
    }

    /**
     * Reads one file's text and saves it (or the reason there is none). The bytes are fetched
     * before the attempt is counted: a bucket that does not answer (StorageUnavailableException,
     * tried again on the next round) must not use up the attempts that protect against parses
     * that take the server down.
     */
    void extract(FileText file) {
        Path path;
        try {
            path = store.verified(file.getStorageKey(), file.getSha256());
        } catch (AttachmentStore.StoredFileDamagedException e) {
            LOG.warning("Atrium: " + e.getMessage() + "; its text is not extracted");
            path = null;
        }
        if (!texts.startAttempt(file.getSha256())) {
            return;
        }
        TextExtractor.Outcome outcome = path == null ? new TextExtractor.Outcome(null, TextExtractor.DAMAGED)
                : parse(path, file.getMediaType());
        texts.finish(file.getSha256(), outcome);
        if (!outcome.done()) {
            LOG.info("Atrium: no text for stored file " + file.getStorageKey() + " (" + file.getMediaType()
                    + "): " + outcome.reason());
        }
    }

    /**
     * The parse on a thread of its own, given up (and interrupted) a little after its time limit.
     * A parse that ignores the interruption keeps its permit until it ends, so at most
     * {@value #MAX_PARSES} parses ever hold memory at once (the worker waits for a permit).
     */
    private TextExtractor.Outcome parse(Path path, String mediaType) {
        try {
            parses.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("text extraction interrupted", e);
        }
        // whoever claims it first releases the permit: the parse when it ran, else the worker
        java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        Future<TextExtractor.Outcome> parse;
        try {
            parse = executor.submit(() -> {
                if (!claimed.compareAndSet(false, true)) {
                    return null; // given up before it started
                }
                try {
                    return extractor.extract(path, mediaType);
                } finally {
                    parses.release();
                }
            });
        } catch (RuntimeException e) {
            parses.release();
            throw e;
        }
        try {
            return parse.get(timeoutSeconds + 5L, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            parse.cancel(true);
            if (claimed.compareAndSet(false, true)) {
                parses.release();
            }
            return new TextExtractor.Outcome(null, TextExtractor.TIMEOUT);
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Atrium: text extraction of " + path.getFileName() + " failed", e.getCause());
            return new TextExtractor.Outcome(null, TextExtractor.reason(e.getCause(), false));
        } catch (InterruptedException e) {
            parse.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("text extraction interrupted", e);
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
