package be.atrium.platform.cluster;

/**
 * A nudge that came from another node of the cluster ({@link Cluster#signal}), fired as a CDI event
 * on this node: "there are new outbox events", "there is mail to send". Whoever waits for that kind
 * of work here looks at once instead of at its next poll.
 */
public record ClusterSignal(String name) {

    /** New events in the outbox: every node's consumers read them (search indexes). */
    public static final String OUTBOX = "outbox";
    /** An administrator asked for the search indexes to be rebuilt: each node rebuilds its own, one at a time. */
    public static final String SEARCH_REBUILD = "search-rebuild";

    public boolean is(String kind) {
        return kind.equals(name);
    }
}
