package be.atrium.platform;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Notices that the database went away after start-up and that it came back, so that requests in
 * between are answered 503 at once instead of each waiting for a connection that will not come.
 *
 * <p>Whatever catches a failure (the API's exception mapper, the availability filter around
 * pages, the guard around authentication) hands it to {@link #failed}. When it means the database
 * is unavailable ({@link DatabaseFailures}), {@link Availability} stops serving, the cause is logged
 * once, and a probe asks the database every {@value #PROBE_SECONDS} seconds (a connection and a
 * ping with a {@value #PROBE_TIMEOUT_SECONDS}-second limit) until it answers; then requests are
 * served again and that is logged once too.
 *
 * <p>Besides, a heartbeat pings the database every {@value #HEARTBEAT_SECONDS} seconds, so that a
 * database that silently stopped answering (a host that drops packets) is noticed within seconds
 * even when no request has failed yet: requests in flight at that moment wait for the driver's
 * socket timeout, later ones are answered 503 at once.
 */
@ApplicationScoped
public class DatabaseWatch {

    static final int PROBE_SECONDS = 2;
    static final int PROBE_TIMEOUT_SECONDS = 2;
    static final int HEARTBEAT_SECONDS = 5;
    private static final Logger LOG = Logger.getLogger(DatabaseWatch.class.getName());

    @Inject
    Availability availability;

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private ScheduledFuture<?> probe;
    private ScheduledFuture<?> heartbeat;

    void onStarted(@Observes Started event) {
        heartbeat = scheduler.scheduleWithFixedDelay(this::heartbeat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS,
                TimeUnit.SECONDS);
    }

    /** While the database counts as reachable: does it still answer? (A dead pooled connection is replaced once.) */
    void heartbeat() {
        if (availability.isDatabaseUnreachable()) {
            return; // the probe is at work
        }
        for (int attempt = 0; attempt < 2; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                if (connection.isValid(PROBE_TIMEOUT_SECONDS)) {
                    return;
                }
                markBad(connection);
            } catch (SQLException | RuntimeException e) {
                failed(e);
                return;
            }
        }
        failed(new java.sql.SQLTransientConnectionException("the database did not answer a ping within "
                + PROBE_TIMEOUT_SECONDS + " s", "08000"));
    }

    /**
     * Takes note of a failure; true when it means that the database is unavailable (answer 503),
     * false when it is any other failure (handle it as before).
     */
    public boolean failed(Throwable error) {
        if (!DatabaseFailures.meanUnavailable(error)) {
            return false;
        }
        if (availability.isStarted() && availability.databaseUnreachable("database unreachable: "
                + StartupSequence.rootCause(error))) {
            LOG.severe("Atrium cannot reach its database: " + StartupSequence.rootCause(error)
                    + ". Answering 503 and checking again every " + PROBE_SECONDS + " s.");
            startProbing();
        }
        return true;
    }

    private synchronized void startProbing() {
        if (probe == null || probe.isDone()) {
            probe = scheduler.scheduleWithFixedDelay(this::probe, PROBE_SECONDS, PROBE_SECONDS, TimeUnit.SECONDS);
        }
    }

    void probe() {
        if (!availability.isDatabaseUnreachable()) {
            stopProbing();
            return;
        }
        // A pooled connection from before the outage is dead even when the database is back: it is
        // marked bad (with fail-all-connections the pool then drops every idle one) and the next is tried.
        for (int attempt = 0; attempt < 3 && availability.isDatabaseUnreachable(); attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                if (connection.isValid(PROBE_TIMEOUT_SECONDS)) {
                    if (availability.databaseReachable()) {
                        LOG.info("Atrium: the database answers again; serving requests.");
                    }
                } else {
                    markBad(connection);
                }
            } catch (SQLException | RuntimeException e) {
                return; // still away; the next probe tries again
            }
        }
        if (!availability.isDatabaseUnreachable()) {
            stopProbing();
        }
    }

    /** Payara's pool ({@code com.sun.appserv.jdbc.DataSource}, not an API this code compiles against). */
    private void markBad(Connection connection) {
        try {
            dataSource.getClass().getMethod("markConnectionAsBad", Connection.class).invoke(dataSource, connection);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another pool: it validates the connection itself before handing it out again
        }
    }

    private synchronized void stopProbing() {
        if (probe != null) {
            probe.cancel(false);
            probe = null;
        }
    }

    @PreDestroy
    void stop() {
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        stopProbing();
    }
}
