package be.atrium.platform.cluster;

/**
 * Fired on the node that has just taken the background work over ({@link BackgroundWork}): at start,
 * or from a node that died or stopped. The workers look at once for what waits.
 */
public record BackgroundWorkTaken(String node) {
}
