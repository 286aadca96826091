package be.atrium.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts Atrium in order, one node of a cluster at a time: data dir, schema migration, then {@link SchemaMigrated} (the loaders of
 * reference data, bootstrap accounts and demo content observe it), then {@link Started}. When the database cannot be used, it logs one line naming the cause,
 * leaves readiness DOWN and tries again every few seconds, so the application never
 * silently half-starts.
 */
@ApplicationScoped
public class StartupSequence {

    private static final Logger LOG = Logger.getLogger(StartupSequence.class.getName());
    private static final long RETRY_SECONDS = 10;
    private static final String LOCK = "atrium.startup";
    private static final int LOCK_WAIT_SECONDS = 600;

    @Inject
    AtriumConfig config;
    @Inject
    DataDirectory dataDirectory;
    @Inject
    DatabaseMigration migration;
    @Inject
    Event<SchemaMigrated> migrated;
    @Inject
    Event<Started> started;
    @Inject
    Availability availability;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    private volatile String lastReported;
    private volatile ScheduledFuture<?> retry;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        if (!attempt()) {
            retry = scheduler.scheduleWithFixedDelay(() -> {
                if (attempt() && retry != null) {
                    retry.cancel(false);
                }
            }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    /** One try at the whole sequence; true when Atrium is started. */
    synchronized boolean attempt() {
        if (availability.isStarted()) {
            return true;
        }
        if (!dataDirectory.isUsable()) {
            report("Atrium cannot write to its data dir " + config.dataDir()
                    + " (ATRIUM_DATA_DIR): check that it exists and is writable. Retrying every "
                    + RETRY_SECONDS + " s; /health/ready stays DOWN.");
            return false;
        }
        Connection lock;
        try {
            lock = startupLock();
        } catch (SQLException | RuntimeException e) {
            report("Atrium cannot use the database at " + config.databaseUrl() + ": " + rootCause(e)
                    + ". Check ATRIUM_DB_URL, ATRIUM_DB_USER and ATRIUM_DB_PASSWORD. Retrying every "
                    + RETRY_SECONDS + " s; /health/ready stays DOWN.");
            return false;
        }
        try {
            return startHoldingLock();
        } finally {
            release(lock);
        }
    }

    /**
     * One node at a time migrates and loads reference data, accounts and demo content: nodes of a
     * cluster started together on an empty database would otherwise each insert the same rows. A
     * MariaDB named lock on a connection of its own, held until the sequence is done (or the node
     * dies, which ends its connection).
     */
    private Connection startupLock() throws SQLException {
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, LOCK);
            lock.setInt(2, LOCK_WAIT_SECONDS);
            try (ResultSet r = lock.executeQuery()) {
                if (r.next() && r.getInt(1) == 1) {
                    return connection;
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        throw new SQLException("another node held the start-up lock for more than " + LOCK_WAIT_SECONDS + " s");
    }

    private static void release(Connection connection) {
        try (connection; PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, LOCK);
            release.execute();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Atrium: the start-up lock ends with its connection", e);
        }
    }

    private boolean startHoldingLock() {
        try {
            var result = migration.migrate();
            if (result.migrationsExecuted > 0) {
                LOG.info(() -> "Atrium: database migrated to version " + result.targetSchemaVersion);
            }
        } catch (RuntimeException e) {
            report("Atrium cannot use the database at " + config.databaseUrl() + ": " + rootCause(e)
                    + ". Check ATRIUM_DB_URL, ATRIUM_DB_USER and ATRIUM_DB_PASSWORD. Retrying every "
                    + RETRY_SECONDS + " s; /health/ready stays DOWN.");
            return false;
        }
        try {
            migrated.fire(new SchemaMigrated());
            availability.started();
            LOG.info("Atrium: started; data dir " + config.dataDir() + (config.demo() ? ", demo content on" : ""));
        } catch (RuntimeException e) {
            String line = "Atrium: start-up failed after migration: " + rootCause(e);
            if (!line.equals(lastReported)) {
                LOG.log(Level.SEVERE, line, e);
            }
            report(line);
            return false;
        }
        try {
            started.fire(new Started());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Atrium: background work failed to start: " + rootCause(e), e);
        }
        return true;
    }

    private void report(String line) {
        availability.failed(line);
        if (!Objects.equals(line, lastReported)) {
            lastReported = line;
            LOG.severe(line);
        }
    }

    static String rootCause(Throwable e) {
        Throwable cause = e;
        String message = e.getMessage();
        while (cause != null) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
            if (cause instanceof SQLException && cause.getCause() == null) {
                break;
            }
            cause = cause.getCause();
        }
        message = message == null ? e.getClass().getSimpleName() : message;
        return message.lines().findFirst().orElse(message).trim();
    }
}
