package be.atrium.discussion;

/** How a thread last changed board: moved by a moderator, or escalated to an expert board. */
public enum TransferKind {
    MOVE, ESCALATION
}
