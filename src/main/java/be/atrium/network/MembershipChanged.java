package be.atrium.network;

/**
 * Fired inside the transaction that added, changed or removed a membership: whoever keeps what
 * depends on memberships (the reach computed for a request) forgets it.
 */
public record MembershipChanged(long atriumId, long accountId) {
}
