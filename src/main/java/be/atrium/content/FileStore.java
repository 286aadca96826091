package be.atrium.content;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where the bytes of stored files live so that every node reads what any node stored: a folder
 * ({@link LocalFileStore}: the data dir's, or a volume the nodes share) or an S3-compatible bucket
 * with this node's folder as a cache ({@link S3FileStore}). Chosen from the configuration at start
 * ({@link AttachmentStore}), which keeps the hashing, the limits and the checks: a store only
 * keeps complete, checked files under their key ({@code ab/abcdef…}, the SHA-256 of the bytes).
 */
interface FileStore extends AutoCloseable {

    /** A stored key and when it was last stored or touched: the sweep's grace period runs from then. */
    record Entry(String key, Instant lastUsed) {
    }

    /**
     * This node's folder: uploads are written into its {@code tmp/} first, and the file of a key
     * that is read on this node is {@code folder/key}.
     */
    Path folder();

    /** What and where the store is, for log lines. */
    String describe();

    /**
     * Keeps a complete file (written in {@code folder/tmp}, hashed and checked) under its key and
     * returns only when every node can read it. When the key is stored already, it is touched
     * instead. The file is moved away or left for the caller to delete.
     */
    void put(String key, Path complete) throws IOException;

    /** Marks a key as just used, so the sweep keeps it for its grace period; false when it is not stored. */
    boolean touch(String key) throws IOException;

    /**
     * Brings the bytes of a key to {@code folder/key} on this node (replacing a copy there), only
     * if they have this SHA-256; false when the store does not have them, or not intact. A folder
     * that is itself the store has nothing to bring: false.
     */
    boolean download(String key, String sha256) throws IOException;

    /** Every stored key, in pages (one transaction of the sweep each). */
    void list(Consumer<List<Entry>> page) throws IOException;

    /** Removes a key's bytes if they were not used since {@code before}; true when removed. */
    boolean remove(String key, Instant before) throws IOException;

    /** Removes this node's copies fetched before {@code before} (a cache only); how many. */
    int trim(Instant before) throws IOException;

    /** True when the store can take and hand out files now (quick: asked by readiness). */
    boolean isUsable();

    @Override
    void close();
}
