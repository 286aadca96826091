package be.atrium.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;

/**
 * The one data source of the application, configured from the environment
 * ({@code ATRIUM_DB_URL}, {@code ATRIUM_DB_USER}, {@code ATRIUM_DB_PASSWORD}).
 * The pool starts empty so that a database that is down does not stop the deployment:
 * readiness reports it instead. Its connections read and write moments in UTC
 * ({@link UtcMariaDbDataSource}).
 *
 * <p>Transactions read committed data (not InnoDB's default, repeatable read): every statement
 * sees what other transactions have committed by then, and searches lock the rows they find but
 * not the gaps between them. Writers that only add rows (replies, votes, read marks, wiki links)
 * then do not deadlock on each other's gap locks, and a writer that waited for a lock (the wiki's
 * scope lock, a thread's row) reads the rows committed while it waited.
 *
 * <p>A database that goes away must cost a request seconds, not minutes: connections are validated
 * before use (at most every 30 s; a failed one empties the pool), a request waits at most 5 s for a
 * free connection, a new connection gives up after 3 s and a statement after 30 s
 * ({@link UtcMariaDbDataSource}), and EclipseLink retries a broken query once, at once
 * ({@link DatabaseSessionCustomizer}). The first request that finds the database gone makes
 * {@link DatabaseWatch} answer every later one 503 at once until it is back.
 */
@DataSourceDefinition(
        name = AtriumDataSource.JNDI_NAME,
        className = "be.atrium.platform.UtcMariaDbDataSource",
        url = "${MPCONFIG=atrium.db.url}",
        user = "${MPCONFIG=atrium.db.user}",
        password = "${MPCONFIG=atrium.db.password}",
        initialPoolSize = 0,
        minPoolSize = 0,
        maxPoolSize = 32,
        maxIdleTime = 300,
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.validate-atmost-once-period-in-seconds=30",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
                "fish.payara.fail-all-connections=true",
                "fish.payara.max-wait-time-in-millis=5000"
        })
@ApplicationScoped
public class AtriumDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/atrium";
}
