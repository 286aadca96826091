package be.atrium.discussion;

import be.atrium.identity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.TreeSet;

/**
 * One version of a post's text: who wrote it and when. Revision 1 is the text as first posted.
 * A revision of a thread's opening post also keeps the thread's title and tags as they were then
 * (A-Z, comma-separated), so a changed title or tag shows in the history like a changed text.
 */
@Entity
@Table(name = "post_revision")
@NamedQuery(name = "PostRevision.ofPost",
        query = "SELECT r FROM PostRevision r JOIN FETCH r.editor WHERE r.post = :post ORDER BY r.number")
public class PostRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private Post post;

    @Column(name = "revision_no", nullable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    /** The thread's title with this revision (opening posts only). */
    @Column(length = DiscussionThread.MAX_TITLE)
    private String title;

    /** The thread's tags with this revision, comma-separated (opening posts only). */
    @Column(length = 300)
    private String tags;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "editor_id")
    private Account editor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PostRevision() {
    }

    PostRevision(Post post, int number, String body, Account editor, Instant createdAt) {
        this.post = post;
        this.number = number;
        this.body = body;
        this.editor = editor;
        this.createdAt = createdAt;
        if (post.isOpening()) {
            this.title = post.getThread().getTitle();
            // A-Z, as the database gives a thread's tags in no particular order
            this.tags = String.join(", ", new TreeSet<>(post.getThread().getTags()));
        }
    }

    public Long getId() {
        return id;
    }

    public Post getPost() {
        return post;
    }

    public int getNumber() {
        return number;
    }

    public String getBody() {
        return body;
    }

    /** The thread's title with this revision; null for replies and for revisions from before titles were kept. */
    public String getTitle() {
        return title;
    }

    /** The thread's tags with this revision ("rup, gecoro"); null as for {@link #getTitle()}. */
    public String getTags() {
        return tags;
    }

    public Account getEditor() {
        return editor;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
