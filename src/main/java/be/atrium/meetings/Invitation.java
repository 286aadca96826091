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
import java.util.Objects;

/**
 * One member invited to a meeting: their answer (none yet, yes, no, maybe) and, once the meeting
 * has begun, whether they were there. Each invitee answers only for themself; an organiser records
 * attendance.
 */
@Entity
@Table(name = "meeting_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Answer answer;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Attendance attendance;

    protected Invitation() {
    }

    public Invitation(Meeting meeting, Account account) {
        this.meeting = Objects.requireNonNull(meeting);
        this.account = Objects.requireNonNull(account);
    }

    /** The invitee answers (again): a cancelled meeting takes no answers, a past one neither. */
    public void answer(Answer answer, Instant now) {
        meeting.requirePlanned();
        if (meeting.isPast(now)) {
            throw new DomainException("meeting.answer.past", "answer");
        }
        this.answer = Objects.requireNonNull(answer);
        this.answeredAt = now;
    }

    /** An organiser records whether the invitee was there (null: not recorded). */
    public void record(Attendance attendance, Instant now) {
        meeting.requireAttendanceTakeable(now);
        this.attendance = attendance;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Account getAccount() {
        return account;
    }

    public Answer getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Attendance getAttendance() {
        return attendance;
    }
}
