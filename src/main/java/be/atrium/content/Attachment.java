package be.atrium.content;

import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a piece of content (a post, a practice case, guidance): exactly one owner column
 * is set, which the database checks as well. The bytes are stored once per content
 * ({@link #getStorageKey()}) under the data dir; the media type is the one detected from the
 * content by {@link FileTypes}.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    public static final int MAX_FILENAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "post_id")
    private Long postId;

    @Column(name = "practice_id")
    private Long practiceId;

    @Column(name = "guidance_id")
    private Long guidanceId;

    @Column(nullable = false, length = MAX_FILENAME)
    private String filename;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploader_id")
    private Account uploader;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    Attachment(AttachmentOwner owner, String filename, String mediaType, long sizeBytes, String storageKey,
               String sha256, Account uploader, Instant createdAt) {
        switch (Objects.requireNonNull(owner).kind()) {
            case POST -> this.postId = owner.id();
            case PRACTICE -> this.practiceId = owner.id();
            case GUIDANCE -> this.guidanceId = owner.id();
        }
        this.filename = Objects.requireNonNull(filename);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.sizeBytes = sizeBytes;
        this.storageKey = Objects.requireNonNull(storageKey);
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploader = Objects.requireNonNull(uploader);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * The name a file is shown and downloaded under: no folders, no control characters, at most
     * {@value #MAX_FILENAME} characters (the extension kept). Empty names are refused.
     */
    public static String cleanFilename(String name) {
        String n = name == null ? "" : name;
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = n.replaceAll("[\\p{Cntrl}\"<>|*?:]", "_").strip();
        while (n.startsWith(".")) {
            n = n.substring(1);
        }
        if (n.isBlank()) {
            throw new DomainException("attachment.filename.required", "filename");
        }
        if (n.length() > MAX_FILENAME) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, MAX_FILENAME - ext.length()) + ext;
        }
        return n;
    }

    /** What the file is attached to. */
    public AttachmentOwner getOwner() {
        if (postId != null) {
            return AttachmentOwner.post(postId);
        }
        if (practiceId != null) {
            return AttachmentOwner.practice(practiceId);
        }
        if (guidanceId != null) {
            return AttachmentOwner.guidance(guidanceId);
        }
        throw new IllegalStateException("attachment " + id + " has no owner");
    }

    public boolean isImage() {
        return FileTypes.isImage(mediaType);
    }

    public Long getId() {
        return id;
    }

    public String getFilename() {
        return filename;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getStorageKey() {
        return storageKey;
    }

    public String getSha256() {
        return sha256;
    }

    public Account getUploader() {
        return uploader;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
