package be.atrium.notify;

/**
 * What a notification is about. Those that concern the person directly (someone named them, answered
 * their question, gave them a task, brought a question to their board) are mailed at once; the rest
 * wait for the digest. When one event concerns a person in several ways, they get one notification,
 * of the kind that comes first here.
 */
public enum NotificationKind {
    MENTION(true),
    ESCALATION_ANSWERED(true),
    ANSWER(true),
    ESCALATED_TO_BOARD(true),
    TASK_ASSIGNED(true),
    ANSWER_ACCEPTED(false),
    REPLY(false),
    NEW_THREAD(false),
    POST_FLAGGED(false),
    MEETING_PLANNED(false),
    MEETING_CHANGED(false),
    MEETING_CANCELLED(false),
    GUIDANCE_PUBLISHED(false),
    GUIDANCE_SUPERSEDED(false),
    WIKI_EDITED(false);

    private final boolean direct;

    NotificationKind(boolean direct) {
        this.direct = direct;
    }

    /** Whether it concerns the person directly: mailed at once rather than in the digest. */
    public boolean isDirect() {
        return direct;
    }
}
