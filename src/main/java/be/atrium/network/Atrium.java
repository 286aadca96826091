package be.atrium.network;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A group of the learning network that meets and talks: regional (covering municipalities),
 * thematic, the central cities, a province or the local politicians. Its boards are open to
 * the whole network or to its members only.
 */
@Entity
@Table(name = "atrium")
@NamedQuery(name = "Atrium.all", query = "SELECT a FROM Atrium a ORDER BY a.kind, a.name")
@NamedQuery(name = "Atrium.bySlug", query = "SELECT a FROM Atrium a WHERE a.slug = :slug")
@NamedQuery(name = "Atrium.count", query = "SELECT COUNT(a) FROM Atrium a")
@NamedQuery(name = "Atrium.coveringMunicipality",
        query = "SELECT a FROM Atrium a JOIN a.municipalities m WHERE m = :municipality ORDER BY a.name")
public class Atrium {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 5000;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 80, unique = true)
    private String slug;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AtriumKind kind;

    @Column(name = "members_only", nullable = false)
    private boolean membersOnly;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Organisation province;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "atrium_municipality",
            joinColumns = @JoinColumn(name = "atrium_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> municipalities = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Atrium() {
    }

    public Atrium(String slug, String name, AtriumKind kind, boolean membersOnly, Instant createdAt) {
        this.slug = requireSlug(slug);
        this.name = requireName(name);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.membersOnly = membersOnly;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static String requireSlug(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new DomainException("atrium.slug.required", "slug");
        }
        String s = slug.strip();
        if (s.length() < 2 || s.length() > 80 || !SLUG.matcher(s).matches()) {
            throw new DomainException("atrium.slug.invalid", "slug");
        }
        return s;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("atrium.name.required", "name");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new DomainException("atrium.name.tooLong", "name", MAX_NAME);
        }
        return name.strip();
    }

    public void describe(String name, String description, boolean membersOnly) {
        this.name = requireName(name);
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new DomainException("atrium.description.tooLong", "description", MAX_DESCRIPTION);
        }
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.membersOnly = membersOnly;
    }

    /** The municipalities a regional Atrium covers; only municipalities that still exist. */
    public void cover(Collection<Organisation> newMunicipalities) {
        for (Organisation m : newMunicipalities) {
            if (!m.isMunicipality()) {
                throw new DomainException("atrium.municipalities.onlyMunicipalities", "municipalities", m.getName());
            }
            if (m.isMerged()) {
                throw new DomainException("atrium.municipalities.merged", "municipalities", m.getName());
            }
        }
        municipalities.clear();
        municipalities.addAll(newMunicipalities);
    }

    /** After a merger the Atrium covers the new municipality instead of the old one. */
    void replaceMunicipality(Organisation old, Organisation replacement) {
        if (municipalities.remove(old)) {
            municipalities.add(replacement);
        }
    }

    public void assignProvince(Organisation province) {
        if (province != null && province.getLevel() != GovernmentLevel.PROVINCIAL) {
            throw new DomainException("atrium.province.invalid", "province");
        }
        this.province = province;
    }

    /** Compared by id, so it holds for copies loaded in another request as well. */
    public boolean covers(Organisation municipality) {
        return municipality != null && municipalities.stream()
                .anyMatch(m -> m == municipality || m.getId() != null && m.getId().equals(municipality.getId()));
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public AtriumKind getKind() {
        return kind;
    }

    public boolean isMembersOnly() {
        return membersOnly;
    }

    public Organisation getProvince() {
        return province;
    }

    public Set<Organisation> getMunicipalities() {
        return Collections.unmodifiableSet(municipalities);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
