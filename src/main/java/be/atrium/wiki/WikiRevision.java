package be.atrium.wiki;

import be.atrium.identity.Account;
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

/** One saved version of a wiki page: its title and text, who saved it, when and why (optional summary). */
@Entity
@Table(name = "wiki_revision")
public class WikiRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "page_id")
    private WikiPage page;

    @Column(name = "revision_no", nullable = false)
    private int number;

    @Column(nullable = false, length = WikiPage.MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(length = WikiPage.MAX_SUMMARY)
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The revision a restore brought back; null for an ordinary save. */
    @Column(name = "restored_from")
    private Integer restoredFrom;

    protected WikiRevision() {
    }

    WikiRevision(WikiPage page, int number, String title, String body, Account author, String summary,
                 Instant createdAt) {
        this(page, number, title, body, author, summary, createdAt, null);
    }

    WikiRevision(WikiPage page, int number, String title, String body, Account author, String summary,
                 Instant createdAt, Integer restoredFrom) {
        this.restoredFrom = restoredFrom;
        this.page = page;
        this.number = number;
        this.title = title;
        this.body = body;
        this.author = author;
        this.summary = summary;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public WikiPage getPage() {
        return page;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Account getAuthor() {
        return author;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getRestoredFrom() {
        return restoredFrom;
    }
}
