package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * Someone's report that a post breaks the network's agreements (a position on a live
 * procedure, personal data, off-topic, disrespectful, spam). It stays open until a moderator
 * of the post's board decides: hide the post or dismiss the flag. One open flag per person per
 * post; never on one's own post.
 */
@Entity
@Table(name = "post_flag")
@NamedQuery(name = "PostFlag.openOfBoard",
        query = "SELECT f FROM PostFlag f JOIN FETCH f.post p JOIN FETCH p.thread t JOIN FETCH p.author "
                + "JOIN FETCH f.reporter WHERE t.board = :board AND f.resolvedAt IS NULL ORDER BY f.createdAt, f.id")
@NamedQuery(name = "PostFlag.countOpenOfBoard",
        query = "SELECT COUNT(f) FROM PostFlag f WHERE f.post.thread.board = :board AND f.resolvedAt IS NULL")
@NamedQuery(name = "PostFlag.countOpenBy",
        query = "SELECT COUNT(f) FROM PostFlag f WHERE f.post = :post AND f.reporter = :reporter AND f.resolvedAt IS NULL")
@NamedQuery(name = "PostFlag.openOfPost",
        query = "SELECT f FROM PostFlag f WHERE f.post = :post AND f.resolvedAt IS NULL")
@NamedQuery(name = "PostFlag.byId",
        query = "SELECT f FROM PostFlag f JOIN FETCH f.post p JOIN FETCH p.thread t JOIN FETCH t.board b "
                + "LEFT JOIN FETCH b.atrium JOIN FETCH f.reporter WHERE f.id = :id")
public class PostFlag {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reporter_id")
    private Account reporter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FlagReason reason;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "resolved_by")
    private Account resolvedBy;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private FlagDecision decision;

    @Version
    private long version;

    protected PostFlag() {
    }

    /**
     * A new flag. {@code openFlagExists} says whether the reporter already has an open flag on
     * this post (the service asks the database); a second one is a conflict.
     */
    static PostFlag raise(Post post, Account reporter, FlagReason reason, String note, boolean openFlagExists,
                          Instant at) {
        Objects.requireNonNull(post);
        Objects.requireNonNull(reporter);
        if (reason == null) {
            throw new DomainException("flag.reason.required", "reason");
        }
        if (post.getAuthor().getId().equals(reporter.getId())) {
            throw new DomainException("flag.ownPost", null);
        }
        if (post.isHidden()) {
            throw new DomainException("flag.postHidden", null);
        }
        if (openFlagExists) {
            throw new ConflictException("flag.duplicate", null);
        }
        PostFlag flag = new PostFlag();
        flag.post = post;
        flag.reporter = reporter;
        flag.reason = reason;
        flag.note = requireNote(note);
        flag.createdAt = Objects.requireNonNull(at);
        return flag;
    }

    static String requireNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > MAX_NOTE) {
            throw new DomainException("flag.note.tooLong", "note", MAX_NOTE);
        }
        return n;
    }

    /** A moderator decides; a flag is decided once. */
    void resolve(Account moderator, FlagDecision newDecision, Instant at) {
        if (newDecision == null) {
            throw new DomainException("flag.decision.required", "decision");
        }
        if (resolvedAt != null) {
            throw new ConflictException("flag.resolved", null);
        }
        decision = newDecision;
        resolvedBy = Objects.requireNonNull(moderator);
        resolvedAt = Objects.requireNonNull(at);
    }

    public boolean isOpen() {
        return resolvedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public Account getReporter() {
        return reporter;
    }

    public FlagReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }

    public Account getResolvedBy() {
        return resolvedBy;
    }

    public FlagDecision getDecision() {
        return decision;
    }

    public long getVersion() {
        return version;
    }
}
