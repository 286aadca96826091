package be.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether Atrium can serve requests, and if not, why: it has not finished starting (database
 * migrated, reference data loaded), or it has started but lost its database since
 * ({@link DatabaseWatch}). Pages and the API answer 503 while it cannot; readiness reports it.
 */
@ApplicationScoped
public class Availability {

    private final AtomicReference<String> problem = new AtomicReference<>("starting");
    private final AtomicReference<String> database = new AtomicReference<>();

    /** Whether the start-up sequence has finished (it is not run again once it has). */
    public boolean isStarted() {
        return problem.get() == null;
    }

    /** Started and the database reachable: requests can be served. */
    public boolean isServing() {
        return isStarted() && database.get() == null;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem.get()).or(() -> Optional.ofNullable(database.get()));
    }

    void started() {
        problem.set(null);
    }

    void failed(String cause) {
        problem.set(cause);
    }

    /** True when this call marked the database unreachable (it was reachable before). */
    boolean databaseUnreachable(String cause) {
        return database.getAndSet(cause) == null;
    }

    /** True when this call marked the database reachable again. */
    boolean databaseReachable() {
        return database.getAndSet(null) != null;
    }

    boolean isDatabaseUnreachable() {
        return database.get() != null;
    }
}
