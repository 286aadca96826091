package be.atrium.platform.api;

import be.atrium.platform.AtriumDataSource;
import be.atrium.platform.Started;
import be.atrium.platform.cluster.BackgroundWork;
import be.atrium.platform.cluster.Leases;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The table {@code idempotency_key}: which caller sent which key, and the answer the first request
 * got. Each call is its own short statement in auto-commit, outside the request's transactions, so
 * that a concurrent retry sees the claim at once. Rows older than {@link #KEPT} are ignored and
 * pruned hourly.
 */
@ApplicationScoped
public class IdempotencyKeys {

    static final Duration KEPT = Duration.ofHours(24);
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class.getName());
    private static final int DUPLICATE_KEY = 1062;

    @Resource(lookup = AtriumDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    Clock clock;

    @Inject
    BackgroundWork background;

    @Inject
    Leases leases;

    private ScheduledFuture<?> pruning;

    /** A stored first answer. {@code body} is null when it was too large to keep. */
    record Answer(int status, String location, String contentType, byte[] body) {
    }

    /** What a key's row says: claimed now by this request, still in progress, or answered. */
    sealed interface Claim permits Claimed, InProgress, Answered {
    }

    record Claimed(long id) implements Claim {
    }

    record InProgress() implements Claim {
    }

    record Answered(String fingerprint, Answer answer) implements Claim {
    }

    /**
     * Claims {@code key} for {@code caller}: the first request (or the first after the key expired
     * or its earlier request failed) gets {@link Claimed}; a retry gets the state of the first.
     */
    Claim claim(String caller, String key) throws SQLException {
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO idempotency_key (caller, idem_key, "
                        + "fingerprint, created_at, claimed_by) VALUES (?, ?, '', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, caller);
                    insert.setString(2, key);
                    insert.setTimestamp(3, Timestamp.from(now));
                    insert.setString(4, leases.holder());
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        return new Claimed(keys.getLong(1));
                    }
                } catch (SQLException e) {
                    if (e.getErrorCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                }
                Claim existing = existing(c, caller, key, now);
                if (existing != null) {
                    return existing;
                }
                // expired and deleted, or released by a first request that failed: claim it again
            }
            throw new SQLException("Idempotency key kept changing hands: " + key);
        }
    }

    /** The state of a key claimed by another request; null when it is free again. */
    Claim state(String caller, String key) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return existing(c, caller, key, clock.instant());
        }
    }

    private Claim existing(Connection c, String caller, String key, Instant now) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id, fingerprint, status, location, content_type, "
                + "body, created_at, claimed_by FROM idempotency_key WHERE caller = ? AND idem_key = ?")) {
            select.setString(1, caller);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                if (row.getTimestamp("created_at").toInstant().isBefore(now.minus(KEPT))) {
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM idempotency_key WHERE id = ?")) {
                        delete.setLong(1, row.getLong("id"));
                        delete.executeUpdate();
                    }
                    return null;
                }
                int status = row.getInt("status");
                if (row.wasNull()) {
                    String claimant = row.getString("claimed_by");
                    if (claimant != null && !leases.isAlive(claimant)) {
                        // its node died before it answered: the retry runs (if that node had committed
                        // the change before it died, the change is made twice)
                        try (PreparedStatement delete = c.prepareStatement(
                                "DELETE FROM idempotency_key WHERE id = ? AND status IS NULL")) {
                            delete.setLong(1, row.getLong("id"));
                            delete.executeUpdate();
                        }
                        return null;
                    }
                    return new InProgress();
                }
                return new Answered(row.getString("fingerprint"), new Answer(status, row.getString("location"),
                        row.getString("content_type"), row.getBytes("body")));
            }
        }
    }

    /** Keeps the first request's answer (and the fingerprint of that request) for retries. */
    void complete(long id, String fingerprint, Answer answer) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("UPDATE idempotency_key SET fingerprint = ?, status = ?, "
                     + "location = ?, content_type = ?, body = ?, completed_at = ? WHERE id = ?")) {
            update.setString(1, fingerprint);
            update.setInt(2, answer.status());
            update.setString(3, answer.location());
            update.setString(4, answer.contentType());
            update.setBytes(5, answer.body());
            update.setTimestamp(6, Timestamp.from(clock.instant()));
            update.setLong(7, id);
            update.executeUpdate();
        }
    }

    /** The first request failed without a final answer: the key is free for a retry to run. */
    void release(long id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM idempotency_key WHERE id = ? AND status IS NULL")) {
            delete.setLong(1, id);
            delete.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            // the claim stays until it expires; a retry meanwhile is told the request is in progress
            LOG.log(Level.WARNING, "Atrium: could not release idempotency key " + id, e);
        }
    }

    void onStarted(@Observes Started event) {
        pruning = scheduler.scheduleWithFixedDelay(this::prune, 5, 60, TimeUnit.MINUTES);
    }

    /** Deletes expired keys, in batches, on the node doing the background work; returns how many. */
    int prune() {
        int deleted = 0;
        if (!background.isHere()) {
            return deleted;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM idempotency_key WHERE created_at < ? LIMIT 5000")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(KEPT)));
            int batch;
            do {
                batch = delete.executeUpdate();
                deleted += batch;
            } while (batch == 5000);
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Atrium: pruning idempotency keys failed; trying again in an hour", e);
        }
        return deleted;
    }

    @PreDestroy
    void stop() {
        if (pruning != null) {
            pruning.cancel(false);
        }
    }
}
