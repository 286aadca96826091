package be.atrium.discussion;

import be.atrium.content.Tags;
import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A question or discussion on a board. Knows its own rules: who may accept an answer, that a
 * locked thread takes no replies, where an escalated question came from. The opening post is
 * a {@link Post} like the others, marked as opening.
 */
@Entity
@Table(name = "discussion_thread")
public class DiscussionThread {

    public static final int MIN_TITLE = 5;
    public static final int MAX_TITLE = 200;
    public static final int MAX_TAGS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "origin_board_id")
    private Board originBoard;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ThreadKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_org_id")
    private Organisation authorOrganisation;

    @Column(name = "live_procedure", nullable = false)
    private boolean liveProcedure;

    @Column(nullable = false)
    private boolean locked;

    @Column(nullable = false)
    private boolean pinned;

    /** Read for "solved" on every thread of a list: loaded for the whole list at once. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "accepted_post_id")
    @BatchFetch(BatchFetchType.IN)
    private Post acceptedPost;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private DiscussionThread mergedInto;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "last_poster_id")
    private Account lastPoster;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "thread_tag", joinColumns = @JoinColumn(name = "thread_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new LinkedHashSet<>();

    /** The last move or escalation, while it is the last moderation action: what undoing it restores. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "undo_board_id")
    private Board undoBoard;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "undo_origin_board_id")
    private Board undoOriginBoard;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "undo_by_id")
    private Account undoBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "undo_kind", length = 20)
    private TransferKind undoKind;

    @Version
    private long version;

    protected DiscussionThread() {
    }

    public DiscussionThread(Board board, ThreadKind kind, String title, Account author, boolean liveProcedure,
                            Collection<String> tags, Instant at) {
        this.board = Objects.requireNonNull(board);
        if (kind == null) {
            throw new DomainException("thread.kind.required", "kind");
        }
        this.kind = kind;
        retitle(title);
        this.author = Objects.requireNonNull(author);
        this.authorOrganisation = author.getOrganisation();
        this.liveProcedure = liveProcedure;
        retag(tags);
        this.createdAt = Objects.requireNonNull(at);
        this.lastActivityAt = at;
        this.lastPoster = author;
    }

    public void retitle(String newTitle) {
        this.title = normaliseTitle(newTitle);
    }

    /**
     * Every rule a new or edited question breaks, all at once (so a form shows them together):
     * the kind (for a new thread), the title, the text (when given) and the tags.
     */
    public static List<DomainException> problems(boolean newThread, ThreadKind kind, String title, String body,
                                                 Collection<String> tags) {
        return DomainException.broken(() -> {
            if (newThread && kind == null) {
                throw new DomainException("thread.kind.required", "kind");
            }
        }, () -> normaliseTitle(title), () -> {
            if (body != null || newThread) {
                Post.requireBody(body);
            }
        }, () -> normaliseTags(tags));
    }

    /** The rules of a post's text alone (a reply, an edit of a reply). */
    public static List<DomainException> problemsOfText(String body) {
        return DomainException.broken(() -> Post.requireBody(body));
    }

    static String normaliseTitle(String newTitle) {
        if (newTitle == null || newTitle.isBlank()) {
            throw new DomainException("thread.title.required", "title");
        }
        String t = newTitle.strip().replaceAll("\\s+", " ");
        if (t.length() < MIN_TITLE) {
            throw new DomainException("thread.title.tooShort", "title", MIN_TITLE);
        }
        if (t.length() > MAX_TITLE) {
            throw new DomainException("thread.title.tooLong", "title", MAX_TITLE);
        }
        return t;
    }

    static Set<String> normaliseTags(Collection<String> newTags) {
        return Tags.normalise(newTags, MAX_TAGS, "thread.tag.invalid", "thread.tags.tooMany");
    }

    /** Tags are lower-case words joined by hyphens (omgevingsvergunning, rup, hemelwater-put). */
    public void retag(Collection<String> newTags) {
        Set<String> normalised = normaliseTags(newTags);
        tags.clear();
        tags.addAll(normalised);
    }

    /**
     * A reply counted into a thread that is not saved yet, so no other transaction can count into
     * it at the same time (an import's new question): a locked or merged thread takes none. A saved
     * thread's replies are counted by the database in one statement that keeps the same rule
     * ({@link DiscussionRepository#countReplies}), so replies arriving at once never conflict.
     */
    void replied(Account poster, Instant at) {
        requireOpen();
        replyCount++;
        lastActivityAt = at;
        lastPoster = poster;
    }

    /** A locked or merged thread takes no reply, and the posts in it are not edited. */
    void requireOpen() {
        if (locked) {
            throw new DomainException("thread.locked", null);
        }
        if (mergedInto != null) {
            throw new DomainException("thread.merged", null);
        }
    }

    /**
     * The asker or a moderator accepts one answer of this question. Accepting another answer
     * replaces the earlier choice.
     */
    void accept(Post answer, Account actor, boolean moderator) {
        if (!moderator && !author.getId().equals(actor.getId())) {
            throw new ForbiddenException("only the asker or a moderator accepts an answer");
        }
        if (kind != ThreadKind.QUESTION) {
            throw new DomainException("thread.accept.notQuestion", null);
        }
        if (!answer.getThread().getId().equals(id)) {
            throw new DomainException("thread.accept.otherThread", null);
        }
        if (answer.isOpening()) {
            throw new DomainException("thread.accept.opening", null);
        }
        if (answer.isMergedOpening()) {
            throw new DomainException("thread.accept.mergedQuestion", null);
        }
        if (answer.isWithdrawn() || answer.isHidden()) {
            throw new DomainException("thread.accept.withdrawn", null);
        }
        acceptedPost = answer;
    }

    void unaccept() {
        acceptedPost = null;
    }

    void lock(boolean value) {
        locked = value;
        forgetUndo();
    }

    void pin(boolean value) {
        pinned = value;
        forgetUndo();
    }

    /**
     * Moves the thread to another board; an escalation remembers where it came from. Until the next
     * moderation action the move can be undone ({@link #undoTransfer}).
     */
    void moveTo(Board target, boolean escalation, Account moderator) {
        if (target.getId().equals(board.getId())) {
            throw new DomainException("thread.move.sameBoard", "board");
        }
        if (escalation && !target.acceptsEscalations()) {
            throw new DomainException("thread.escalate.notExpert", "board");
        }
        undoBoard = board;
        undoOriginBoard = originBoard;
        undoBy = Objects.requireNonNull(moderator);
        undoKind = escalation ? TransferKind.ESCALATION : TransferKind.MOVE;
        if (escalation) {
            originBoard = board;
        }
        board = target;
    }

    /**
     * Undoes the last move or escalation while it is the last moderation action: the thread goes
     * back to the board (and origin) it had. The moderator who moved it may undo it, and so may a
     * moderator of the board it is on now; the caller checks that the actor moderates the board it
     * returns to. Returns the board it leaves.
     */
    Board undoTransfer(Account actor, boolean moderatorOfCurrentBoard) {
        if (undoBoard == null) {
            throw new DomainException("thread.undo.nothing", null);
        }
        if (!moderatorOfCurrentBoard && !undoBy.getId().equals(actor.getId())) {
            throw new ForbiddenException("only who moved the thread or a moderator of its board undoes the move");
        }
        Board left = board;
        board = undoBoard;
        originBoard = undoOriginBoard;
        forgetUndo();
        return left;
    }

    /** Whether this account may undo the last move (as the one who made it), whatever board it is on. */
    public boolean isUndoableBy(Account actor) {
        return undoBoard != null && undoBy != null && undoBy.getId().equals(actor.getId());
    }

    private void forgetUndo() {
        undoBoard = null;
        undoOriginBoard = null;
        undoBy = null;
        undoKind = null;
    }

    void mergeInto(DiscussionThread target) {
        if (mergedInto != null) {
            throw new DomainException("thread.merged", null);
        }
        if (target.getId().equals(id)) {
            throw new DomainException("thread.merge.self", "target");
        }
        if (target.mergedInto != null) {
            throw new DomainException("thread.merge.targetMerged", "target");
        }
        mergedInto = target;
        locked = true;
        forgetUndo();
    }

    /**
     * Posts moved in from a merged thread: counted in memory, so the caller holds this thread's row
     * lock (a merge locks both threads first) or the thread is not saved yet (an import).
     */
    void absorbed(int posts, Instant lastActivity) {
        replyCount += posts;
        if (lastActivity.isAfter(lastActivityAt)) {
            lastActivityAt = lastActivity;
        }
    }

    public boolean isSolved() {
        return acceptedPost != null;
    }

    public boolean isAnswered() {
        return replyCount > 0;
    }

    public Long getId() {
        return id;
    }

    public Board getBoard() {
        return board;
    }

    public Board getOriginBoard() {
        return originBoard;
    }

    public ThreadKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Account getAuthor() {
        return author;
    }

    public Organisation getAuthorOrganisation() {
        return authorOrganisation;
    }

    public boolean isLiveProcedure() {
        return liveProcedure;
    }

    public boolean isLocked() {
        return locked;
    }

    public boolean isPinned() {
        return pinned;
    }

    public Post getAcceptedPost() {
        return acceptedPost;
    }

    public DiscussionThread getMergedInto() {
        return mergedInto;
    }

    public int getReplyCount() {
        return replyCount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Account getLastPoster() {
        return lastPoster;
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    /** The board the last move or escalation came from, while it can be undone; else null. */
    public Board getUndoBoard() {
        return undoBoard;
    }

    public TransferKind getUndoKind() {
        return undoKind;
    }

    public long getVersion() {
        return version;
    }
}
