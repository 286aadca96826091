package be.atrium.discussion;

/** A question can get an accepted answer; a discussion cannot. */
public enum ThreadKind {
    QUESTION, DISCUSSION
}
