package be.atrium.discussion;

import be.atrium.platform.outbox.ChangeType;

/** The changes discussions record in the outbox. */
public final class DiscussionChanges {

    public static final ChangeType THREAD_CREATED = ChangeType.of("thread", "created");
    public static final ChangeType THREAD_EDITED = ChangeType.of("thread", "edited");
    public static final ChangeType THREAD_SOLVED = ChangeType.of("thread", "solved");
    public static final ChangeType THREAD_MERGED_IN = ChangeType.of("thread", "merged-in");
    public static final ChangeType THREAD_MERGED = ChangeType.of("thread", "merge");
    public static final ChangeType THREAD_LOCKED = ChangeType.of("thread", "lock");
    public static final ChangeType THREAD_UNLOCKED = ChangeType.of("thread", "unlock");
    public static final ChangeType THREAD_PINNED = ChangeType.of("thread", "pin");
    public static final ChangeType THREAD_UNPINNED = ChangeType.of("thread", "unpin");
    public static final ChangeType THREAD_ESCALATED = ChangeType.of("thread", "escalate");
    public static final ChangeType THREAD_MOVED = ChangeType.of("thread", "move");
    public static final ChangeType THREAD_MOVE_UNDONE = ChangeType.of("thread", "move-undone");
    public static final ChangeType POST_CREATED = ChangeType.of("post", "created");
    public static final ChangeType POST_EDITED = ChangeType.of("post", "edited");
    public static final ChangeType POST_WITHDRAWN = ChangeType.of("post", "withdrawn");
    public static final ChangeType POST_FLAGGED = ChangeType.of("post", "flagged");
    public static final ChangeType POST_HIDDEN = ChangeType.of("post", "hidden");
    public static final ChangeType POST_RESTORED = ChangeType.of("post", "restored");

    private DiscussionChanges() {
    }
}
