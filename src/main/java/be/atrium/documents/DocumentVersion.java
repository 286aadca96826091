package be.atrium.documents;

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
 * One version of a document: the file as uploaded (its bytes stored once per content under the
 * data dir, by SHA-256), who uploaded it when, and why (a comment). A restored version names the
 * version it restored.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

    public static final int MAX_COMMENT = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private Document document;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String filename;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "storage_key", nullable = false, length = 100)
    private String storageKey;

    @Column(nullable = false, length = 64, columnDefinition = "CHAR(64)")
    private String sha256;

    @Column(length = MAX_COMMENT)
    private String comment;

    @Column(name = "restored_from")
    private Integer restoredFrom;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "uploader_id")
    private Account uploader;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DocumentVersion() {
    }

    DocumentVersion(Document document, int number, Document.FileVersion file, Account uploader, Instant at) {
        this.document = Objects.requireNonNull(document);
        this.number = number;
        this.filename = Objects.requireNonNull(file.filename());
        this.mediaType = Objects.requireNonNull(file.mediaType());
        this.sizeBytes = file.sizeBytes();
        this.storageKey = Objects.requireNonNull(file.storageKey());
        this.sha256 = Objects.requireNonNull(file.sha256());
        String c = file.comment() == null ? null : file.comment().strip();
        if (c != null && c.length() > MAX_COMMENT) {
            throw new DomainException("document.comment.tooLong", "comment", MAX_COMMENT);
        }
        this.comment = c == null || c.isEmpty() ? null : c;
        this.restoredFrom = file.restoredFrom();
        this.uploader = Objects.requireNonNull(uploader);
        this.createdAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public Document getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
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

    public String getComment() {
        return comment;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }

    public Account getUploader() {
        return uploader;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
