package be.atrium.discussion;

/** A post someone wants to flag, and whether they may: not their own, not flagged by them yet. */
public class FlagTarget {

    private final Post post;
    private final boolean own;
    private final boolean alreadyFlagged;

    public FlagTarget(Post post, boolean own, boolean alreadyFlagged) {
        this.post = post;
        this.own = own;
        this.alreadyFlagged = alreadyFlagged;
    }

    public Post getPost() {
        return post;
    }

    public DiscussionThread getThread() {
        return post.getThread();
    }

    public boolean isOwn() {
        return own;
    }

    public boolean isAlreadyFlagged() {
        return alreadyFlagged;
    }

    public boolean isAllowed() {
        return !own && !alreadyFlagged && !post.isHidden();
    }
}
