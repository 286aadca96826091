package be.atrium.wiki;

import java.util.List;

/**
 * One page of the knowledge base of a scope (everything the reader may see, the network-wide
 * pages, the reader's own Atria, or one Atrium: then {@code atriumSlug} names it): the rows with
 * the Atrium of each, how many match in all, the most used tags of the scope, whether the viewer
 * may add pages, and the Atria the reader may choose as a scope.
 */
public record WikiList(WikiScope scope, String atriumSlug, String atriumName, boolean editable,
                       List<WikiListItem> items, long total, List<String> topTags, List<ScopeChoice> atria) {

    /** An Atrium the reader may see, as the scope filter offers it. */
    public record ScopeChoice(String slug, String name) {
        public String getSlug() {
            return slug;
        }

        public String getName() {
            return name;
        }
    }

    public WikiScope getScope() {
        return scope;
    }

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

    public List<ScopeChoice> getAtria() {
        return atria;
    }

    /** Whether the list is not that of one Atrium (the pages of several scopes, or the network-wide ones). */
    public boolean isNetworkWide() {
        return atriumSlug == null;
    }
}
