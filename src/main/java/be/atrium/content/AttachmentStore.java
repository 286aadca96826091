package be.atrium.content;

import be.atrium.platform.DataDirectory;
import be.atrium.platform.DomainException;
import be.atrium.platform.PayloadTooLargeException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The bytes of attachments and documents, stored once per content: the key is the SHA-256 of the
 * bytes ({@code ab/abcdef…}). An upload is written to a temporary file (counting and hashing as
 * it goes, stopping at the size limit), its type is detected from the content, and only then is
 * it handed to the {@link FileStore}, which keeps it where every node reads it, so a reader never
 * sees half a file. Holds no database transaction while the bytes arrive.
 *
 * <p>Where the bytes live is configuration: the folder {@code ATRIUM_FILES_DIR}
 * ({@code <data dir>/files} by default; a volume several nodes share works the same), or, with
 * {@code ATRIUM_S3_ENDPOINT} and {@code ATRIUM_S3_BUCKET}, an S3-compatible bucket with that folder
 * as this node's cache. Callers see files on this node ({@link #verified}) either way.
 */
@ApplicationScoped
public class AttachmentStore {

    private static final Logger LOG = Logger.getLogger(AttachmentStore.class.getName());

    /** A stored upload: where it is, what it is. */
    public record Stored(String key, String sha256, long size, String mediaType) implements java.io.Serializable {
    }

    @Inject
    DataDirectory dataDirectory;

    @Inject
    @ConfigProperty(name = "atrium.s3.endpoint")
    Optional<String> s3Endpoint;

    @Inject
    @ConfigProperty(name = "atrium.s3.bucket")
    Optional<String> s3Bucket;

    @Inject
    @ConfigProperty(name = "atrium.s3.region", defaultValue = "us-east-1")
    String s3Region;

    private volatile FileStore store;

    public AttachmentStore() {
    }

    /** A store on the given backend (tests: two instances on one bucket are two nodes). */
    AttachmentStore(FileStore store) {
        this.store = store;
    }

    /** The backend, chosen from the configuration on first use. */
    FileStore store() {
        FileStore current = store;
        if (current == null) {
            synchronized (this) {
                if (store == null) {
                    store = open();
                    LOG.info("Atrium: stored files in the " + store.describe());
                }
                current = store;
            }
        }
        return current;
    }

    private FileStore open() {
        Path folder = dataDirectory.files();
        Optional<String> endpoint = s3Endpoint.filter(e -> !e.isBlank());
        Optional<String> bucket = s3Bucket.filter(b -> !b.isBlank());
        if (endpoint.isEmpty() && bucket.isEmpty()) {
            return new LocalFileStore(folder);
        }
        if (endpoint.isEmpty() || bucket.isEmpty()) {
            throw new IllegalStateException("Atrium: ATRIUM_S3_ENDPOINT and ATRIUM_S3_BUCKET go together; "
                    + "give both (files in the bucket) or neither (files in " + folder + ")");
        }
        // the keys from the environment only: never from a file that could be committed
        S3FileStore s3 = new S3FileStore(new S3FileStore.Settings(URI.create(endpoint.get().strip()),
                bucket.get().strip(), s3Region.strip(), System.getenv("ATRIUM_S3_ACCESS_KEY"),
                System.getenv("ATRIUM_S3_SECRET_KEY")), folder);
        s3.createBucketIfMissing();
        return s3;
    }

    @PreDestroy
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /**
     * Stores an upload; it is where every node can read it when this returns.
     *
     * @throws PayloadTooLargeException past {@code maxBytes}, with nothing stored
     * @throws be.atrium.platform.StorageUnavailableException when the bucket cannot be reached
     */
    public Stored save(InputStream in, long maxBytes) {
        FileStore files = store();
        Path tmp = null;
        try {
            Path tmpDir = Files.createDirectories(files.folder().resolve("tmp"));
            tmp = Files.createTempFile(tmpDir, "upload", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while ((n = in.read(buffer)) != -1) {
                    size += n;
                    if (size > maxBytes) {
                        throw new PayloadTooLargeException("attachment.tooLarge", "file", megabytes(maxBytes));
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) {
                throw new DomainException("attachment.empty", "file");
            }
            String type = FileTypes.detect(tmp)
                    .orElseThrow(() -> new DomainException("attachment.type.notAllowed", "file"));
            String hash = HexFormat.of().formatHex(sha.digest());
            String key = hash.substring(0, 2) + "/" + hash;
            files.put(key, tmp);
            return new Stored(key, hash, size, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp); // moved into place, or refused
                } catch (IOException ignored) {
                    // a leftover .part file in files/tmp is harmless: the sweep removes it
                }
            }
        }
    }

    /** Marks stored bytes as just used (the sweep keeps them for its grace period); false when they are gone. */
    public boolean touch(String key) {
        try {
            return store().touch(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This node's folder of stored files ({@code ATRIUM_FILES_DIR}; with a bucket, its cache). */
    public Path root() {
        return store().folder();
    }

    /** The file of a stored key on this node (keys are made here, never taken from a request). */
    public Path file(String key) {
        Path root = store().folder();
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("bad storage key");
        }
        return file;
    }

    /** Stored files whose bytes were found to match their key, by key, with the modification time they had then. */
    private final Map<String, FileTime> verified = new ConcurrentHashMap<>();

    /**
     * The file of a stored key on this node after checking that its bytes still have their SHA-256
     * (a disk error or a hand-edited file is never handed out as if it were the upload). A file is
     * hashed again only when its modification time changed since the last check. With a bucket, a
     * file this node lacks (or whose copy here is damaged) is downloaded first, and kept only when
     * its SHA-256 is right.
     *
     * @throws StoredFileDamagedException when the file is missing or its bytes changed
     * @throws be.atrium.platform.StorageUnavailableException when the bucket cannot be reached
     */
    public Path verified(String key, String sha256) {
        Path file = file(key);
        try {
            try {
                FileTime modified = Files.getLastModifiedTime(file);
                if (modified.equals(verified.get(key))) {
                    return file;
                }
                if (sha256(file).equals(sha256)) {
                    verified.put(key, modified);
                    return file;
                }
            } catch (NoSuchFileException e) {
                // not on this node (yet)
            }
            verified.remove(key);
            if (!store().download(key, sha256)) {
                throw new StoredFileDamagedException(key);
            }
            verified.put(key, Files.getLastModifiedTime(file));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * With a bucket: removes this node's cached copies fetched before {@code before} (they are
     * fetched again when read); how many. A folder that is the store itself has no cache: 0. Per
     * node work: every node's cache needs it, not only the node that runs the sweep.
     */
    public int trimCache(Instant before) {
        try {
            return store().trim(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when files can be stored and read now: the folder writable, the bucket (if any) reachable. */
    public boolean isUsable() {
        try {
            return store().isUsable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    sha.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stored file that is gone or whose bytes no longer match their SHA-256. */
    public static class StoredFileDamagedException extends RuntimeException {
        public StoredFileDamagedException(String key) {
            super("stored file " + key + " is missing or damaged");
        }
    }

    public static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }
}
