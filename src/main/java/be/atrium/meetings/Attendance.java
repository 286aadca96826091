package be.atrium.meetings;

/** Whether an invited member was there, recorded by an organiser once the meeting has started. */
public enum Attendance {
    PRESENT, ABSENT
}
