package be.atrium.search;

import be.atrium.platform.health.NodeMetrics;
import be.atrium.platform.outbox.OutboxStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * This node's search index in {@code /health/ready} and {@code /metrics}: whether it is open (a node
 * builds or opens it before it says ready), the outbox position it has read up to, and how many
 * events it is behind the database, which in a cluster shows a node whose index lags.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchIndex index;

    @Inject
    SearchIndexer indexer;

    @Inject
    OutboxStore outbox;

    @Inject
    NodeMetrics metrics;

    void onDeployed(@Observes @Initialized(ApplicationScoped.class) Object event) {
        metrics.gauge("atrium.search.behind", "Outbox events not yet read into this node's search index", this::behind);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("search").status(index.isOpen())
                .withData("position", indexer.readUpTo())
                .withData("behind", behind());
        var progress = indexer.progress();
        if (progress.isRunning()) {
            response.withData("rebuild", progress.getPercent() + "%");
        }
        return response.build();
    }

    /** Events in the outbox after this node's position; -1 when the database cannot say (or before start). */
    long behind() {
        if (!index.isOpen()) {
            return -1;
        }
        try {
            return Math.max(0, outbox.newest() - indexer.readUpTo());
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
