package be.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether the application has finished starting (database migrated, reference data loaded),
 * and if not, why. Pages and the API answer 503 until it has; readiness reports it.
 */
@ApplicationScoped
public class Availability {

    private final AtomicReference<String> problem = new AtomicReference<>("starting");

    public boolean isStarted() {
        return problem.get() == null;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem.get());
    }

    void started() {
        problem.set(null);
    }

    void failed(String cause) {
        problem.set(cause);
    }
}
