package be.atrium.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/**
 * Brings the schema to the latest version with Flyway; Flyway alone owns the schema.
 *
 * <p>New migrations are versioned by their UTC time of writing ({@code V<yyyyMMddHHmm>__...}),
 * so branches never take the same number; one merged after a newer one was applied still runs
 * (out of order). A file whose name Flyway cannot read fails the migration instead of being
 * skipped. See README, "Schema migrations".
 */
@ApplicationScoped
public class DatabaseMigration {

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    public MigrateResult migrate() {
        return configuration(dataSource).load().migrate();
    }

    static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .outOfOrder(true)
                .validateMigrationNaming(true);
    }
}
