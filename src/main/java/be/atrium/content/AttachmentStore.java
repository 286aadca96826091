package be.atrium.content;

import be.atrium.platform.DataDirectory;
import be.atrium.platform.DomainException;
import be.atrium.platform.PayloadTooLargeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

/**
 * The bytes of attachments, under {@code <data dir>/files}, stored once per content: the key is
 * the SHA-256 of the bytes. An upload is written to a temporary file (counting and hashing as
 * it goes, stopping at the size limit), its type is detected from the content, and only then
 * is it moved into place atomically, so a reader never sees half a file. Holds no database
 * transaction while the bytes arrive.
 */
@ApplicationScoped
public class AttachmentStore {

    /** A stored upload: where it is, what it is. */
    public record Stored(String key, String sha256, long size, String mediaType) implements java.io.Serializable {
    }

    @Inject
    DataDirectory dataDirectory;

    public Stored save(InputStream in, long maxBytes) {
        Path root = dataDirectory.folder("files");
        Path tmp = null;
        try {
            Path tmpDir = Files.createDirectories(root.resolve("tmp"));
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
            Path target = root.resolve(key);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                Files.delete(tmp); // the same content is already stored: touched, so the sweep keeps it
                Files.setLastModifiedTime(target, FileTime.from(Instant.now()));
            } else {
                move(tmp, target);
            }
            tmp = null;
            return new Stored(key, hash, size, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a leftover .part file in files/tmp is harmless
                }
            }
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(tmp); // stored concurrently by another upload of the same bytes
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Marks stored bytes as just used (the sweep keeps them for its grace period); false when they are gone. */
    public boolean touch(String key) {
        try {
            Files.setLastModifiedTime(file(key), FileTime.from(Instant.now()));
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder of stored files ({@code <data dir>/files}). */
    public Path root() {
        return dataDirectory.folder("files");
    }

    /** The file of a stored key (keys are made here, never taken from a request). */
    public Path file(String key) {
        Path root = dataDirectory.folder("files");
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("bad storage key");
        }
        return file;
    }

    /** Stored files whose bytes were found to match their key, by key, with the size and time they had then. */
    private final Map<String, FileTime> verified = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The file of a stored key after checking that its bytes still have their SHA-256 (a disk
     * error or a hand-edited file is never handed out as if it were the upload). A file is hashed
     * again only when its modification time changed since the last check.
     *
     * @throws StoredFileDamagedException when the file is missing or its bytes changed
     */
    public Path verified(String key, String sha256) {
        Path file = file(key);
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(verified.get(key))) {
                return file;
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    sha.update(buffer, 0, n);
                }
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                verified.remove(key);
                throw new StoredFileDamagedException(key);
            }
            verified.put(key, modified);
            return file;
        } catch (java.nio.file.NoSuchFileException e) {
            verified.remove(key);
            throw new StoredFileDamagedException(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
