package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A contribution to a thread: the opening question or an answer. Keeps its Markdown and the
 * sanitised HTML made from it at save time. A right to mistakes: its author edits it (each
 * edit is a {@link PostRevision}) or withdraws it; the text stays for moderators.
 */
@Entity
@Table(name = "post")
public class Post {

    public static final int MAX_BODY = 50_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "thread_id")
    private DiscussionThread thread;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "author_org_id")
    private Organisation authorOrganisation;

    @Column(nullable = false)
    private boolean opening;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "quoted_post_id")
    private Post quotedPost;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "revision_count", nullable = false)
    private int revisionCount = 1;

    @Column(name = "helpful_count", nullable = false)
    private int helpfulCount;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by", length = 60)
    private String hiddenBy;

    /** The question this post was merged in from (by a moderator), shown above it in its new thread. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_from_id")
    @BatchFetch(BatchFetchType.IN)
    private DiscussionThread mergedFrom;

    /** This post opened the question it was merged in from: it is a question, never an answer to accept. */
    @Column(name = "merged_opening", nullable = false)
    private boolean mergedOpening;

    @Version
    private long version;

    protected Post() {
    }

    Post(DiscussionThread thread, Account author, boolean opening, String body, String bodyHtml, Post quoted,
         Instant at) {
        this.thread = Objects.requireNonNull(thread);
        this.author = Objects.requireNonNull(author);
        this.authorOrganisation = author.getOrganisation();
        this.opening = opening;
        setBody(body, bodyHtml);
        if (quoted != null && !quoted.getThread().getId().equals(thread.getId())) {
            throw new DomainException("post.quote.otherThread", "quotedPostId");
        }
        this.quotedPost = quoted;
        this.createdAt = Objects.requireNonNull(at);
    }

    /** The Markdown rules every post body keeps: not empty, not huge. */
    public static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new DomainException("post.body.required", "body");
        }
        if (body.length() > MAX_BODY) {
            throw new DomainException("post.body.tooLong", "body", MAX_BODY);
        }
        return body.strip();
    }

    private void setBody(String newBody, String newHtml) {
        this.body = requireBody(newBody);
        this.bodyHtml = Objects.requireNonNull(newHtml);
    }

    /** The author changes the text; returns the revision that keeps the new text. */
    PostRevision edit(Account editor, String newBody, String newHtml, Instant at) {
        return revise(editor, false, newBody, newHtml, null, null, at);
    }

    /**
     * A new revision: the text (its author only) and, of an opening post, the thread's title and
     * tags (its author, or a moderator of the board, who then leaves the text as it is). Refused
     * when nothing changed. {@code newTitle} and {@code newTags} null leave them as they are.
     */
    PostRevision revise(Account editor, boolean moderator, String newBody, String newHtml, String newTitle,
                        Collection<String> newTags, Instant at) {
        boolean own = author.getId().equals(editor.getId());
        boolean threadPart = opening && (newTitle != null || newTags != null);
        if (!own && !(moderator && threadPart)) {
            throw new ForbiddenException("only the author edits a post");
        }
        if (withdrawnAt != null) {
            throw new DomainException("post.withdrawn", null);
        }
        thread.requireOpen();
        String normalised = requireBody(newBody);
        boolean textChanged = !normalised.equals(body);
        if (textChanged && !own) {
            throw new ForbiddenException("only the author changes the text of a post");
        }
        boolean threadChanged = false;
        if (opening && newTitle != null) {
            String before = thread.getTitle();
            thread.retitle(newTitle);
            threadChanged = !before.equals(thread.getTitle());
        }
        if (opening && newTags != null) {
            Set<String> before = new LinkedHashSet<>(thread.getTags());
            thread.retag(newTags);
            threadChanged |= !before.equals(new LinkedHashSet<>(thread.getTags()));
        }
        if (!textChanged && !threadChanged) {
            throw new DomainException("post.edit.unchanged", "body");
        }
        if (textChanged) {
            setBody(normalised, newHtml);
        }
        editedAt = at;
        revisionCount++;
        return new PostRevision(this, revisionCount, body, editor, at);
    }

    void withdraw(Account actor, Instant at) {
        if (!author.getId().equals(actor.getId())) {
            throw new ForbiddenException("only the author withdraws a post");
        }
        if (withdrawnAt == null) {
            withdrawnAt = at;
        }
    }

    void hide(String moderator, Instant at) {
        hiddenAt = at;
        hiddenBy = moderator;
    }

    void restore() {
        hiddenAt = null;
        hiddenBy = null;
    }

    /**
     * Whether the voter may mark this post helpful: never one's own post, never a withdrawn or hidden
     * one. The vote row enforces "once per person"; the count is kept by the database
     * ({@link DiscussionRepository#countHelpful}), so votes arriving at once never conflict.
     */
    void requireHelpfulMarkBy(Account voter) {
        if (author.getId().equals(voter.getId())) {
            throw new DomainException("post.vote.own", null);
        }
        if (withdrawnAt != null || hiddenAt != null) {
            throw new DomainException("post.withdrawn", null);
        }
    }

    /**
     * Moves this post into the thread its own thread is merged into. It remembers the question it
     * came from (a post merged in earlier keeps its first origin); the opening post of the merged
     * question stays recognisable as a question.
     */
    void mergedInto(DiscussionThread target) {
        if (mergedFrom == null) {
            mergedFrom = thread;
            mergedOpening = opening;
        }
        this.thread = target;
        this.opening = false;
    }

    /** Whether this post can be accepted as the answer of its thread (by rule, not by who asks). */
    public boolean isAcceptable() {
        return !opening && !mergedOpening && withdrawnAt == null && hiddenAt == null;
    }

    public DiscussionThread getMergedFrom() {
        return mergedFrom;
    }

    public boolean isMergedOpening() {
        return mergedOpening;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public boolean isHidden() {
        return hiddenAt != null;
    }

    public Long getId() {
        return id;
    }

    public DiscussionThread getThread() {
        return thread;
    }

    public Account getAuthor() {
        return author;
    }

    public Organisation getAuthorOrganisation() {
        return authorOrganisation;
    }

    public boolean isOpening() {
        return opening;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Post getQuotedPost() {
        return quotedPost;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public int getRevisionCount() {
        return revisionCount;
    }

    public int getHelpfulCount() {
        return helpfulCount;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public Instant getHiddenAt() {
        return hiddenAt;
    }

    public String getHiddenBy() {
        return hiddenBy;
    }

    public long getVersion() {
        return version;
    }
}
