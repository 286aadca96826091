package be.atrium.platform.health;

import be.atrium.platform.AtriumDataSource;
import be.atrium.platform.Availability;
import be.atrium.platform.DataDirectory;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Ready only when the database answers, the schema is migrated and the data dir is writable. */
@Readiness
@ApplicationScoped
public class ReadinessCheck implements HealthCheck {

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Availability availability;

    @Inject
    DataDirectory dataDirectory;

    @Override
    public HealthCheckResponse call() {
        boolean database = databaseAnswers();
        boolean dataDir = dataDirectory.isUsable();
        boolean started = availability.isStarted();
        return HealthCheckResponse.named("atrium")
                .status(database && dataDir && started)
                .withData("database", database ? "UP" : "DOWN")
                .withData("dataDir", dataDir ? "UP" : "DOWN")
                .withData("startup", availability.problem().orElse("done"))
                .build();
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
