package be.atrium.notify;

import java.io.Serializable;

/**
 * One thing a person watches (or silenced), with the title and path of the place as they may see it
 * (a tag: the tag itself, no path).
 */
public record SubscriptionView(SubscriptionTarget kind, long id, String tag, WatchLevel level, String title,
                               String path) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SubscriptionTarget getKind() {
        return kind;
    }

    public long getId() {
        return id;
    }

    public String getTag() {
        return tag;
    }

    public WatchLevel getLevel() {
        return level;
    }

    public String getTitle() {
        return title;
    }

    public String getPath() {
        return path;
    }
}
