package be.atrium.platform;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure that means "the database cannot be used right now" (down, unreachable, not
 * answering, refusing our account, the pool unable to hand out a connection) from one that is a
 * fault of the request or of the code. The first is answered 503 and retried later; the second
 * stays what it is (400, 409, 500).
 *
 * <p>It reads the whole cause chain (EclipseLink, JTA and the pool wrap the driver's exception
 * several times) and decides by SQL state and exception type, never by the wording of a message:
 * SQL state class {@code 08} (connection exception) and {@code 28} (invalid authorisation), the
 * driver's connection exceptions, a socket that could not connect or timed out beneath a database
 * exception (a client's own timeout is no database failure), and the application server's pool
 * failing to allocate a connection (known by class name: it is no API).
 */
public final class DatabaseFailures {

    /** MariaDB/MySQL error codes that mean the server will not take us: unknown database, too many connections. */
    private static final Set<Integer> UNAVAILABLE_CODES = Set.of(1040, 1049, 1203, 2002, 2003, 2006, 2013);
    /** The pool's own exceptions (Payara/GlassFish connector runtime): no connection could be allocated. */
    private static final Set<String> POOL_FAILURES = Set.of(
            "com.sun.appserv.connectors.internal.api.PoolingException",
            "jakarta.resource.spi.ResourceAllocationException",
            "jakarta.resource.spi.RetryableUnavailableException");

    private DatabaseFailures() {
    }

    /** Whether {@code error} (or anything it wraps) means that the database is unavailable. */
    public static boolean meanUnavailable(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        boolean database = false;
        for (Throwable t = error; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (unavailable(t)) {
                return true;
            }
            database |= t instanceof SQLException || isPool(t) || t.getClass().getName().startsWith("jakarta.persistence.")
                    || t.getClass().getName().startsWith("org.eclipse.persistence.");
            // a socket failure counts only as the cause of a database failure, not a client's slow upload
            if (database && (t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof SocketTimeoutException)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                     next = next.getNextException()) {
                    if (unavailable(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLInvalidAuthorizationSpecException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("28"))) {
                return true;
            }
            return UNAVAILABLE_CODES.contains(sql.getErrorCode());
        }
        return isPool(t);
    }

    private static boolean isPool(Throwable t) {
        for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
            if (POOL_FAILURES.contains(c.getName())) {
                return true;
            }
        }
        return false;
    }
}
