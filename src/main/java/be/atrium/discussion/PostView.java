package be.atrium.discussion;

/**
 * A post as one viewer sees it: a withdrawn or hidden post shows a notice instead of its text,
 * except to moderators (who keep seeing the text) and to its author.
 */
public class PostView {
    private final Post post;
    private final boolean accepted;
    private final boolean votedByViewer;
    private final boolean mine;
    private final boolean textVisible;

    public PostView(Post post, boolean accepted, boolean votedByViewer, boolean mine, boolean moderator) {
        this.post = post;
        this.accepted = accepted;
        this.votedByViewer = votedByViewer;
        this.mine = mine;
        this.textVisible = !(post.isWithdrawn() || post.isHidden()) || moderator || mine && !post.isHidden();
    }

    public Post getPost() {
        return post;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public boolean isVotedByViewer() {
        return votedByViewer;
    }

    public boolean isMine() {
        return mine;
    }

    /** Whether the viewer may read the text of a withdrawn or hidden post. */
    public boolean isTextVisible() {
        return textVisible;
    }

    /** The HTML to show, or null when only a notice may be shown. */
    public String getVisibleHtml() {
        return textVisible ? post.getBodyHtml() : null;
    }
}
