package be.atrium.network;

import java.util.List;

/** The municipalities of one province or one Atrium, with how many meet all five conditions. */
public class OntvoogdingGroup {
    private final String name;
    private final String slug;
    private final List<OntvoogdingRow> rows;

    public OntvoogdingGroup(String name, String slug, List<OntvoogdingRow> rows) {
        this.name = name;
        this.slug = slug;
        this.rows = rows;
    }

    public String getName() {
        return name;
    }

    /** The Atrium's slug, or null for a province. */
    public String getSlug() {
        return slug;
    }

    public List<OntvoogdingRow> getRows() {
        return rows;
    }

    public long getAutonomous() {
        return rows.stream().filter(OntvoogdingRow::isAutonomous).count();
    }

    public int getTotal() {
        return rows.size();
    }
}
