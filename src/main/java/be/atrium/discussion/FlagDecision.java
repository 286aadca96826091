package be.atrium.discussion;

/** What a moderator decides about a flag: hide the post, or leave it as it is. */
public enum FlagDecision {
    HIDE_POST, DISMISS
}
