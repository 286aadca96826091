package be.atrium.discussion;

import java.util.List;

/**
 * A thread page for one viewer: the opening post first, then the accepted answer, then the
 * other posts of the requested page in order of time; what the viewer may do.
 */
public class ThreadView {
    private final DiscussionThread thread;
    private final List<PostView> posts;
    private final long totalReplies;
    private final boolean moderator;
    private final boolean canReply;
    private final boolean canAccept;
    private final Long lastReadPostId;
    private final boolean originVisible;

    public ThreadView(DiscussionThread thread, List<PostView> posts, long totalReplies, boolean moderator,
                      boolean canReply, boolean canAccept) {
        this(thread, posts, totalReplies, moderator, canReply, canAccept, null, false);
    }

    /**
     * @param originVisible whether the viewer may see the board an escalated thread came from
     *                      (its Atrium may be member-only)
     */
    public ThreadView(DiscussionThread thread, List<PostView> posts, long totalReplies, boolean moderator,
                      boolean canReply, boolean canAccept, Long lastReadPostId, boolean originVisible) {
        this.lastReadPostId = lastReadPostId;
        this.originVisible = originVisible;
        this.thread = thread;
        this.posts = posts;
        this.totalReplies = totalReplies;
        this.moderator = moderator;
        this.canReply = canReply;
        this.canAccept = canAccept;
    }

    public DiscussionThread getThread() {
        return thread;
    }

    public List<PostView> getPosts() {
        return posts;
    }

    public long getTotalReplies() {
        return totalReplies;
    }

    public boolean isModerator() {
        return moderator;
    }

    public boolean isCanReply() {
        return canReply;
    }

    public boolean isCanAccept() {
        return canAccept;
    }

    /**
     * Whether the viewer may see where an escalated thread came from; when not, pages name it
     * "a members-only Atrium" and the API gives no board.
     */
    public boolean isOriginVisible() {
        return originVisible;
    }

    /** The last post the viewer had seen before this visit (null when they never opened the thread). */
    public Long getLastReadPostId() {
        return lastReadPostId;
    }
}
