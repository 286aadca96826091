package be.atrium.meetings;

import be.atrium.identity.Account;
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
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A share of the work around a meeting (hosting a group, writing the report, ...), assigned to a
 * member of the Atrium with a due day. Organisers assign, change and remove tasks; the assignee
 * (or an organiser) marks one done or open again.
 */
@Entity
@Table(name = "meeting_task")
public class MeetingTask {

    public static final int MAX_DESCRIPTION = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TaskKind kind;

    @Column(length = MAX_DESCRIPTION)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignee_id")
    private Account assignee;

    @Column
    private LocalDate due;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TaskStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "done_at")
    private Instant doneAt;

    protected MeetingTask() {
    }

    /** A new open task; the caller has checked that the assignee is a member of the meeting's Atrium. */
    public MeetingTask(Meeting meeting, TaskKind kind, String description, Account assignee, LocalDate due,
                       Account createdBy, Instant now) {
        meeting.requirePlanned();
        this.meeting = meeting;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(now);
        this.status = TaskStatus.OPEN;
        change(kind, description, assignee, due);
    }

    /** New kind, description, assignee or due day. */
    public void change(TaskKind kind, String description, Account assignee, LocalDate due) {
        if (kind == null) {
            throw new DomainException("meeting.task.kind.required", "kind");
        }
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d != null && d.length() > MAX_DESCRIPTION) {
            throw new DomainException("meeting.task.description.tooLong", "description", MAX_DESCRIPTION);
        }
        if (kind == TaskKind.OTHER && d == null) {
            throw new DomainException("meeting.task.description.required", "description");
        }
        this.kind = kind;
        this.description = d;
        this.assignee = Objects.requireNonNull(assignee);
        this.due = due;
    }

    /** Marks the task done or open again. */
    public void mark(TaskStatus status, Instant now) {
        Objects.requireNonNull(status);
        if (status == this.status) {
            return;
        }
        this.status = status;
        this.doneAt = status == TaskStatus.DONE ? now : null;
    }

    /** Whether the task is open and its due day lies before {@code today}. */
    public boolean isLate(LocalDate today) {
        return status == TaskStatus.OPEN && due != null && due.isBefore(today);
    }

    public boolean isAssignedTo(Account account) {
        return account != null && assignee.getId().equals(account.getId());
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public TaskKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public Account getAssignee() {
        return assignee;
    }

    public LocalDate getDue() {
        return due;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public boolean isDone() {
        return status == TaskStatus.DONE;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }
}
