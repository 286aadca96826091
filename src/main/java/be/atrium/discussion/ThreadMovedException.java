package be.atrium.discussion;

/** The thread was merged into another; its old address leads there. */
public class ThreadMovedException extends RuntimeException {
    private final long target;

    public ThreadMovedException(long target) {
        super("thread merged into " + target);
        this.target = target;
    }

    public long target() {
        return target;
    }
}
