package be.atrium.guidance;

import be.atrium.content.Tags;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import be.atrium.platform.Dates;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A publication of a higher level (a circular, guideline, manual or FAQ) of one publishing
 * organisation, with its legal basis, its validity and its audience: the whole network, or chosen
 * Atria and/or chosen levels of government. Its life cycle is DRAFT, then PUBLISHED, then either
 * SUPERSEDED by newer published guidance (linked both ways) or WITHDRAWN with a reason; retired
 * guidance stays readable and points, through {@link #current()}, to what replaces it.
 *
 * <p>Only publishers of the organisation (and administrators) write drafts, publish, supersede and
 * withdraw ({@link #requireManagedBy}); imported guidance arrives published ({@link #imported}).
 */
@Entity
@Table(name = "guidance")
public class Guidance {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SUMMARY = 1000;
    public static final int MAX_BODY = 200_000;
    public static final int MAX_REFERENCE = 200;
    public static final int MAX_LEGAL_BASIS = 30;
    public static final int MAX_TAGS = 10;
    public static final int MAX_REASON = 1000;
    /** A chain of supersessions longer than this is treated as broken (it cannot be, by the rules). */
    static final int MAX_CHAIN = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuidanceKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(length = MAX_SUMMARY)
    private String summary;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GuidanceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GovernmentLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** The organisation's id without loading it (visibility checks and lists use it). */
    @Column(name = "organisation_id", insertable = false, updatable = false)
    private Long organisationId;

    @Column(name = "effective_from")
    private LocalDate effectiveFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "audience_network", nullable = false)
    private boolean audienceNetwork = true;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "guidance_audience_atrium",
            joinColumns = @JoinColumn(name = "guidance_id"),
            inverseJoinColumns = @JoinColumn(name = "atrium_id"))
    private Set<Atrium> audienceAtria = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "guidance_audience_level", joinColumns = @JoinColumn(name = "guidance_id"))
    @Column(name = "level", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<GovernmentLevel> audienceLevels = EnumSet.noneOf(GovernmentLevel.class);

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "superseded_by_id")
    private Guidance supersededBy;

    /** The id of the guidance that replaced this one, without loading it (lists show it). */
    @Column(name = "superseded_by_id", insertable = false, updatable = false)
    private Long supersededById;

    /** The older guidance this one replaced (the other side of {@link #supersededBy}). */
    @OneToMany(mappedBy = "supersededBy", fetch = FetchType.LAZY)
    @OrderBy("publishedAt DESC")
    private List<Guidance> supersedes = new ArrayList<>();

    @Column(name = "withdrawn_reason", length = MAX_REASON)
    private String withdrawnReason;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "superseded_at")
    private Instant supersededAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

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
    @CollectionTable(name = "guidance_legal_basis", joinColumns = @JoinColumn(name = "guidance_id"))
    @OrderColumn(name = "position")
    @Column(name = "reference", length = MAX_REFERENCE)
    private List<String> legalBasis = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "guidance_tag", joinColumns = @JoinColumn(name = "guidance_id"))
    @Column(name = "tag", length = 50)
    private Set<String> tags = new LinkedHashSet<>();

    @Version
    private long version;

    protected Guidance() {
    }

    private Guidance(Organisation organisation, GovernmentLevel level, Account author, Instant at) {
        this.organisation = organisation;
        this.organisationId = organisation == null ? null : organisation.getId();
        this.level = Objects.requireNonNull(level);
        this.status = GuidanceStatus.DRAFT;
        this.createdBy = Objects.requireNonNull(author);
        this.createdAt = Objects.requireNonNull(at);
        this.updatedBy = author;
        this.updatedAt = at;
    }

    /**
     * A new draft of the author's organisation, which must be of the Flemish or provincial level.
     * Only publishers (and administrators) write guidance.
     *
     * @param atria the Atria {@code input.atria()} names, found by the service
     */
    public static Guidance draft(Account author, GuidanceInput input, String bodyHtml, Collection<Atrium> atria,
                                 Instant at) {
        requirePublisher(author);
        Organisation organisation = publishingOrganisation(author);
        Guidance guidance = new Guidance(organisation, organisation.getLevel(), author, at);
        guidance.apply(input, bodyHtml, atria);
        return guidance;
    }

    /**
     * Guidance brought in by an import: published at once, for the whole network, effective from
     * {@code effectiveFrom} unless the line names its own date. Any level, the municipal one too.
     */
    public static Guidance imported(Organisation organisation, GovernmentLevel level, Account author,
                                    GuidanceInput input, String bodyHtml, Instant at) {
        Guidance guidance = new Guidance(organisation, level, author, at);
        guidance.apply(input, bodyHtml, List.of());
        guidance.requireDates();
        guidance.status = GuidanceStatus.PUBLISHED;
        guidance.publishedAt = at;
        return guidance;
    }

    /** The account may write and publish guidance at all (the publisher grant, or administrator). */
    public static void requirePublisher(Account actor) {
        if (actor == null || !actor.isPublisher()) {
            throw new ForbiddenException("guidance.publisher.required");
        }
    }

    /** The organisation an account publishes for: its own, of the Flemish or provincial level. */
    public static Organisation publishingOrganisation(Account actor) {
        Organisation organisation = actor.getOrganisation();
        if (organisation == null || organisation.getLevel() == GovernmentLevel.MUNICIPAL) {
            throw new DomainException("guidance.organisation.notPublishing", null);
        }
        return organisation;
    }

    /**
     * Changes the text, dates and audience of a draft. Published guidance is not edited: a new
     * version is published and supersedes it, so what people read stays on record.
     */
    public void revise(Account editor, GuidanceInput input, String bodyHtml, Collection<Atrium> atria, Instant at) {
        requireManagedBy(editor);
        if (status != GuidanceStatus.DRAFT) {
            throw new DomainException("guidance.edit.notDraft", "status");
        }
        apply(input, bodyHtml, atria);
        touch(editor, at);
    }

    /** An import line for this guidance again: the source is the truth, whatever the status. */
    public void reimport(GovernmentLevel newLevel, Account editor, GuidanceInput input, String bodyHtml, Instant at) {
        this.level = Objects.requireNonNull(newLevel);
        apply(input, bodyHtml, List.of());
        requireDates();
        touch(editor, at);
    }

    /**
     * Every rule the input of a draft breaks, all at once (so the form shows them together): kind,
     * title, summary, text, legal basis, validity, tags and audience.
     */
    public static List<DomainException> problems(GuidanceInput input) {
        return DomainException.broken(() -> requireKind(input.kind()), () -> requireTitle(input.title()),
                () -> normaliseSummary(input.summary()), () -> requireBody(input.body()),
                () -> normaliseLegalBasis(input.legalBasis()),
                () -> checkValidity(input.effectiveFrom(), input.validUntil()),
                () -> Tags.normalise(input.tags(), MAX_TAGS, "guidance.tag.invalid", "guidance.tags.tooMany"),
                () -> requireAudience(input.network(), input.atria(), input.levels()));
    }

    private static void requireKind(GuidanceKind kind) {
        if (kind == null) {
            throw new DomainException("guidance.kind.required", "kind");
        }
    }

    private static void requireAudience(boolean network, Collection<?> atria, Collection<GovernmentLevel> levels) {
        if (!network && atria.isEmpty() && levels.isEmpty()) {
            throw new DomainException("guidance.audience.empty", "audienceAtria");
        }
    }

    private void apply(GuidanceInput input, String html, Collection<Atrium> atria) {
        requireKind(input.kind());
        String t = requireTitle(input.title());
        String s = normaliseSummary(input.summary());
        String b = requireBody(input.body());
        List<String> basis = normaliseLegalBasis(input.legalBasis());
        checkValidity(input.effectiveFrom(), input.validUntil());
        Set<String> normalisedTags = Tags.normalise(input.tags(), MAX_TAGS, "guidance.tag.invalid",
                "guidance.tags.tooMany");
        boolean network = input.network();
        Set<Atrium> chosenAtria = new LinkedHashSet<>(network || atria == null ? List.of() : atria);
        Set<GovernmentLevel> chosenLevels = network || input.levels().isEmpty()
                ? EnumSet.noneOf(GovernmentLevel.class) : EnumSet.copyOf(input.levels());
        requireAudience(network, chosenAtria, chosenLevels);
        this.kind = input.kind();
        this.title = t;
        this.summary = s;
        this.body = b;
        this.bodyHtml = Objects.requireNonNull(html);
        this.legalBasis.clear();
        this.legalBasis.addAll(basis);
        this.effectiveFrom = input.effectiveFrom();
        this.validUntil = input.validUntil();
        this.tags.clear();
        this.tags.addAll(normalisedTags);
        this.audienceNetwork = network;
        this.audienceAtria.clear();
        this.audienceAtria.addAll(chosenAtria);
        this.audienceLevels.clear();
        this.audienceLevels.addAll(chosenLevels);
    }

    /** An Atrium of the audience is deleted: the guidance no longer names it (its other readers stay). */
    void leaveAudience(Atrium atrium) {
        audienceAtria.remove(atrium);
    }

    /** Makes a draft reach its audience. It needs the date from which it applies. */
    public void publish(Account actor, Instant at) {
        requireManagedBy(actor);
        if (status != GuidanceStatus.DRAFT) {
            throw new DomainException("guidance.publish.notDraft", "status");
        }
        requireDates();
        this.status = GuidanceStatus.PUBLISHED;
        this.publishedAt = Objects.requireNonNull(at);
        touch(actor, at);
    }

    /**
     * Replaces this published guidance by {@code newer}, which is itself published: this becomes
     * SUPERSEDED and both point to each other. Refused for itself, for a draft or retired
     * guidance, and when {@code newer} was (directly or along its chain) replaced by this one.
     */
    public void supersedeBy(Account actor, Guidance newer, Instant at) {
        requireManagedBy(actor);
        if (newer == null) {
            throw new DomainException("guidance.supersede.required", "by");
        }
        if (newer.is(this)) {
            throw new DomainException("guidance.supersede.self", "by");
        }
        int steps = 0;
        for (Guidance g = newer; g != null; g = g.supersededBy) {
            if (g.is(this)) {
                throw new DomainException("guidance.supersede.cycle", "by");
            }
            if (++steps > MAX_CHAIN) {
                throw new DomainException("guidance.supersede.cycle", "by");
            }
        }
        if (status != GuidanceStatus.PUBLISHED) {
            throw new DomainException("guidance.supersede.notPublished", "status");
        }
        if (newer.status != GuidanceStatus.PUBLISHED) {
            throw new DomainException("guidance.supersede.unpublished", "by", newer.title);
        }
        this.status = GuidanceStatus.SUPERSEDED;
        this.supersededBy = newer;
        this.supersededById = newer.id;
        this.supersededAt = Objects.requireNonNull(at);
        if (!newer.supersedes.contains(this)) {
            newer.supersedes.add(this);
        }
        touch(actor, at);
    }

    /** Takes published guidance back, saying why; it stays readable, marked as withdrawn. */
    public void withdraw(Account actor, String reason, Instant at) {
        requireManagedBy(actor);
        if (status != GuidanceStatus.PUBLISHED) {
            throw new DomainException("guidance.withdraw.notPublished", "status");
        }
        if (reason == null || reason.isBlank()) {
            throw new DomainException("guidance.withdraw.reasonRequired", "reason");
        }
        String r = reason.strip();
        if (r.length() > MAX_REASON) {
            throw new DomainException("guidance.withdraw.reasonTooLong", "reason", MAX_REASON);
        }
        this.status = GuidanceStatus.WITHDRAWN;
        this.withdrawnReason = r;
        this.withdrawnAt = Objects.requireNonNull(at);
        touch(actor, at);
    }

    /**
     * The guidance in force in place of this one: follows {@code supersededBy} to its end (this
     * itself when it was never superseded).
     */
    public Guidance current() {
        Guidance g = this;
        int steps = 0;
        while (g.supersededBy != null && ++steps <= MAX_CHAIN) {
            g = g.supersededBy;
        }
        return g;
    }

    /** The account is one of the organisation's publishers, or an administrator. */
    public boolean isManagedBy(Account account) {
        if (account == null) {
            return false;
        }
        if (account.isAdministrator()) {
            return true;
        }
        return account.isPublisher() && organisationId != null && account.getOrganisation() != null
                && organisationId.equals(account.getOrganisation().getId());
    }

    /** Writing, publishing, superseding and withdrawing are for {@link #isManagedBy managers} only. */
    public void requireManagedBy(Account account) {
        requirePublisher(account);
        if (!isManagedBy(account)) {
            throw new ForbiddenException("guidance.otherOrganisation");
        }
    }

    /**
     * The account belongs to the audience: the whole network; or one of the chosen Atria (by the
     * ids of the Atria it is a member of); or an organisation of one of the chosen levels.
     */
    public boolean audienceIncludes(Account account, Collection<Long> memberOfAtria) {
        if (account == null) {
            return false;
        }
        if (audienceNetwork) {
            return true;
        }
        Organisation org = account.getOrganisation();
        if (org != null && audienceLevels.contains(org.getLevel())) {
            return true;
        }
        for (Atrium a : audienceAtria) {
            if (memberOfAtria.contains(a.getId())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who may read it: a draft only its {@link #isManagedBy managers}; otherwise its audience, the
     * publishers of its organisation, relationship managers and administrators.
     */
    public boolean isVisibleTo(Account account, Collection<Long> memberOfAtria) {
        if (account == null) {
            return false;
        }
        if (isManagedBy(account)) {
            return true;
        }
        if (status == GuidanceStatus.DRAFT) {
            return false;
        }
        return account.isRelationshipManager() || audienceIncludes(account, memberOfAtria);
    }

    /** Who sees the read report: the managers and relationship managers. */
    public boolean receiptsVisibleTo(Account account) {
        return status != GuidanceStatus.DRAFT
                && (isManagedBy(account) || account != null && account.isRelationshipManager());
    }

    /** In force on {@code day}: published, and the day falls within its validity. */
    public boolean isInForceOn(LocalDate day) {
        return status == GuidanceStatus.PUBLISHED && effectiveFrom != null && !day.isBefore(effectiveFrom)
                && (validUntil == null || !day.isAfter(validUntil));
    }

    public static String requireTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new DomainException("guidance.title.required", "title");
        }
        String t = title.strip().replaceAll("\\s+", " ");
        if (t.length() > MAX_TITLE) {
            throw new DomainException("guidance.title.tooLong", "title", MAX_TITLE);
        }
        return t;
    }

    public static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new DomainException("guidance.body.required", "body");
        }
        if (body.length() > MAX_BODY) {
            throw new DomainException("guidance.body.tooLong", "body", MAX_BODY);
        }
        return body.strip();
    }

    static String normaliseSummary(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        String s = summary.strip();
        if (s.length() > MAX_SUMMARY) {
            throw new DomainException("guidance.summary.tooLong", "summary", MAX_SUMMARY);
        }
        return s;
    }

    /** References trimmed, blank ones dropped, duplicates once, in the given order. */
    static List<String> normaliseLegalBasis(List<String> references) {
        Set<String> result = new LinkedHashSet<>();
        for (String r : references == null ? List.<String>of() : references) {
            if (r == null || r.isBlank()) {
                continue;
            }
            String ref = r.strip().replaceAll("\\s+", " ");
            if (ref.length() > MAX_REFERENCE) {
                throw new DomainException("guidance.legalBasis.tooLong", "legalBasis", MAX_REFERENCE);
            }
            result.add(ref);
        }
        if (result.size() > MAX_LEGAL_BASIS) {
            throw new DomainException("guidance.legalBasis.tooMany", "legalBasis", MAX_LEGAL_BASIS);
        }
        return List.copyOf(result);
    }

    static void checkValidity(LocalDate from, LocalDate until) {
        requireStorable(from, "effectiveFrom");
        requireStorable(until, "validUntil");
        if (from != null && until != null && until.isBefore(from)) {
            throw new DomainException("guidance.validUntil.beforeStart", "validUntil");
        }
    }

    /** A day the database can hold (years 1000 to 9999); ISO text also allows {@code +99999-01-01}. */
    private static void requireStorable(LocalDate day, String field) {
        if (day != null && !Dates.storable(day)) {
            throw new DomainException("guidance.date.invalid", field, day.toString());
        }
    }

    private void requireDates() {
        if (effectiveFrom == null) {
            throw new DomainException("guidance.effectiveFrom.required", "effectiveFrom");
        }
        checkValidity(effectiveFrom, validUntil);
    }

    private void touch(Account actor, Instant at) {
        this.updatedBy = Objects.requireNonNull(actor);
        this.updatedAt = Objects.requireNonNull(at);
    }

    private boolean is(Guidance other) {
        return other == this || id != null && id.equals(other.id);
    }

    public Long getId() {
        return id;
    }

    public GuidanceKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public GuidanceStatus getStatus() {
        return status;
    }

    public GovernmentLevel getLevel() {
        return level;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public boolean isAudienceNetwork() {
        return audienceNetwork;
    }

    public Set<Atrium> getAudienceAtria() {
        return Collections.unmodifiableSet(audienceAtria);
    }

    public Set<GovernmentLevel> getAudienceLevels() {
        return Collections.unmodifiableSet(audienceLevels);
    }

    public Guidance getSupersededBy() {
        return supersededBy;
    }

    public Long getSupersededById() {
        return supersededById;
    }

    public List<Guidance> getSupersedes() {
        return Collections.unmodifiableList(supersedes);
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
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

    public List<String> getLegalBasis() {
        return Collections.unmodifiableList(legalBasis);
    }

    public Set<String> getTags() {
        return Collections.unmodifiableSet(tags);
    }

    public long getVersion() {
        return version;
    }
}
