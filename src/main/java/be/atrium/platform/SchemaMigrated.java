package be.atrium.platform;

/**
 * Fired by {@link StartupSequence} once the schema is migrated, before Atrium says it is ready.
 * Loaders observe it, in the order of their {@code @Priority} ({@link #REFERENCE_DATA},
 * {@link #ACCOUNTS}, {@link #SAMPLE_CONTENT}, {@link #INDEXES}); each runs in its own transaction. A loader that
 * fails makes the start fail: readiness stays DOWN and the sequence is tried again later, so a
 * loader must be idempotent.
 */
public final class SchemaMigrated {

    /** Organisations and Atria: everything else refers to them. */
    public static final int REFERENCE_DATA = 100;
    /** Accounts the platform needs (the administrator and its token). */
    public static final int ACCOUNTS = 200;
    /** Demo content, when asked for. */
    public static final int SAMPLE_CONTENT = 300;
    /** Indexes built from what the database holds (the search index, rebuilt when missing or outdated). */
    public static final int INDEXES = 400;
}
