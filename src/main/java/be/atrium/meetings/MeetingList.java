package be.atrium.meetings;

import java.util.List;
import java.util.Set;

/** One page of an Atrium's upcoming or past meetings, with the total and which have a report. */
public class MeetingList {

    private final long total;
    private final List<Meeting> items;
    private final Set<Long> withReport;

    public MeetingList(long total, List<Meeting> items, Set<Long> withReport) {
        this.total = total;
        this.items = List.copyOf(items);
        this.withReport = Set.copyOf(withReport);
    }

    public long getTotal() {
        return total;
    }

    public List<Meeting> getItems() {
        return items;
    }

    public boolean hasReport(Meeting meeting) {
        return withReport.contains(meeting.getId());
    }
}
