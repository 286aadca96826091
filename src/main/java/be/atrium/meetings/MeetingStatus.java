package be.atrium.meetings;

/** Whether a meeting still takes place. A cancelled meeting stays visible (and in calendars, as cancelled). */
public enum MeetingStatus {
    PLANNED, CANCELLED
}
