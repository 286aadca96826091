package be.atrium.platform.health;

import be.atrium.platform.AtriumDataSource;
import be.atrium.platform.Availability;
import be.atrium.platform.AtriumConfig;
import be.atrium.platform.DataDirectory;
import be.atrium.platform.cluster.BackgroundWork;
import be.atrium.platform.cluster.Cluster;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;

/**
 * Ready only when the database answers, the schema is migrated, the data dir is writable and every
 * {@link ReadinessProbe} (the store of files: its folder writable, its bucket reachable) is up. It
 * also names this node, the members of its cluster and the node doing the background work: a node
 * is ready on its own, whether or not the other members are there.
 */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Availability availability;

    @Inject
    DataDirectory dataDirectory;

    @Inject
    AtriumConfig config;

    @Inject
    Cluster cluster;

    @Inject
    BackgroundWork background;

    @Inject
    @Any
    Instance<ReadinessProbe> probes;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean dataDir = dataDirectory.isUsable();
        boolean started = availability.isStarted();
        boolean up = database && dataDir && started;
        HealthCheckResponseBuilder response = HealthCheckResponse.named("atrium")
                .withData("database", database ? "UP" : "DOWN")
                .withData("dataDir", dataDir ? "UP" : "DOWN");
        for (ReadinessProbe probe : probes) {
            boolean probeUp = probeUp(probe);
            response.withData(probe.name(), probeUp ? "UP" : "DOWN");
            up &= probeUp;
        }
        return response.status(up)
                .withData("startup", availability.problem().orElse("done"))
                .withData("node", config.node())
                .withData("members", cluster.members().stream()
                        .map(n -> n.name() + (n.address().isEmpty() ? "" : " (" + n.address() + ")"))
                        .collect(Collectors.joining(", ")))
                .withData("backgroundWork", database && started ? background.node().orElse("none") : "unknown")
                .build();
    }

    private static boolean probeUp(ReadinessProbe probe) {
        try {
            return probe.isUp();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
