package be.atrium.documents;

import be.atrium.content.Tags;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.platform.DomainException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A shared file of an Atrium's library (or of the whole network: no Atrium), in a folder, with
 * its metadata and every version ever uploaded. The newest version is the document's file; an
 * older one is restored by adding it again as the newest (nothing is ever overwritten). Deleting
 * puts the document in the bin ({@link #moveToBin}), from where it can come back; only emptying
 * the bin removes it.
 */
@Entity
@Table(name = "document")
public class Document {

    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_TAGS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "atrium_id")
    private Atrium atrium;

    @Column(nullable = false, length = DocumentFolders.MAX_PATH)
    private String folder;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DocumentKind kind;

    @Column(name = "document_date")
    private LocalDate documentDate;

    @Column(name = "guidance_id")
    private Long guidanceId;

    @Column(name = "thread_id")
    private Long threadId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "document_tag", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new LinkedHashSet<>();

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("number")
    private List<DocumentVersion> versions = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deleted_by")
    private Account deletedBy;

    @Version
    private long version;

    protected Document() {
    }

    /** What a person says about a document: everything but its file. */
    public record Details(String title, String description, DocumentKind kind, String folder, LocalDate date,
                          Collection<String> tags, Long guidanceId, Long threadId) {
    }

    /** A new document with its first version. */
    public Document(Atrium atrium, Details details, Account author, FileVersion file, Instant at) {
        this.atrium = atrium;
        this.createdBy = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(at);
        describe(details, author, at);
        addVersion(file, author, at);
    }

    /** The stored file of a version, as received: its sanitised name, type detected from the content, size and key. */
    public record FileVersion(String filename, String mediaType, long sizeBytes, String storageKey, String sha256,
                              String comment, Integer restoredFrom) {
    }

    /** Changes the metadata (title, description, kind, folder, date, tags, links). */
    public void describe(Details details, Account editor, Instant at) {
        this.title = requireTitle(details.title());
        String d = details.description() == null ? null : details.description().strip();
        if (d != null && d.length() > MAX_DESCRIPTION) {
            throw new DomainException("document.description.tooLong", "description", MAX_DESCRIPTION);
        }
        this.description = d == null || d.isEmpty() ? null : d;
        this.kind = details.kind() == null ? DocumentKind.OTHER : details.kind();
        this.folder = DocumentFolders.normalise(details.folder());
        this.documentDate = details.date();
        this.tags.clear();
        this.tags.addAll(Tags.normalise(details.tags(), MAX_TAGS, "document.tag.invalid", "document.tags.tooMany"));
        this.guidanceId = details.guidanceId();
        this.threadId = details.threadId();
        touch(editor, at);
    }

    /**
     * Links the document to a meeting (null: to none). That the meeting is one of the document's
     * Atrium is checked by the caller, who knows meetings ({@link DocumentService#linkToMeeting}).
     */
    public void linkToMeeting(Long meetingId, Account by, Instant at) {
        requireNotBinned();
        this.meetingId = meetingId;
        touch(by, at);
    }

    /** The title a file gets until someone gives it a better one: its name, without a path a browser may send. */
    public static String titleOf(String filename) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        return name.length() > MAX_TITLE ? name.substring(0, MAX_TITLE) : name;
    }

    public static String requireTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new DomainException("document.title.required", "title");
        }
        if (t.length() > MAX_TITLE) {
            throw new DomainException("document.title.tooLong", "title", MAX_TITLE);
        }
        return t;
    }

    /** Adds a file as the newest version; the document must not be in the bin. */
    public DocumentVersion addVersion(FileVersion file, Account uploader, Instant at) {
        requireNotBinned();
        DocumentVersion v = new DocumentVersion(this, currentVersion + 1, file, uploader, at);
        versions.add(v);
        currentVersion = v.getNumber();
        touch(uploader, at);
        return v;
    }

    /** Makes an older version the newest again: a new version with the same bytes, saying where it came from. */
    public DocumentVersion restoreVersion(int number, String comment, Account by, Instant at) {
        DocumentVersion old = version(number);
        if (number == currentVersion) {
            throw new DomainException("document.version.alreadyCurrent", "version", number);
        }
        return addVersion(new FileVersion(old.getFilename(), old.getMediaType(), old.getSizeBytes(),
                old.getStorageKey(), old.getSha256(), comment, number), by, at);
    }

    /** A version by number ({@link #getCurrentVersion()} is the newest). */
    public DocumentVersion version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst()
                .orElseThrow(() -> new DomainException("document.version.unknown", "version", number));
    }

    public void moveToBin(Account by, Instant at) {
        requireNotBinned();
        this.deletedAt = Objects.requireNonNull(at);
        this.deletedBy = Objects.requireNonNull(by);
    }

    public void restoreFromBin(Account by, Instant at) {
        if (!isBinned()) {
            throw new DomainException("document.notInBin", null);
        }
        this.deletedAt = null;
        this.deletedBy = null;
        touch(by, at);
    }

    private void requireNotBinned() {
        if (isBinned()) {
            throw new DomainException("document.inBin", null);
        }
    }

    private void touch(Account by, Instant at) {
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(at);
    }

    public boolean isBinned() {
        return deletedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Atrium getAtrium() {
        return atrium;
    }

    public String getFolder() {
        return folder;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public Long getGuidanceId() {
        return guidanceId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Set<String> getTags() {
        return tags;
    }

    public List<DocumentVersion> getVersions() {
        return versions;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Account getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getDeletedAt() {
        return deletedAt;
    }

    public Account getDeletedBy() {
        return deletedBy;
    }

    public long getVersion() {
        return version;
    }
}
