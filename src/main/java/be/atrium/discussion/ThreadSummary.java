package be.atrium.discussion;

import java.util.List;

/** A thread as a board list shows it to one viewer. */
public class ThreadSummary {
    private final DiscussionThread thread;
    private final List<String> tags;
    private final boolean unread;
    private final boolean originVisible;

    public ThreadSummary(DiscussionThread thread, List<String> tags, boolean unread) {
        this(thread, tags, unread, false);
    }

    /** @param originVisible whether the viewer may see the board an escalated thread came from */
    public ThreadSummary(DiscussionThread thread, List<String> tags, boolean unread, boolean originVisible) {
        this.thread = thread;
        this.tags = tags;
        this.unread = unread;
        this.originVisible = originVisible;
    }

    /** Whether the viewer may see where an escalated thread came from (its Atrium may be member-only). */
    public boolean isOriginVisible() {
        return originVisible;
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
