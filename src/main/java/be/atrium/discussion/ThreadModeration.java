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
    private final Board suggestedExpertBoard;
    private final boolean undoable;
    private final boolean moderator;

    public ThreadModeration(DiscussionThread thread, List<Post> posts, List<Board> moveTargets,
                            List<Board> expertBoards) {
        this(thread, posts, moveTargets, expertBoards, false);
    }

    /** @param originVisible whether the moderator may see the board an escalated thread came from */
    public ThreadModeration(DiscussionThread thread, List<Post> posts, List<Board> moveTargets,
                            List<Board> expertBoards, boolean originVisible) {
        this(thread, posts, moveTargets, expertBoards, originVisible, null, false, true);
    }

    /**
     * @param suggestedExpertBoard where the thread is escalated first (the expert board of its
     *                             Atrium's province), or null
     * @param undoable             whether the moderator may undo the thread's last move or escalation
     */
    public ThreadModeration(DiscussionThread thread, List<Post> posts, List<Board> moveTargets,
                            List<Board> expertBoards, boolean originVisible, Board suggestedExpertBoard,
                            boolean undoable) {
        this(thread, posts, moveTargets, expertBoards, originVisible, suggestedExpertBoard, undoable, true);
    }

    /**
     * For the moderator who just moved the thread to a board they do not moderate: its state and the
     * undo, nothing else.
     */
    public static ThreadModeration undoOnly(DiscussionThread thread, boolean originVisible) {
        return new ThreadModeration(thread, List.of(), List.of(), List.of(), originVisible, null, true, false);
    }

    private ThreadModeration(DiscussionThread thread, List<Post> posts, List<Board> moveTargets,
                             List<Board> expertBoards, boolean originVisible, Board suggestedExpertBoard,
                             boolean undoable, boolean moderator) {
        this.suggestedExpertBoard = suggestedExpertBoard;
        this.undoable = undoable;
        this.moderator = moderator;
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

    /** The expert board the escalation form preselects, or null. */
    public Board getSuggestedExpertBoard() {
        return suggestedExpertBoard;
    }

    /** Whether the viewer may undo the last move or escalation (it is the thread's last moderation action). */
    public boolean isUndoable() {
        return undoable;
    }

    /** Whether the viewer moderates the board the thread is on (else they only see it to undo their move). */
    public boolean isModerator() {
        return moderator;
    }
}
