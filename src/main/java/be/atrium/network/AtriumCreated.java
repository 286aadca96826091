package be.atrium.network;

/** Fired inside the transaction that created an Atrium; its board is made on it. */
public record AtriumCreated(Atrium atrium) {
}
