package be.atrium.documents.web;

import be.atrium.platform.DataDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The first page of a PDF as a PNG, for the document page's preview. Rendered at most once per
 * content (the SHA-256 of the stored file; every version and document with the same bytes shares
 * it), lazily when the page first asks, and kept under the data dir ({@code document-previews/}).
 * A file that cannot be rendered (encrypted, broken) is marked so and never tried again.
 * <p>
 * Bounded: one render at a time on a managed thread, at most {@value #MAX_WIDTH}×{@value #MAX_HEIGHT}
 * pixels whatever the page size (an A0 plan too), PDFBox told to keep at most
 * {@value #MEMORY_BYTES} bytes of the file in memory (the rest in temporary files), and a caller
 * waits at most {@code atrium.preview.timeout-seconds} (15 by default): a render that takes longer
 * goes on in the background and serves the next request.
 */
@ApplicationScoped
public class PdfPreviews {

    private static final Logger LOG = Logger.getLogger(PdfPreviews.class.getName());
    static final int MAX_WIDTH = 900;
    static final int MAX_HEIGHT = 1300;
    static final long MEMORY_BYTES = 32L * 1024 * 1024;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    DataDirectory data;

    @Inject
    @ConfigProperty(name = "atrium.preview.timeout-seconds", defaultValue = "15")
    int timeoutSeconds;

    @Resource
    ManagedExecutorService executor;

    private final Semaphore renders = new Semaphore(1);
    private final Map<String, CompletableFuture<Optional<Path>>> running = new ConcurrentHashMap<>();

    /** Where a preview stands: made (a file to send), not to be had, or not tried yet. */
    public enum State { READY, UNAVAILABLE, NOT_YET }

    public State state(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return State.UNAVAILABLE;
        }
        if (Files.isRegularFile(png(sha256))) {
            return State.READY;
        }
        return Files.exists(failed(sha256)) ? State.UNAVAILABLE : State.NOT_YET;
    }

    /** The PNG made already, if any. */
    public Optional<Path> cached(String sha256) {
        return state(sha256) == State.READY ? Optional.of(png(sha256)) : Optional.empty();
    }

    /**
     * The PNG of the first page of this (verified) PDF, rendered now unless made already; empty
     * when it cannot be made or is not ready within the time bound.
     */
    public Optional<Path> render(String sha256, Path pdf) {
        State state = state(sha256);
        if (state != State.NOT_YET) {
            return state == State.READY ? Optional.of(png(sha256)) : Optional.empty();
        }
        CompletableFuture<Optional<Path>> job = running.computeIfAbsent(sha256, sha -> {
            CompletableFuture<Optional<Path>> f = CompletableFuture.supplyAsync(() -> renderOnce(sha, pdf), executor);
            f.whenComplete((r, e) -> running.remove(sha));
            return f;
        });
        try {
            return job.get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Atrium: preview of " + sha256 + " failed", e.getCause());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Optional<Path> renderOnce(String sha256, Path pdf) {
        try {
            renders.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            if (state(sha256) != State.NOT_YET) {
                return cached(sha256);
            }
            BufferedImage image;
            try (PDDocument doc = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "",
                    MemoryUsageSetting.setupMixed(MEMORY_BYTES).streamCache)) {
                if (doc.getNumberOfPages() == 0) {
                    throw new IOException("no pages");
                }
                PDRectangle box = doc.getPage(0).getCropBox();
                boolean turned = doc.getPage(0).getRotation() % 180 != 0;
                float width = Math.max(1, turned ? box.getHeight() : box.getWidth());
                float height = Math.max(1, turned ? box.getWidth() : box.getHeight());
                float scale = Math.min(2f, Math.min(MAX_WIDTH / width, MAX_HEIGHT / height));
                PDFRenderer renderer = new PDFRenderer(doc);
                renderer.setSubsamplingAllowed(true);
                image = renderer.renderImage(0, scale, ImageType.RGB);
            }
            Path target = png(sha256);
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), sha256, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    ImageIO.write(image, "png", out);
                }
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return Optional.of(target);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            LOG.info("Atrium: no preview for stored file " + sha256 + ": " + e);
            markFailed(sha256);
            return Optional.empty();
        } finally {
            renders.release();
        }
    }

    private void markFailed(String sha256) {
        try {
            Path marker = failed(sha256);
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "");
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Atrium: could not mark preview " + sha256 + " as failed", e);
        }
    }

    private Path png(String sha256) {
        return folder(sha256).resolve(sha256 + ".png");
    }

    private Path failed(String sha256) {
        return folder(sha256).resolve(sha256 + ".failed");
    }

    private Path folder(String sha256) {
        return data.root().resolve("document-previews").resolve(sha256.substring(0, 2));
    }
}
