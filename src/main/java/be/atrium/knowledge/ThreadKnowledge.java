package be.atrium.knowledge;

import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadKind;
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
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A link from a thread to the knowledge that came out of it or answers it: a wiki page the
 * thread (or its accepted answer) was promoted into, or a wiki page or guidance publication
 * that answers the question. One link per thread and target; who made it and when.
 */
@Entity
@Table(name = "thread_knowledge")
public class ThreadKnowledge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private DiscussionThread thread;

    /** The accepted answer when only it was promoted; null for a whole thread or an answering link. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "post_id")
    private Post post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private KnowledgeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_type", nullable = false, length = 20)
    private KnowledgeTargetType targetType;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ThreadKnowledge() {
    }

    private ThreadKnowledge(DiscussionThread thread, Post post, KnowledgeKind kind, KnowledgeTargetType targetType,
                            long targetId, Account by, Instant at) {
        this.thread = Objects.requireNonNull(thread);
        this.post = post;
        this.kind = Objects.requireNonNull(kind);
        this.targetType = Objects.requireNonNull(targetType);
        this.targetId = targetId;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
    }

    /** The thread (or, with {@code post}, its accepted answer) was taken into a wiki page. */
    public static ThreadKnowledge promoted(DiscussionThread thread, Post post, long pageId, Account by, Instant at) {
        return new ThreadKnowledge(thread, post, KnowledgeKind.PROMOTED, KnowledgeTargetType.WIKI, pageId, by, at);
    }

    /** The question is answered by a wiki page or a guidance publication. */
    public static ThreadKnowledge answeredBy(DiscussionThread thread, KnowledgeTargetType type, long targetId,
                                             Account by, Instant at) {
        if (thread.getKind() != ThreadKind.QUESTION) {
            throw new DomainException("knowledge.link.notQuestion", null);
        }
        return new ThreadKnowledge(thread, null, KnowledgeKind.ANSWERED_BY, type, targetId, by, at);
    }

    /**
     * Promoting into a page the question was already linked to as answering it: the link now says
     * the thread was taken into the page. Promoting twice into the same page is refused (it would
     * add the same text twice).
     */
    public void promotedAgain(Post promotedPost, Account by, Instant at) {
        if (kind == KnowledgeKind.PROMOTED) {
            throw new ConflictException("knowledge.promote.already", "page");
        }
        this.kind = KnowledgeKind.PROMOTED;
        this.post = promotedPost;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public DiscussionThread getThread() {
        return thread;
    }

    public Post getPost() {
        return post;
    }

    public KnowledgeKind getKind() {
        return kind;
    }

    public KnowledgeTargetType getTargetType() {
        return targetType;
    }

    public long getTargetId() {
        return targetId;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
