package be.atrium.meetings;

import be.atrium.platform.outbox.ChangeType;

/**
 * The changes of meetings recorded in the outbox. Every change is one of the aggregate
 * {@code meeting} (the type name search uses for meetings) with the meeting's id, also a change of
 * its tasks or its report: whoever follows meetings re-reads the meeting and finds what changed.
 */
public final class MeetingChanges {

    public static final String AGGREGATE = "meeting";

    public static final ChangeType MEETING_CREATED = ChangeType.of(AGGREGATE, "created");
    public static final ChangeType MEETING_EDITED = ChangeType.of(AGGREGATE, "edited");
    public static final ChangeType MEETING_CANCELLED = ChangeType.of(AGGREGATE, "cancelled");
    public static final ChangeType MEETING_INVITED = ChangeType.of(AGGREGATE, "invited");
    public static final ChangeType MEETING_ANSWERED = ChangeType.of(AGGREGATE, "answered");
    public static final ChangeType MEETING_ATTENDANCE = ChangeType.of(AGGREGATE, "attendance");
    public static final ChangeType TASK_ADDED = ChangeType.of(AGGREGATE, "task-added");
    public static final ChangeType TASK_CHANGED = ChangeType.of(AGGREGATE, "task-changed");
    public static final ChangeType TASK_REMOVED = ChangeType.of(AGGREGATE, "task-removed");
    public static final ChangeType REPORT_WRITTEN = ChangeType.of(AGGREGATE, "report-written");
    /** A document of the Atrium was linked to the meeting's report, or taken off it. */
    public static final ChangeType DOCUMENTS_CHANGED = ChangeType.of(AGGREGATE, "documents-changed");

    private MeetingChanges() {
    }
}
