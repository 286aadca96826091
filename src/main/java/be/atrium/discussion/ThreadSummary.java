package be.atrium.discussion;

import java.util.List;

/** A thread as a board list shows it to one viewer. */
public class ThreadSummary {
    private final DiscussionThread thread;
    private final List<String> tags;
    private final boolean unread;

    public ThreadSummary(DiscussionThread thread, List<String> tags, boolean unread) {
        this.thread = thread;
        this.tags = tags;
        this.unread = unread;
    }

    public DiscussionThread getThread() {
        return thread;
    }

    public List<String> getTags() {
        return tags;
    }

    /** New activity since the viewer last opened the thread (or never opened it). */
    public boolean isUnread() {
        return unread;
    }
}
