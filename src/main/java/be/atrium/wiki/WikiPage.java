package be.atrium.wiki;

import be.atrium.identity.Account;
import be.atrium.content.Tags;
import be.atrium.network.Atrium;
import be.atrium.platform.ConflictException;
import be.atrium.platform.DomainException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A page of the knowledge base: of one Atrium, or network-wide ({@code atrium == null}), with an
 * optional parent in the same Atrium. Keeps its Markdown, the sanitised HTML made from it at save
 * time and the number of its current revision. Every save (creation, edit, restore) is a new
 * {@link WikiRevision}; an edit based on an older revision is a conflict, never a lost update.
 */
@Entity
@Table(name = "wiki_page")
public class WikiPage {

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_TAGS = 10;
    public static final int MAX_DEPTH = 20;


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "atrium_id")
    private Atrium atrium;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private WikiPage parent;

    /** The parent's id without loading the parent (lists show it). */
    @Column(name = "parent_id", insertable = false, updatable = false)
    private Long parentId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "title_key", nullable = false, length = MAX_TITLE)
    private String titleKey;

    @Column(name = "current_revision", nullable = false)
    private int revision;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "wiki_page_tag", joinColumns = @JoinColumn(name = "page_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new LinkedHashSet<>();

    @Version
    private long version;

    protected WikiPage() {
    }

    /** A new page at revision 1; the service persists it and then {@link #firstRevision()}. */
    public WikiPage(Atrium atrium, WikiPage parent, String title, String body, String bodyHtml,
                    Collection<String> tags, Account author, Instant at) {
        this.atrium = atrium;
        this.title = requireTitle(title);
        this.titleKey = key(this.title);
        this.body = requireBody(body);
        this.bodyHtml = Objects.requireNonNull(bodyHtml);
        this.createdBy = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(at);
        this.updatedBy = author;
        this.updatedAt = at;
        this.revision = 1;
        retag(tags);
        moveUnder(parent);
    }

    /**
     * Every rule an edited or new page breaks, all at once (so the form shows them together): the
     * title, the text, the summary of the change and the tags.
     */
    public static List<DomainException> problems(String title, String body, String summary, Collection<String> tags) {
        return DomainException.broken(() -> requireTitle(title), () -> requireBody(body),
                () -> normaliseSummary(summary), () -> Tags.normalise(tags, MAX_TAGS, "wiki.tag.invalid",
                        "wiki.tags.tooMany"));
    }

    /** Title rules: required, 1 to 200 characters after trimming; inner whitespace collapsed. */
    public static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException("wiki.title.required", "title");
        }
        String t = title.strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_TITLE) {
            throw new DomainException("wiki.title.tooLong", "title", MAX_TITLE);
        }
        if (t.contains("[") || t.contains("]") || t.contains("|")) {
            throw new DomainException("wiki.title.invalid", "title");
        }
        return t;
    }

    /** Body rules: required, at most 200,000 characters. */
    public static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new DomainException("wiki.body.required", "body");
        }
        if (body.length() > MAX_BODY) {
            throw new DomainException("wiki.body.tooLong", "body", MAX_BODY);
        }
        return body.strip();
    }

    /** An optional edit summary of at most 300 characters; blank is none. */
    public static String normaliseSummary(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String s = summary.strip().replaceAll("\\s+", " ");
        if (s.length() > MAX_SUMMARY) {
            throw new DomainException("wiki.summary.tooLong", "summary", MAX_SUMMARY);
        }
        return s;
    }

    /** The lookup key of a title: trimmed, single spaces, lower case. {@code [[Title]]} finds pages by it. */
    public static String key(String title) {
        return title == null ? "" : title.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The revision that keeps the text the page was created with. */
    WikiRevision firstRevision() {
        return new WikiRevision(this, 1, title, body, createdBy, null, createdAt);
    }

    /**
     * Saves a new text (and possibly a new title) made from {@code baseRevision}. When someone
     * saved in the meantime the base is stale: a conflict carrying the current revision number.
     */
    public WikiRevision edit(Account editor, String newTitle, String newBody, String newHtml, String summary,
                             int baseRevision, Instant at) {
        if (baseRevision != revision) {
            throw new ConflictException("wiki.edit.conflict", "body", revision);
        }
        String t = newTitle == null ? title : requireTitle(newTitle);
        String b = requireBody(newBody);
        String s = normaliseSummary(summary);
        if (t.equals(title) && b.equals(body)) {
            throw new DomainException("wiki.edit.unchanged", "body");
        }
        return save(editor, t, b, newHtml, s, at, null);
    }

    /**
     * Brings back the text and title of an old revision as a NEW revision: history is never
     * rewritten. Restoring the current revision changes nothing and is refused.
     */
    public WikiRevision restore(WikiRevision old, Account editor, String html, String summary, Instant at) {
        if (old == null || old.getPage() != this && (id == null || !id.equals(old.getPage().getId()))) {
            throw new DomainException("wiki.revision.unknown", "revision");
        }
        if (old.getNumber() == revision) {
            throw new DomainException("wiki.restore.current", "revision", revision);
        }
        String s = normaliseSummary(summary);
        return save(editor, old.getTitle(), old.getBody(), html, s, at, old.getNumber());
    }

    private WikiRevision save(Account editor, String newTitle, String newBody, String newHtml, String summary,
                              Instant at, Integer restoredFrom) {
        this.title = newTitle;
        this.titleKey = key(newTitle);
        this.body = newBody;
        this.bodyHtml = Objects.requireNonNull(newHtml);
        this.updatedBy = Objects.requireNonNull(editor);
        this.updatedAt = Objects.requireNonNull(at);
        this.revision++;
        return new WikiRevision(this, revision, newTitle, newBody, editor, summary, at, restoredFrom);
    }

    /**
     * Replaces the HTML made from the unchanged text, because a page it links to appeared,
     * was renamed or disappeared: not a revision, nobody edited the text.
     */
    void relinked(String html) {
        this.bodyHtml = Objects.requireNonNull(html);
    }

    /**
     * Puts the page under {@code newParent} (null: top level). The parent belongs to the same
     * Atrium (or both are network-wide), is not the page itself nor one of its descendants, and
     * the hierarchy stays at most {@value #MAX_DEPTH} levels deep.
     */
    public void moveUnder(WikiPage newParent) {
        if (newParent != null) {
            if (!sameAtrium(atrium, newParent.atrium)) {
                throw new DomainException("wiki.parent.otherAtrium", "parent");
            }
            int depth = 1;
            for (WikiPage p = newParent; p != null; p = p.parent) {
                if (p.is(this)) {
                    throw new DomainException("wiki.parent.cycle", "parent");
                }
                if (++depth > MAX_DEPTH) {
                    throw new DomainException("wiki.parent.tooDeep", "parent", MAX_DEPTH);
                }
            }
        }
        this.parent = newParent;
        this.parentId = newParent == null ? null : newParent.id;
    }

    private boolean is(WikiPage other) {
        return other == this || id != null && id.equals(other.id);
    }

    private static boolean sameAtrium(Atrium a, Atrium b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a == b || a.getId() != null && a.getId().equals(b.getId());
    }

    /** Tags are lower-case words joined by hyphens, at most ten. */
    public void retag(Collection<String> newTags) {
        Set<String> normalised = Tags.normalise(newTags, MAX_TAGS, "wiki.tag.invalid",
                "wiki.tags.tooMany");
        tags.clear();
        tags.addAll(normalised);
    }

    public Long getId() {
        return id;
    }

    public Atrium getAtrium() {
        return atrium;
    }

    public WikiPage getParent() {
        return parent;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getTitle() {
        return title;
    }

    public String getTitleKey() {
        return titleKey;
    }

    public int getRevision() {
        return revision;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Account getUpdatedBy() {
        return updatedBy;
    }

    public Set<String> getTags() {
        return tags;
    }

    public long getVersion() {
        return version;
    }
}
