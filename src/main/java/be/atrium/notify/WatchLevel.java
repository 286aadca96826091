package be.atrium.notify;

/**
 * How much of a target a person hears about: everything (every reply), new threads only, or
 * nothing (also: "niet meer volgen" of a thread one watches by default).
 */
public enum WatchLevel {
    EVERYTHING, NEW_THREADS, NOTHING
}
