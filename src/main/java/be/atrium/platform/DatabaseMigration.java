package be.atrium.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * Brings the schema to the latest version with Flyway; Flyway alone owns the schema.
 *
 * <p>New migrations are versioned by their UTC time of writing ({@code V<yyyyMMddHHmm>__...}),
 * so branches never take the same number; one merged after a newer one was applied still runs
 * (out of order). A file whose name Flyway cannot read fails the migration instead of being
 * skipped. See README, "Schema migrations".
 *
 * <p>Migrations run without the driver's socket timeout ({@link UtcMariaDbDataSource}): building
 * an index on a large table may take minutes, and a statement cut off half-way would leave a
 * partly applied migration behind.
 */
@ApplicationScoped
public class DatabaseMigration {

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    public MigrateResult migrate() {
        return configuration(new WithoutSocketTimeout(dataSource)).load().migrate();
    }

    static FluentConfiguration configuration(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .outOfOrder(true)
                .validateMigrationNaming(true);
    }

    /** Hands out the pool's connections without a socket timeout, restoring it when they go back. */
    static final class WithoutSocketTimeout implements DataSource {
        private final DataSource pool;

        WithoutSocketTimeout(DataSource pool) {
            this.pool = pool;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return unlimited(pool.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return unlimited(pool.getConnection(username, password));
        }

        private static Connection unlimited(Connection connection) throws SQLException {
            int timeout;
            try {
                timeout = connection.getNetworkTimeout();
                connection.setNetworkTimeout(Runnable::run, 0);
            } catch (SQLFeatureNotSupportedException e) {
                return connection;
            }
            int restore = timeout;
            return (Connection) Proxy.newProxyInstance(DatabaseMigration.class.getClassLoader(),
                    new Class<?>[]{Connection.class}, (proxy, method, args) -> {
                        if ("close".equals(method.getName()) && !connection.isClosed()) {
                            try {
                                connection.setNetworkTimeout(Runnable::run, restore);
                            } catch (SQLException e) {
                                // a broken connection: the pool drops it
                            }
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return pool.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            pool.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            pool.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return pool.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return pool.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return type.isInstance(this) || pool.isWrapperFor(type);
        }
    }
}
