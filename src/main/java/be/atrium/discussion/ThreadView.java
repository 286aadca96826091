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

    public ThreadView(DiscussionThread thread, List<PostView> posts, long totalReplies, boolean moderator,
                      boolean canReply, boolean canAccept) {
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
}
