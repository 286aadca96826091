package be.atrium.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's own reads and writes, each in a short transaction of its own: a page of events
 * after a position, the cursors ({@code outbox_cursor}, one per consumer and node) and pruning.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class OutboxStore {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Events with an id above {@code position}, in id order, at most {@code limit}. */
    public List<OutboxEvent> after(long position, int limit) {
        return em.createNamedQuery("OutboxEvent.after", OutboxEvent.class).setParameter("position", position)
                .setMaxResults(limit).getResultList();
    }

    /** The events among these ids that are there now, in id order (holes that filled late). */
    public List<OutboxEvent> withIds(List<Long> ids) {
        return em.createQuery("SELECT e FROM OutboxEvent e WHERE e.id IN :ids ORDER BY e.id", OutboxEvent.class)
                .setParameter("ids", ids).getResultList();
    }

    /** The id of the newest event, 0 when there is none. */
    public long newest() {
        Long max = em.createQuery("SELECT MAX(e.id) FROM OutboxEvent e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /**
     * The id the next event will get (the table's auto-increment, which pruning does not lower):
     * a consumer whose own position is at or beyond it belongs to another (older or newer) database.
     */
    public long nextId() {
        Object next = em.createNativeQuery("SELECT AUTO_INCREMENT FROM information_schema.TABLES "
                + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'outbox_event'").getSingleResult();
        return next == null ? newest() + 1 : Math.max(((Number) next).longValue(), newest() + 1);
    }

    /** The id just below the oldest event still kept, 0 when there is none. */
    public long beforeOldest() {
        Long min = em.createQuery("SELECT MIN(e.id) FROM OutboxEvent e", Long.class).getSingleResult();
        return min == null ? 0 : min - 1;
    }

    public Optional<Long> cursor(String consumer, String node) {
        List<?> rows = em.createNativeQuery("SELECT position FROM outbox_cursor WHERE consumer = ?1 AND node = ?2")
                .setParameter(1, consumer).setParameter(2, node).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** The furthest cursor of a consumer on any node (where a consumer that moves to one cursor for the cluster goes on). */
    public Optional<Long> furthestCursor(String consumer) {
        Object max = em.createNativeQuery("SELECT MAX(position) FROM outbox_cursor WHERE consumer = ?1")
                .setParameter(1, consumer).getSingleResult();
        return max == null ? Optional.empty() : Optional.of(((Number) max).longValue());
    }

    /** Saves a cursor; it only ever moves forward, also when two threads race. */
    public void saveCursor(String consumer, String node, long position) {
        em.createNativeQuery("INSERT INTO outbox_cursor (consumer, node, position, updated_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON DUPLICATE KEY UPDATE position = GREATEST(position, VALUES(position)), "
                        + "updated_at = VALUES(updated_at)")
                .setParameter(1, consumer).setParameter(2, node).setParameter(3, position)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** Puts a cursor where its consumer says it is, also backwards (a rebuilt search index starts over). */
    public void resetCursor(String consumer, String node, long position) {
        em.createNativeQuery("INSERT INTO outbox_cursor (consumer, node, position, updated_at) VALUES (?1, ?2, ?3, ?4) "
                        + "ON DUPLICATE KEY UPDATE position = VALUES(position), updated_at = VALUES(updated_at)")
                .setParameter(1, consumer).setParameter(2, node).setParameter(3, position)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
    }

    /**
     * Deletes (at most {@code batch}) events that every consumer active within {@code activeWithin}
     * has passed and that are older than {@code keepAtLeast}; with no active consumer, those older
     * than {@code keepUnread}. A node that stopped long ago does not hold the outbox back.
     *
     * @return the number of events deleted
     */
    public int prune(Duration activeWithin, Duration keepAtLeast, Duration keepUnread, int batch) {
        Instant now = clock.instant();
        Object min = em.createNativeQuery("SELECT MIN(position) FROM outbox_cursor WHERE updated_at >= ?1")
                .setParameter(1, Timestamp.from(now.minus(activeWithin))).getSingleResult();
        if (min == null) {
            return em.createNativeQuery("DELETE FROM outbox_event WHERE created_at < ?1 ORDER BY id LIMIT " + batch)
                    .setParameter(1, Timestamp.from(now.minus(keepUnread))).executeUpdate();
        }
        return em.createNativeQuery("DELETE FROM outbox_event WHERE id <= ?1 AND created_at < ?2 ORDER BY id LIMIT "
                        + batch)
                .setParameter(1, ((Number) min).longValue()).setParameter(2, Timestamp.from(now.minus(keepAtLeast)))
                .executeUpdate();
    }
}
