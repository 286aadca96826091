package be.atrium.meetings;

import be.atrium.identity.Account;
import be.atrium.network.Atrium;
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
import java.util.Objects;
import java.util.UUID;

/**
 * A meeting (samenkomst) of an Atrium. Its organisers (the Atrium's moderators, which includes the
 * relationship managers of its municipalities, and administrators) plan, change and cancel it.
 * Every change that a calendar must follow raises its {@link #getSequence() sequence}; its
 * {@link #getUid() uid} never changes, so a subscriber's calendar updates the one event instead
 * of adding another. A cancelled meeting is not changed any more.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.find",
        query = "SELECT m FROM Meeting m JOIN FETCH m.atrium WHERE m.id = :id")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "atrium_id")
    private Atrium atrium;

    @Column(nullable = false, length = 100, updatable = false)
    private String uid;

    @Column(nullable = false, length = MeetingDetails.MAX_TITLE)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = MeetingDetails.MAX_PLACE)
    private String place;

    @Column(name = "online_url", length = MeetingDetails.MAX_LINK)
    private String onlineUrl;

    @Column(columnDefinition = "MEDIUMTEXT")
    private String agenda;

    @Column(name = "agenda_html", columnDefinition = "MEDIUMTEXT")
    private String agendaHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingStatus status;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organiser_id")
    private Account organiser;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @Version
    private long version;

    protected Meeting() {
    }

    /**
     * A new planned meeting.
     *
     * @param agendaHtml the sanitised HTML of the agenda (null when there is none)
     */
    public static Meeting plan(Atrium atrium, Account organiser, MeetingDetails details, String agendaHtml, Instant now) {
        Meeting m = new Meeting();
        m.atrium = Objects.requireNonNull(atrium);
        m.organiser = Objects.requireNonNull(organiser);
        m.uid = "meeting-" + UUID.randomUUID() + "@atrium";
        m.status = MeetingStatus.PLANNED;
        m.sequence = 0;
        m.createdAt = Objects.requireNonNull(now);
        m.apply(details, agendaHtml, organiser, now);
        return m;
    }

    /** Changes what the meeting is, when and where; calendars follow (the sequence grows). */
    public void revise(MeetingDetails details, String agendaHtml, Account by, Instant now) {
        requirePlanned();
        apply(details, agendaHtml, by, now);
        sequence++;
    }

    /** Calls the meeting off; it stays visible as cancelled, and calendars show it cancelled. */
    public void cancel(Account by, Instant now) {
        requirePlanned();
        status = MeetingStatus.CANCELLED;
        sequence++;
        updatedBy = Objects.requireNonNull(by);
        updatedAt = now;
    }

    /** An import of the same source again: its details as the source has them now. */
    void reimport(MeetingDetails details, String agendaHtml, Account by, Instant now) {
        apply(details, agendaHtml, by, now);
        sequence++;
    }

    private void apply(MeetingDetails details, String agendaHtml, Account by, Instant now) {
        Objects.requireNonNull(details);
        if (!details.end().isAfter(details.start())) {
            throw new DomainException("meeting.end.beforeStart", "end");
        }
        title = details.title();
        startsAt = details.start();
        endsAt = details.end();
        place = details.place();
        onlineUrl = details.link();
        agenda = details.agenda();
        this.agendaHtml = details.agenda() == null ? null : agendaHtml;
        updatedBy = Objects.requireNonNull(by);
        updatedAt = now;
    }

    public void requirePlanned() {
        if (status == MeetingStatus.CANCELLED) {
            throw new DomainException("meeting.cancelled", null);
        }
    }

    /** Whether the meeting has begun at {@code now} (a report and attendance are for such meetings). */
    public boolean hasStarted(Instant now) {
        return !startsAt.isAfter(now);
    }

    /** Whether the meeting is over at {@code now}. */
    public boolean isPast(Instant now) {
        return !endsAt.isAfter(now);
    }

    /** A report records a meeting that took place: not for one that has not begun, nor for a cancelled one. */
    public void requireReportable(Instant now) {
        requirePlanned();
        if (!hasStarted(now)) {
            throw new DomainException("meeting.report.notStarted", "body");
        }
    }

    /** Attendance is recorded for a meeting that has begun. */
    public void requireAttendanceTakeable(Instant now) {
        requirePlanned();
        if (!hasStarted(now)) {
            throw new DomainException("meeting.attendance.notStarted", "attendance");
        }
    }

    public boolean isCancelled() {
        return status == MeetingStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Atrium getAtrium() {
        return atrium;
    }

    public String getUid() {
        return uid;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getAgendaHtml() {
        return agendaHtml;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public int getSequence() {
        return sequence;
    }

    public Account getOrganiser() {
        return organiser;
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

    public long getVersion() {
        return version;
    }
}
