package be.atrium.network;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One of the five ontvoogding conditions of one municipality, with its status, date and note. */
@Entity
@Table(name = "ontvoogding_condition")
@NamedQuery(name = "OntvoogdingCondition.all",
        query = "SELECT c FROM OntvoogdingCondition c")
@NamedQuery(name = "OntvoogdingCondition.ofMunicipality",
        query = "SELECT c FROM OntvoogdingCondition c WHERE c.municipality = :municipality")
public class OntvoogdingCondition {

    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation municipality;

    @Enumerated(EnumType.STRING)
    @Column(name = "condition_kind", nullable = false, length = 30)
    private ConditionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConditionStatus status;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "updated_by", length = 60)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected OntvoogdingCondition() {
    }

    public OntvoogdingCondition(Organisation municipality, ConditionKind kind) {
        if (!municipality.isMunicipality()) {
            throw new DomainException("ontvoogding.onlyMunicipalities", "municipality");
        }
        this.municipality = municipality;
        this.kind = Objects.requireNonNull(kind);
        this.status = ConditionStatus.UNKNOWN;
    }

    /** Records a new status. A met condition needs the date it was met; dates are not in the future. */
    public void update(ConditionStatus status, LocalDate date, String note, String by, Instant at) {
        Objects.requireNonNull(status, "status");
        if (status == ConditionStatus.MET && date == null) {
            throw new DomainException("ontvoogding.date.requiredWhenMet", "date");
        }
        if (date != null && date.isAfter(LocalDate.ofInstant(at, java.time.ZoneId.of("Europe/Brussels")))) {
            throw new DomainException("ontvoogding.date.future", "date");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new DomainException("ontvoogding.note.tooLong", "note", MAX_NOTE);
        }
        this.status = status;
        this.statusDate = date;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public boolean isMet() {
        return status == ConditionStatus.MET;
    }

    public Long getId() {
        return id;
    }

    public Organisation getMunicipality() {
        return municipality;
    }

    public ConditionKind getKind() {
        return kind;
    }

    public ConditionStatus getStatus() {
        return status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
