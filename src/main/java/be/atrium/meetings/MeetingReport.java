package be.atrium.meetings;

import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * The report (verslag) of a meeting that has taken place: what was discussed, in Markdown, kept
 * with its sanitised HTML. It records a conversation, not an agreement of the network. Its first
 * writer is its author; organisers and the members asked to write it may edit it, so it carries
 * its own version: two people saving over each other's text is a conflict, not a silent loss.
 */
@Entity
@Table(name = "meeting_report")
public class MeetingReport {

    public static final int MAX_BODY = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", updatable = false)
    private Meeting meeting;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Column(name = "body_html", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private Account author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @Version
    private long version;

    protected MeetingReport() {
    }

    /** The first text of the report of a meeting that has begun (checked by {@link Meeting#requireReportable}). */
    public MeetingReport(Meeting meeting, String body, String bodyHtml, Account author, Instant now) {
        this.meeting = Objects.requireNonNull(meeting);
        this.author = Objects.requireNonNull(author);
        this.writtenAt = Objects.requireNonNull(now);
        rewrite(body, bodyHtml, author, now);
    }

    /** Checks a body as typed: required, not too long. */
    public static String requireBody(String body) {
        if (body == null || body.isBlank()) {
            throw new DomainException("meeting.report.required", "body");
        }
        if (body.length() > MAX_BODY) {
            throw new DomainException("meeting.report.tooLong", "body", MAX_BODY);
        }
        return body.strip();
    }

    public void rewrite(String body, String bodyHtml, Account by, Instant now) {
        this.body = requireBody(body);
        this.bodyHtml = Objects.requireNonNull(bodyHtml);
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getBody() {
        return body;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Account getAuthor() {
        return author;
    }

    public Instant getWrittenAt() {
        return writtenAt;
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
