package be.atrium.discussion;

import java.util.List;

/**
 * What a moderator sees to moderate one thread: its posts (hidden ones included), the boards
 * it may be moved to and the expert boards it may be escalated to.
 */
public class ThreadModeration {

    private final DiscussionThread thread;
    private final List<Post> posts;
    private final List<Board> moveTargets;
    private final List<Board> expertBoards;
    private final boolean originVisible;

    public ThreadModeration(DiscussionThread thread, List<Post> posts, List<Board> moveTargets,
                            List<Board> expertBoards) {
        this(thread, posts, moveTargets, expertBoards, false);
    }

    /** @param originVisible whether the moderator may see the board an escalated thread came from */
    public ThreadModeration(DiscussionThread thread, List<Post> posts, List<Board> moveTargets,
                            List<Board> expertBoards, boolean originVisible) {
        this.originVisible = originVisible;
        this.thread = thread;
        this.posts = List.copyOf(posts);
        this.moveTargets = List.copyOf(moveTargets);
        this.expertBoards = List.copyOf(expertBoards);
    }

    public DiscussionThread getThread() {
        return thread;
    }

    public List<Post> getPosts() {
        return posts;
    }

    public List<Board> getMoveTargets() {
        return moveTargets;
    }

    public List<Board> getExpertBoards() {
        return expertBoards;
    }

    /** Whether the moderator may see where an escalated thread came from (its Atrium may be member-only). */
    public boolean isOriginVisible() {
        return originVisible;
    }
}
