package be.atrium.platform;

import org.mariadb.jdbc.MariaDbDataSource;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The MariaDB data source of {@link AtriumDataSource}, bound to UTC whatever URL the environment
 * configures and whatever the time zones of the JVM and of the database server are.
 *
 * <p>Moments are {@code DATETIME(3)} columns holding UTC wall-clock time. Entities keep
 * {@link java.time.Instant}s, which {@link InstantConverter} hands to the driver as
 * {@link java.sql.Timestamp}s; MariaDB Connector/J renders a {@code Timestamp} as wall-clock time
 * in the JVM's default time zone unless it is told to preserve instants. So every connection gets:
 * <ul>
 * <li>{@code connectionTimeZone=UTC} with {@code preserveInstants=true}: the driver writes and
 * reads {@code Timestamp}s as UTC wall-clock time (also in native queries), not in the JVM's
 * zone;</li>
 * <li>{@code forceConnectionTimeZoneToSession=true}: the session's {@code time_zone} is
 * {@code +00:00}, so {@code DEFAULT CURRENT_TIMESTAMP(3)} and {@code NOW()} are UTC too, not the
 * server's zone.</li>
 * </ul>
 * Time-zone options already in the URL are replaced, so a URL cannot undo this.
 *
 * <p>It also bounds how long a database that went away can hold a request, unless the URL sets
 * these itself: {@code connectTimeout} ({@value #CONNECT_TIMEOUT_MILLIS} ms: a host that drops
 * packets fails a new connection quickly) and {@code socketTimeout} ({@value #SOCKET_TIMEOUT_MILLIS}
 * ms: no statement Atrium sends while serving takes nearly that long, while one on a connection whose
 * server stopped answering would otherwise wait for ever). Schema migrations run without the
 * socket timeout ({@link DatabaseMigration}). A statement waits at most
 * {@value #LOCK_WAIT_SECONDS} s for another transaction's row lock ({@code innodb_lock_wait_timeout},
 * InnoDB's default is 50 s, longer than the socket timeout): a transaction that waited that long is
 * held up by something that will not end soon, and {@link TransactionRetry} tries it once more at
 * most, so a request never waits minutes for a lock.
 */
public class UtcMariaDbDataSource extends MariaDbDataSource {

    static final String UTC_OPTIONS = "connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&preserveInstants=true";
    static final int CONNECT_TIMEOUT_MILLIS = 3000;
    static final int SOCKET_TIMEOUT_MILLIS = 30000;
    static final int LOCK_WAIT_SECONDS = 10;

    /** The driver's time-zone options (it matches option names case-insensitively). */
    private static final Set<String> TIME_ZONE_OPTIONS =
            Set.of("timezone", "connectiontimezone", "forceconnectiontimezonetosession", "preserveinstants");

    @Override
    public void setUrl(String url) throws SQLException {
        super.setUrl(inUtc(url));
    }

    /** The URL with the UTC options instead of any time-zone option it had, and the default timeouts. */
    static String inUtc(String url) {
        if (url == null) {
            return null;
        }
        int query = url.indexOf('?');
        List<String> options = new ArrayList<>();
        Set<String> named = new java.util.HashSet<>();
        if (query >= 0) {
            for (String option : url.substring(query + 1).split("&")) {
                String name = (option.contains("=") ? option.substring(0, option.indexOf('=')) : option)
                        .trim().toLowerCase(Locale.ROOT);
                named.add(name);
                if (!option.isEmpty() && !TIME_ZONE_OPTIONS.contains(name)) {
                    options.add(option);
                }
            }
        }
        if (!named.contains("connecttimeout")) {
            options.add("connectTimeout=" + CONNECT_TIMEOUT_MILLIS);
        }
        if (!named.contains("sockettimeout")) {
            options.add("socketTimeout=" + SOCKET_TIMEOUT_MILLIS);
        }
        if (!named.contains("sessionvariables")) {
            options.add("sessionVariables=innodb_lock_wait_timeout=" + LOCK_WAIT_SECONDS);
        }
        options.add(UTC_OPTIONS);
        return (query < 0 ? url : url.substring(0, query)) + "?" + String.join("&", options);
    }
}
