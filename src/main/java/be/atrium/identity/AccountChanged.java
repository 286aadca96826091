package be.atrium.identity;

/**
 * Fired inside the transaction that changed what an account may do or how it is shown (role,
 * grants, coached municipalities, organisation, name, disabled): whoever keeps something derived
 * from accounts (the reach computed for a request) forgets it.
 */
public record AccountChanged(long accountId) {
}
