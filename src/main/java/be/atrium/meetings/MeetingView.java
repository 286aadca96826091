package be.atrium.meetings;

import be.atrium.documents.DocumentLink;

import java.util.List;

/**
 * One meeting as the viewer sees it: the meeting, who is invited with their answers (and
 * attendance), the tasks, the report with the documents linked to it (those the viewer may read),
 * the viewer's own invitation and what the viewer may do.
 * A class with getters, for pages (EL does not read record components).
 */
public class MeetingView {

    private final Meeting meeting;
    private final List<Invitation> invitations;
    private final Invitation mine;
    private final List<MeetingTask> tasks;
    private final MeetingReport report;
    private final List<DocumentLink> documents;
    private final boolean organiser;
    private final boolean reportWriter;
    private final boolean started;
    private final boolean past;

    public MeetingView(Meeting meeting, List<Invitation> invitations, Invitation mine, List<MeetingTask> tasks,
                       MeetingReport report, List<DocumentLink> documents, boolean organiser, boolean reportWriter, boolean started, boolean past) {
        this.meeting = meeting;
        this.invitations = List.copyOf(invitations);
        this.mine = mine;
        this.tasks = List.copyOf(tasks);
        this.report = report;
        this.documents = List.copyOf(documents);
        this.organiser = organiser;
        this.reportWriter = reportWriter;
        this.started = started;
        this.past = past;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }

    /** The viewer's invitation, or null when the viewer is not invited. */
    public Invitation getMine() {
        return mine;
    }

    public List<MeetingTask> getTasks() {
        return tasks;
    }

    /** The report, or null when none has been written. */
    public MeetingReport getReport() {
        return report;
    }

    /** The documents linked to the meeting (its report's documents) that the viewer may read, by title. */
    public List<DocumentLink> getDocuments() {
        return documents;
    }

    /** Whether the viewer organises (changes, cancels, assigns, takes attendance). */
    public boolean isOrganiser() {
        return organiser;
    }

    /** Whether the viewer may write or edit the report (an organiser, or asked to by a task). */
    public boolean isReportWriter() {
        return reportWriter;
    }

    /** Whether the meeting may get a report now: it has begun and is not cancelled. */
    public boolean isReportable() {
        return started && !meeting.isCancelled();
    }

    /** Whether the viewer may answer now (invited, not cancelled, not over). */
    public boolean isAnswerable() {
        return mine != null && !meeting.isCancelled() && !past;
    }

    public boolean isStarted() {
        return started;
    }

    public boolean isPast() {
        return past;
    }

    /** Number of invitees with this answer (YES, NO, MAYBE), or without one (null). */
    public long count(Answer answer) {
        return invitations.stream().filter(i -> i.getAnswer() == answer).count();
    }

    public long getYes() {
        return count(Answer.YES);
    }

    public long getNo() {
        return count(Answer.NO);
    }

    public long getMaybe() {
        return count(Answer.MAYBE);
    }

    public long getUnanswered() {
        return count(null);
    }
}
