package be.atrium.guidance;

import java.util.List;

/** One page of a guidance list: the total that matches and the rows of the page with their tags. */
public final class GuidanceList {

    /** A row: the guidance (organisation loaded) and its tags. */
    public static final class Item {
        private final Guidance guidance;
        private final List<String> tags;

        public Item(Guidance guidance, List<String> tags) {
            this.guidance = guidance;
            this.tags = List.copyOf(tags);
        }

        public Guidance getGuidance() {
            return guidance;
        }

        public List<String> getTags() {
            return tags;
        }
    }

    private final long total;
    private final List<Item> items;

    public GuidanceList(long total, List<Item> items) {
        this.total = total;
        this.items = List.copyOf(items);
    }

    public long getTotal() {
        return total;
    }

    public List<Item> getItems() {
        return items;
    }
}
