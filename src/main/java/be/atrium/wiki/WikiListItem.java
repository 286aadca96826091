package be.atrium.wiki;

import java.time.Instant;
import java.util.List;

/**
 * A page as the list of the knowledge base shows it, without its text: title, where it sits
 * (its Atrium, null for network-wide, and its ancestors, the root first), its tags and its last change.
 */
public record WikiListItem(long id, String title, Long parentId, int revision, Instant updatedAt,
                           String updatedByUsername, String updatedByName, String atriumSlug, String atriumName,
                           List<String> tags, List<WikiRepository.Crumb> path) {

    WikiListItem with(List<String> newTags, List<WikiRepository.Crumb> newPath) {
        return new WikiListItem(id, title, parentId, revision, updatedAt, updatedByUsername, updatedByName,
                atriumSlug, atriumName, List.copyOf(newTags), List.copyOf(newPath));
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getParentId() {
        return parentId;
    }

    public int getRevision() {
        return revision;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedByUsername() {
        return updatedByUsername;
    }

    public String getUpdatedByName() {
        return updatedByName;
    }

    /** The slug of the page's Atrium; null for a network-wide page. */
    public String getAtriumSlug() {
        return atriumSlug;
    }

    public String getAtriumName() {
        return atriumName;
    }

    public boolean isNetworkWide() {
        return atriumSlug == null;
    }

    public List<String> getTags() {
        return tags;
    }

    public List<WikiRepository.Crumb> getPath() {
        return path;
    }

    /** How deep the page sits: 0 at the top. */
    public int getDepth() {
        return path.size();
    }
}
