package be.atrium.network;

/**
 * Fired inside the transaction that described (perhaps made members-only, or covering other
 * municipalities) or deleted an Atrium: whoever keeps what depends on Atria forgets it. A new
 * Atrium changes no one's reach until someone joins it.
 */
public record AtriumChanged(long atriumId) {
}
