package be.atrium.platform.cluster;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.AtriumDataSource;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Leases on work that one node of a cluster does at a time, kept in the database
 * ({@code cluster_lease}): a node holds a lease until it expires, renews it well before then, and
 * another node takes it once it has expired, so the work moves on when its node dies (also after a
 * {@code kill -9}, which releases nothing). Expiry is measured by the database's clock in the same
 * statement that takes the lease, so the nodes' clocks never need to agree; this node counts its own
 * hold from before it asked, so it always believes it holds a lease for less long than the
 * database does.
 *
 * <p>The holder is the node's name and a mark of this start, so a node that restarts under the same
 * name does not mistake its previous life's lease for its own.
 */
@ApplicationScoped
public class Leases {

    private static final Logger LOG = Logger.getLogger(Leases.class.getName());

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    AtriumConfig config;

    private final String startMark = HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
    /** Lease name to the moment (System.nanoTime) until which this node holds it. */
    private final Map<String, Long> heldUntil = new ConcurrentHashMap<>();

    /** A lease as the database has it. */
    public record Lease(String name, String holder, Instant acquiredAt, Instant expiresAt, boolean current) {

        /** The holder's node name, without the mark of its start. */
        public String node() {
            int mark = holder.lastIndexOf('#');
            return mark < 0 ? holder : holder.substring(0, mark);
        }
    }

    /** This node as a lease holder. */
    public String holder() {
        return config.node() + "#" + startMark;
    }

    /** The lease that says a node (a holder) is alive: renewed by every node while it runs ({@link BackgroundWork}). */
    static String aliveLease(String holder) {
        String name = "node:" + holder;
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }

    /**
     * Whether a holder (as {@link #holder()} named it) is running now: this node, or a node whose
     * life lease has not expired. A node killed without a word counts as gone one lease duration later.
     */
    public boolean isAlive(String holder) {
        return holder().equals(holder) || find(aliveLease(holder)).map(Lease::current).orElse(false);
    }

    /** Deletes life leases of nodes gone for longer than {@code age}: one row per start would pile up. */
    void forgetNodesGoneFor(Duration age) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM cluster_lease WHERE name LIKE 'node:%' "
                     + "AND expires_at < NOW(3) - INTERVAL ? SECOND")) {
            delete.setLong(1, age.toSeconds());
            delete.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Atrium: old node leases not deleted; tried again later", e);
        }
    }

    /**
     * Takes the lease when it is free or expired, or renews it when this node holds it, for
     * {@code duration}. True when this node holds it now; false when another node does or the
     * database cannot be asked (then this node stops counting on it).
     */
    public boolean acquire(String name, Duration duration) {
        long asked = System.nanoTime();
        long micros = duration.toNanos() / 1000;
        try (Connection connection = dataSource.getConnection()) {
            int rows;
            try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO cluster_lease "
                    + "(name, holder, acquired_at, expires_at) VALUES (?, ?, NOW(3), NOW(3) + INTERVAL ? MICROSECOND)")) {
                insert.setString(1, name);
                insert.setString(2, holder());
                insert.setLong(3, micros);
                rows = insert.executeUpdate();
            }
            if (rows == 0) {
                // acquired_at is set before holder: MariaDB assigns left to right, so it still sees the old holder
                try (PreparedStatement update = connection.prepareStatement("UPDATE cluster_lease SET "
                        + "acquired_at = IF(holder = ?, acquired_at, NOW(3)), holder = ?, "
                        + "expires_at = NOW(3) + INTERVAL ? MICROSECOND "
                        + "WHERE name = ? AND (holder = ? OR expires_at < NOW(3))")) {
                    update.setString(1, holder());
                    update.setString(2, holder());
                    update.setLong(3, micros);
                    update.setString(4, name);
                    update.setString(5, holder());
                    rows = update.executeUpdate();
                }
            }
            if (rows > 0) {
                heldUntil.put(name, asked + duration.toNanos());
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Atrium: lease " + name + " could not be asked for", e);
        }
        heldUntil.remove(name);
        return false;
    }

    /** Whether this node holds the lease now (as of its last successful {@link #acquire}). */
    public boolean holds(String name) {
        Long until = heldUntil.get(name);
        return until != null && until - System.nanoTime() > 0;
    }

    /** Gives the lease up at once (a node that stops), so another node need not wait for it to expire. */
    public void release(String name) {
        heldUntil.remove(name);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE cluster_lease SET expires_at = NOW(3) - INTERVAL 1 SECOND WHERE name = ? AND holder = ?")) {
            update.setString(1, name);
            update.setString(2, holder());
            update.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Atrium: lease " + name + " could not be given up; it expires by itself", e);
        }
    }

    /** The lease as the database has it, whether current or expired; empty when never taken or unreadable. */
    public Optional<Lease> find(String name) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT holder, acquired_at, expires_at, "
                     + "expires_at > NOW(3) FROM cluster_lease WHERE name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Lease(name, rows.getString(1), instant(rows.getObject(2, LocalDateTime.class)),
                        instant(rows.getObject(3, LocalDateTime.class)), rows.getBoolean(4)));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Atrium: lease " + name + " could not be read", e);
            return Optional.empty();
        }
    }

    /** DATETIME(3) columns hold UTC. */
    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
