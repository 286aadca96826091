package be.atrium.notify;

import java.util.EnumSet;
import java.util.Set;

/** What a person can watch. */
public enum SubscriptionTarget {
    THREAD, BOARD, TAG, WIKI_PAGE, GUIDANCE_SERIES, ATRIUM;

    /** The levels a subscription to this kind of target may have: new threads only make sense where threads start. */
    public Set<WatchLevel> levels() {
        return switch (this) {
            case BOARD, TAG, ATRIUM -> EnumSet.allOf(WatchLevel.class);
            default -> EnumSet.of(WatchLevel.EVERYTHING, WatchLevel.NOTHING);
        };
    }
}
