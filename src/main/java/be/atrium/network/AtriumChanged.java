package be.atrium.network;

/**
 * Fired inside the transaction that created, described (perhaps made members-only) or deleted an
 * Atrium: whoever keeps what depends on Atria forgets it.
 */
public record AtriumChanged(long atriumId) {
}
