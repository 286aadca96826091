package be.atrium.network;

/**
 * Fired inside the delete transaction before an Atrium is removed; a capability that still
 * holds content of the Atrium refuses by throwing a {@link be.atrium.platform.DomainException}.
 */
public record AtriumDeleting(Atrium atrium) {
}
