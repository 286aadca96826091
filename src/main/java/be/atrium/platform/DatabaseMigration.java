package be.atrium.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;

/** Brings the schema to the latest version with Flyway; Flyway alone owns the schema. */
@ApplicationScoped
public class DatabaseMigration {

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    public MigrateResult migrate() {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }
}
