package be.atrium.platform;

/**
 * Fired by {@link StartupSequence} once Atrium is ready (schema migrated, reference data and
 * accounts loaded). Background work that needs the database (outbox consumers, indexers)
 * starts on it instead of at deployment, so it never runs against a half-started database.
 */
public final class Started {
}
