package be.atrium.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * The text of one stored file (by the SHA-256 of its bytes, so a file attached twice is read
 * once), for search: waiting for the extraction worker ({@link FileTextStatus#PENDING}), read
 * ({@link FileTextStatus#DONE}, capped at {@link #MAX_TEXT} characters) or not to be had
 * ({@link FileTextStatus#UNAVAILABLE}, with a {@link #getReason() reason}). The file itself stays
 * stored and downloadable whatever this says.
 */
@Entity
@Table(name = "file_text")
public class FileText {

    /** The most characters of text kept per file (the rest of a longer file is not searchable). */
    public static final int MAX_TEXT = 2_000_000;

    /** After this many tries (each cut short by a crash of the server), a file is given up. */
    public static final int MAX_ATTEMPTS = 3;

    @Id
    @Column(length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FileTextStatus status;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String text;

    @Column(length = 40)
    private String reason;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    protected FileText() {
    }

    FileText(String sha256, String storageKey, String mediaType, Instant createdAt) {
        this.sha256 = Objects.requireNonNull(sha256);
        this.storageKey = Objects.requireNonNull(storageKey);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.status = FileTextStatus.PENDING;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Counts a try before the parse starts, so a parse that takes the server down is not tried for ever. */
    boolean startAttempt() {
        attempts++;
        return attempts <= MAX_ATTEMPTS;
    }

    void extracted(String text, Instant at) {
        String t = text == null ? "" : text.strip();
        this.text = t.length() > MAX_TEXT ? t.substring(0, MAX_TEXT) : t;
        this.status = FileTextStatus.DONE;
        this.reason = null;
        this.extractedAt = at;
    }

    void unavailable(String reason, Instant at) {
        this.text = null;
        this.status = FileTextStatus.UNAVAILABLE;
        this.reason = Objects.requireNonNull(reason);
        this.extractedAt = at;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getMediaType() {
        return mediaType;
    }

    public FileTextStatus getStatus() {
        return status;
    }

    public String getText() {
        return text;
    }

    /** Why there is no text ({@code encrypted}, {@code broken}, {@code bomb}, ...): message key {@code file.text.reason.<reason>}. */
    public String getReason() {
        return reason;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getExtractedAt() {
        return extractedAt;
    }
}
