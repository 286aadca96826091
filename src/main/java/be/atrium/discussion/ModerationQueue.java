package be.atrium.discussion;

import java.util.List;

/** The open flags of one board (oldest first, at most one page) and how many are open in all. */
public class ModerationQueue {

    private final Board board;
    private final List<PostFlag> flags;
    private final long total;

    public ModerationQueue(Board board, List<PostFlag> flags, long total) {
        this.board = board;
        this.flags = List.copyOf(flags);
        this.total = total;
    }

    public Board getBoard() {
        return board;
    }

    public List<PostFlag> getFlags() {
        return flags;
    }

    public long getTotal() {
        return total;
    }
}
