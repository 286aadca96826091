package be.atrium.practice;

import java.util.List;

/** One page of practice cases and how many match in all. */
public record PracticeList(long total, List<PracticeSummary> items) {

    public long getTotal() {
        return total;
    }

    public List<PracticeSummary> getItems() {
        return items;
    }
}
