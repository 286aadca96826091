package be.atrium.wiki;

import java.util.List;

/**
 * One page of the knowledge base of a scope (an Atrium, or network-wide when {@code atriumSlug}
 * is null): the rows, how many match in all, the most used tags of the scope, and whether the
 * viewer may add pages.
 */
public record WikiList(String atriumSlug, String atriumName, boolean editable, List<WikiListItem> items, long total,
                       List<String> topTags) {

    public String getAtriumSlug() {
        return atriumSlug;
    }

    public String getAtriumName() {
        return atriumName;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<WikiListItem> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public List<String> getTopTags() {
        return topTags;
    }

    public boolean isNetworkWide() {
        return atriumSlug == null;
    }
}
