package be.atrium.home;

/** Where a question stands for the person who asked it. */
public enum QuestionState {
    /** No reply yet. */
    OPEN,
    /** Replies, none accepted. */
    ANSWERED,
    /** An answer was accepted. */
    SOLVED,
    /** Forwarded to an expert board of a higher level, no answer accepted yet. */
    ESCALATED
}
