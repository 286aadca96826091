package be.atrium.platform.health;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.cluster.BackgroundWork;
import be.atrium.platform.cluster.Cluster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

import java.util.function.Supplier;

/**
 * Figures of this node in {@code /metrics}, each tagged with the node's name ({@code node="…"}), so
 * that a scraper reading every node (or the balancer's one address, node after node) tells them
 * apart: the members it sees in its cluster and whether it does the background work. Other
 * capabilities add theirs through {@link #gauge} (the search index's lag).
 */
@ApplicationScoped
public class NodeMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    AtriumConfig config;

    @Inject
    Cluster cluster;

    @Inject
    BackgroundWork background;

    /**
     * Registered while the application deploys: Payara files a metric under the application that
     * registers it, which a background thread (a start-up retried later) does not name.
     */
    void onDeployed(@Observes @Initialized(ApplicationScoped.class) Object event) {
        gauge("atrium.cluster.members", "Members of this node's cluster, itself included",
                () -> cluster.members().size());
        gauge("atrium.background.work", "1 when this node does the cluster's background work (mail, digests, "
                + "notifications, extraction, pruning), else 0", () -> background.isHere() ? 1 : 0);
    }

    /** A gauge tagged with this node's name. */
    public void gauge(String name, String description, Supplier<Number> value) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).build(), value,
                new Tag("node", config.node()));
    }
}
