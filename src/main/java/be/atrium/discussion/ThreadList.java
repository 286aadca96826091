package be.atrium.discussion;

import java.util.List;

/** One page of a board's threads, with the total for paging. */
public class ThreadList {
    private final long total;
    private final List<ThreadSummary> items;

    public ThreadList(long total, List<ThreadSummary> items) {
        this.total = total;
        this.items = items;
    }

    public long getTotal() {
        return total;
    }

    public List<ThreadSummary> getItems() {
        return items;
    }
}
