package be.atrium.organisation;

import be.atrium.platform.DomainException;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import org.eclipse.persistence.annotations.Cache;

import java.time.Instant;
import java.util.Objects;

/**
 * A government organisation an official works for: the Flemish agency, a province or a
 * municipality. Municipalities carry their NIS code and arrondissement; a merged municipality
 * stays (for history) but points to the municipality it became part of.
 * <p>
 * The one entity in the shared cache: reference data that no authorisation decision reads,
 * changed only by an administrator's rename or a merger a few times a year, and looked up for
 * almost every account, Atrium and practice case shown. The other nodes of a cluster empty their
 * cached organisations when a change commits ({@link OrganisationChanges}), and a cached copy
 * expires anyway after {@link #CACHE_EXPIRY_MILLIS}; a write based on a stale copy fails on the
 * version check instead of overwriting.
 */
@Entity
@EntityListeners(OrganisationChanges.class)
@Cacheable
@Cache(expiry = Organisation.CACHE_EXPIRY_MILLIS)
@Table(name = "organisation")
@NamedQuery(name = "Organisation.byLevel",
        query = "SELECT o FROM Organisation o LEFT JOIN FETCH o.province WHERE o.level = :level ORDER BY o.name")
@NamedQuery(name = "Organisation.all",
        query = "SELECT o FROM Organisation o LEFT JOIN FETCH o.province ORDER BY o.level, o.name")
@NamedQuery(name = "Organisation.byNisCode", query = "SELECT o FROM Organisation o WHERE o.nisCode = :nisCode")
@NamedQuery(name = "Organisation.count", query = "SELECT COUNT(o) FROM Organisation o WHERE o.level = :level")
public class Organisation {

    public static final int MAX_NAME = 200;
    /** How long a node may show an organisation as it was before a change made on another node whose signal was lost. */
    static final int CACHE_EXPIRY_MILLIS = 10 * 60 * 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GovernmentLevel level;

    @Column(name = "nis_code", length = 10)
    private String nisCode;

    @Column(name = "arrondissement_nis", length = 10)
    private String arrondissementNis;

    @Column(length = 100)
    private String arrondissement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "province_id")
    private Organisation province;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_into_id")
    private Organisation mergedInto;

    @Column(name = "merged_at")
    private Instant mergedAt;

    @Version
    private long version;

    protected Organisation() {
    }

    private Organisation(String name, GovernmentLevel level, String nisCode) {
        this.name = requireName(name);
        this.level = Objects.requireNonNull(level);
        this.nisCode = nisCode;
    }

    public static Organisation flemishAgency(String name) {
        return new Organisation(name, GovernmentLevel.FLEMISH, null);
    }

    public static Organisation province(String name, String nisCode) {
        return new Organisation(name, GovernmentLevel.PROVINCIAL, requireNis(nisCode));
    }

    public static Organisation municipality(String name, String nisCode, String arrondissementNis,
                                            String arrondissement, Organisation province) {
        Organisation o = new Organisation(name, GovernmentLevel.MUNICIPAL, requireNis(nisCode));
        if (province == null || province.level != GovernmentLevel.PROVINCIAL) {
            throw new DomainException("organisation.province.required", "province");
        }
        o.arrondissementNis = arrondissementNis;
        o.arrondissement = arrondissement;
        o.province = province;
        return o;
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new DomainException("organisation.name.required", "name");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new DomainException("organisation.name.tooLong", "name", MAX_NAME);
        }
        return name.strip();
    }

    private static String requireNis(String nisCode) {
        if (nisCode == null || !nisCode.strip().matches("\\d{5}")) {
            throw new DomainException("organisation.nis.invalid", "nisCode");
        }
        return nisCode.strip();
    }

    /**
     * Records that this municipality became part of {@code target} (as in the 2025 mergers).
     * Moving the members and their content is the service's work; this checks the rule.
     */
    public void mergeInto(Organisation target, Instant at) {
        checkMergeInto(target);
        this.mergedInto = target;
        this.mergedAt = Objects.requireNonNull(at);
    }

    /** Throws what {@link #mergeInto} would throw, without merging: for a preview before confirming. */
    public void checkMergeInto(Organisation target) {
        if (target == null) {
            throw new DomainException("organisation.merge.unknown", "target");
        }
        if (level != GovernmentLevel.MUNICIPAL || target.level != GovernmentLevel.MUNICIPAL) {
            throw new DomainException("organisation.merge.onlyMunicipalities", "target");
        }
        if (this == target || Objects.equals(id, target.id) && id != null) {
            throw new DomainException("organisation.merge.self", "target");
        }
        if (isMerged()) {
            throw new DomainException("organisation.merge.alreadyMerged", "source", name);
        }
        if (target.isMerged()) {
            throw new DomainException("organisation.merge.targetMerged", "target", target.name);
        }
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public boolean isMunicipality() {
        return level == GovernmentLevel.MUNICIPAL;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public GovernmentLevel getLevel() {
        return level;
    }

    public String getNisCode() {
        return nisCode;
    }

    public String getArrondissementNis() {
        return arrondissementNis;
    }

    public String getArrondissement() {
        return arrondissement;
    }

    public Organisation getProvince() {
        return province;
    }

    public Organisation getMergedInto() {
        return mergedInto;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    @Override
    public String toString() {
        return name + (nisCode == null ? "" : " (" + nisCode + ")");
    }
}
