package be.atrium.meetings;

/** An invited member's answer to a meeting. */
public enum Answer {
    YES, NO, MAYBE
}
