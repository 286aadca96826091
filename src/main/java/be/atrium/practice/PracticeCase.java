package be.atrium.practice;

import be.atrium.content.Tags;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceStatus;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import be.atrium.platform.ForbiddenException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A practice case (goede praktijk): how a municipality handled something, brought upwards so
 * others can learn from it. It belongs to one municipality, names a contact person, carries
 * themes (tags) and may be shared in one Atrium, whose visibility it then follows (no Atrium:
 * the whole network). Its author, colleagues of the same municipality, the relationship managers
 * of that municipality and administrators edit it; relationship managers and administrators
 * highlight it for the whole network. Each Markdown part is kept with the sanitised HTML made
 * from it when it is saved.
 */
@Entity
@Table(name = "practice_case")
public class PracticeCase {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TAGS = 10;
    public static final int MAX_GUIDANCE = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String context;

    @Column(name = "context_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String contextHtml;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String approach;

    @Column(name = "approach_html", columnDefinition = "MEDIUMTEXT")
    private String approachHtml;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String result;

    @Column(name = "result_html", columnDefinition = "MEDIUMTEXT")
    private String resultHtml;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String lessons;

    @Column(name = "lessons_html", columnDefinition = "MEDIUMTEXT")
    private String lessonsHtml;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id")
    private Organisation municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_id")
    private Account contact;

    /**
     * The contact chose to be it (named themself, or saved the case as its contact): only then do
     * readers see the contact's e-mail address. A person named by someone else did not agree to it.
     */
    @Column(name = "contact_chosen", nullable = false)
    private boolean contactChosen;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "atrium_id")
    private Atrium atrium;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @Column(nullable = false)
    private boolean highlighted;

    @Column(name = "highlighted_at")
    private Instant highlightedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "highlighted_by")
    private Account highlightedBy;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "practice_case_tag", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new LinkedHashSet<>();

    /** The guidance this case shows at work ("hoe deze regel hier uitpakt"). */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "practice_guidance",
            joinColumns = @JoinColumn(name = "practice_id"),
            inverseJoinColumns = @JoinColumn(name = "guidance_id"))
    private Set<Guidance> guidance = new LinkedHashSet<>();

    @Version
    private long version;

    protected PracticeCase() {
    }

    /**
     * A new case. {@code render} turns each Markdown part into safe HTML; the municipality and
     * the contact must already have passed {@link #requireMunicipality} and {@link #requireContact}.
     */
    public PracticeCase(String title, PracticeStory story, UnaryOperator<String> render, Organisation municipality,
                        Account contact, Atrium atrium, Collection<String> tags, Account author, Instant at) {
        this.author = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(at);
        this.updatedBy = author;
        this.updatedAt = at;
        this.title = requireTitle(title);
        tell(story, render);
        this.municipality = requireMunicipality(municipality, author);
        this.contact = requireContact(contact);
        this.contactChosen = same(contact, author);
        this.atrium = atrium;
        retag(tags);
    }

    /**
     * A case brought in by an import: its author (possibly a placeholder for someone who has no
     * account here) is its contact, and only the context of the story is required.
     */
    static PracticeCase imported(String title, PracticeStory story, UnaryOperator<String> render,
                                 Organisation municipality, Atrium atrium, Collection<String> tags, Account author,
                                 Instant at) {
        PracticeCase p = new PracticeCase();
        p.author = Objects.requireNonNull(author);
        p.createdAt = Objects.requireNonNull(at);
        p.updatedBy = author;
        p.updatedAt = at;
        p.title = requireTitle(title);
        p.tell(story, render);
        p.municipality = requireMunicipality(municipality, author);
        p.contact = author;
        p.contactChosen = true; // the author of the case is its contact, as when sharing it here
        p.atrium = atrium;
        p.retag(tags);
        return p;
    }

    /**
     * Every rule a case as a person writes it breaks in its title, story and themes, all at once
     * (so the form shows them together); the municipality and the contact are checked when saved.
     */
    public static List<DomainException> problems(String title, String context, String approach, String result,
                                                 String lessons, Collection<String> themes) {
        List<DomainException> problems = new ArrayList<>(DomainException.broken(() -> requireTitle(title)));
        problems.addAll(PracticeStory.problems(context, approach, result, lessons));
        problems.addAll(DomainException.broken(() -> Tags.normalise(themes, MAX_TAGS, "practice.tag.invalid",
                "practice.tags.tooMany")));
        return problems;
    }

    /** Title rules: required, at most {@value #MAX_TITLE} characters; inner whitespace collapsed. */
    public static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException("practice.title.required", "title");
        }
        String t = title.strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_TITLE) {
            throw new DomainException("practice.title.tooLong", "title", MAX_TITLE);
        }
        return t;
    }

    /**
     * The municipality a case belongs to: the chosen one, or else the author's own municipality.
     * Someone who does not work for a municipality (a province, the agency, a relationship
     * manager) must choose one. Only municipalities that still exist.
     */
    public static Organisation requireMunicipality(Organisation chosen, Account author) {
        Organisation m = chosen;
        if (m == null && author != null && author.getOrganisation() != null
                && author.getOrganisation().isMunicipality()) {
            m = author.getOrganisation();
        }
        if (m == null) {
            throw new DomainException("practice.municipality.required", "municipality");
        }
        if (!m.isMunicipality()) {
            throw new DomainException("practice.municipality.notMunicipal", "municipality", m.getName());
        }
        if (m.isMerged()) {
            throw new DomainException("practice.municipality.merged", "municipality", m.getName());
        }
        return m;
    }

    /** The contact person: an account of the network that can be reached (not a placeholder, not disabled). */
    public static Account requireContact(Account contact) {
        if (contact == null) {
            throw new DomainException("practice.contact.required", "contact");
        }
        if (!contact.canAuthenticate()) {
            throw new DomainException("practice.contact.inactive", "contact", contact.getUsername());
        }
        return contact;
    }

    /**
     * Who edits a case: its author, colleagues of its municipality, the relationship managers of
     * that municipality, administrators.
     */
    public boolean mayEdit(Account viewer) {
        if (viewer == null) {
            return false;
        }
        if (viewer.isAdministrator() || same(viewer, author)) {
            return true;
        }
        Organisation own = viewer.getOrganisation();
        if (own != null && municipality != null && Objects.equals(own.getId(), municipality.getId())
                && own.getId() != null) {
            return true;
        }
        return viewer.isRelationshipManager() && viewer.manages(municipality);
    }

    public void requireEditor(Account viewer) {
        if (!mayEdit(viewer)) {
            throw new ForbiddenException("only the author, colleagues of the municipality, its relationship "
                    + "managers and administrators edit a practice case");
        }
    }

    /** Relationship managers and administrators highlight cases for the whole network. */
    public static boolean mayHighlight(Account viewer) {
        return viewer != null && (viewer.isAdministrator() || viewer.isRelationshipManager());
    }

    /** Edits title and story; the editor must be allowed ({@link #mayEdit}). */
    public void rewrite(Account editor, String newTitle, PracticeStory story, UnaryOperator<String> render, Instant at) {
        requireEditor(editor);
        this.title = requireTitle(newTitle);
        tell(story, render);
        touched(editor, at);
    }

    /** Moves the case to another municipality, contact person or Atrium (null: the whole network). */
    public void place(Account editor, Organisation newMunicipality, Account newContact, Atrium newAtrium, Instant at) {
        requireEditor(editor);
        this.municipality = requireMunicipality(newMunicipality, editor);
        Account previous = this.contact;
        this.contact = requireContact(newContact);
        if (!same(previous, newContact)) {
            contactChosen = same(newContact, editor);
        } else if (same(newContact, editor)) {
            contactChosen = true; // the contact saved the case as its contact
        }
        this.atrium = newAtrium;
        touched(editor, at);
    }

    /**
     * Whether {@code viewer} may read the contact's e-mail address: when the contact chose to be
     * the contact, and otherwise only administrators and the contact themself.
     */
    public boolean showsContactEmailTo(Account viewer) {
        return contactChosen || viewer != null && viewer.maySeeEmailOf(contact);
    }

    /** Whether {@code viewer} may read the author's e-mail: as the contact's when the author is the chosen contact. */
    public boolean showsAuthorEmailTo(Account viewer) {
        return contactChosen && same(author, contact) || viewer != null && viewer.maySeeEmailOf(author);
    }

    public boolean isContactChosen() {
        return contactChosen;
    }

    /**
     * Highlights the case for the whole network (relationship managers and administrators only).
     * Highlighting a highlighted case changes nothing; answers whether it changed.
     */
    public boolean highlight(Account by, Instant at) {
        requireHighlighter(by);
        if (highlighted) {
            return false;
        }
        this.highlighted = true;
        this.highlightedAt = Objects.requireNonNull(at);
        this.highlightedBy = by;
        return true;
    }

    /** Removes the highlight (relationship managers and administrators only); answers whether it changed. */
    public boolean removeHighlight(Account by) {
        requireHighlighter(by);
        if (!highlighted) {
            return false;
        }
        this.highlighted = false;
        this.highlightedAt = null;
        this.highlightedBy = null;
        return true;
    }

    private static void requireHighlighter(Account by) {
        if (!mayHighlight(by)) {
            throw new ForbiddenException("only relationship managers and administrators highlight practice cases");
        }
    }

    /**
     * Links the case to the guidance it shows at work, replacing the earlier links (editors only).
     * Drafts cannot be linked (nobody else can read them); at most {@value #MAX_GUIDANCE}. Which
     * guidance the editor may see is the service's check.
     */
    public void linkGuidance(Account editor, Collection<Guidance> chosen) {
        requireEditor(editor);
        Set<Guidance> links = new LinkedHashSet<>();
        for (Guidance g : chosen) {
            if (g.getStatus() == GuidanceStatus.DRAFT) {
                throw new DomainException("practice.guidance.draft", "guidance", g.getTitle());
            }
            if (links.stream().noneMatch(l -> l.getId().equals(g.getId()))) {
                links.add(g);
            }
        }
        if (links.size() > MAX_GUIDANCE) {
            throw new DomainException("practice.guidance.tooMany", "guidance", MAX_GUIDANCE);
        }
        guidance.clear();
        guidance.addAll(links);
    }

    /** Themes follow the one tag rule of all content, at most {@value #MAX_TAGS}. */
    public void retag(Collection<String> newTags) {
        Set<String> normalised = Tags.normalise(newTags, MAX_TAGS, "practice.tag.invalid", "practice.tags.tooMany");
        tags.clear();
        tags.addAll(normalised);
    }

    /** For imports: the creation time of the original. */
    void backdate(Instant at) {
        this.createdAt = Objects.requireNonNull(at);
        if (updatedAt.isBefore(at)) {
            this.updatedAt = at;
        }
    }

    /** For imports (run by an administrator): title, story, municipality, Atrium without the edit rules. */
    void replaceImported(String newTitle, PracticeStory story, UnaryOperator<String> render, Organisation newMunicipality,
                         Atrium newAtrium, Account importer, Instant at) {
        this.title = requireTitle(newTitle);
        tell(story, render);
        this.municipality = requireMunicipality(newMunicipality, null);
        this.atrium = newAtrium;
        touched(importer, at);
    }

    private void tell(PracticeStory story, UnaryOperator<String> render) {
        Objects.requireNonNull(story, "story");
        this.context = story.context();
        this.contextHtml = render.apply(story.context());
        this.approach = story.approach();
        this.approachHtml = story.approach() == null ? null : render.apply(story.approach());
        this.result = story.result();
        this.resultHtml = story.result() == null ? null : render.apply(story.result());
        this.lessons = story.lessons();
        this.lessonsHtml = story.lessons() == null ? null : render.apply(story.lessons());
    }

    private void touched(Account editor, Instant at) {
        this.updatedBy = Objects.requireNonNull(editor);
        this.updatedAt = Objects.requireNonNull(at);
    }

    private static boolean same(Account a, Account b) {
        return a != null && b != null && (a == b || a.getId() != null && a.getId().equals(b.getId()));
    }

    public PracticeStory getStory() {
        return new PracticeStory(context, approach, result, lessons);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getContext() {
        return context;
    }

    public String getContextHtml() {
        return contextHtml;
    }

    public String getApproach() {
        return approach;
    }

    public String getApproachHtml() {
        return approachHtml;
    }

    public String getResult() {
        return result;
    }

    public String getResultHtml() {
        return resultHtml;
    }

    public String getLessons() {
        return lessons;
    }

    public String getLessonsHtml() {
        return lessonsHtml;
    }

    public Organisation getMunicipality() {
        return municipality;
    }

    public Account getContact() {
        return contact;
    }

    public Atrium getAtrium() {
        return atrium;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Account getUpdatedBy() {
        return updatedBy;
    }

    public boolean isHighlighted() {
        return highlighted;
    }

    public Instant getHighlightedAt() {
        return highlightedAt;
    }

    public Account getHighlightedBy() {
        return highlightedBy;
    }

    public Set<String> getTags() {
        return tags;
    }

    public Set<Guidance> getGuidance() {
        return Collections.unmodifiableSet(guidance);
    }

    public long getVersion() {
        return version;
    }
}
