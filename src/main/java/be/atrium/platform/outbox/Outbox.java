package be.atrium.platform.outbox;

import be.atrium.platform.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Records content changes in the caller's transaction ({@link OutboxEvent}), so a change and its
 * event commit or roll back together. After the transaction commits, the consumers are nudged
 * ({@link OutboxRelay#nudge}) so they read the new events at once instead of at their next poll.
 */
@ApplicationScoped
public class Outbox {

    private static final String NUDGE_REGISTERED = Outbox.class.getName() + ".nudge";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OutboxRelay relay;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Records a change of the thing {@code aggregateId} of {@code type.aggregate()}, made by the
     * account {@code actorId} (null: the system).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(ChangeType type, long aggregateId, Long actorId) {
        em.persist(new OutboxEvent(clock.instant(), type, aggregateId, actorId));
        nudgeAfterCommit();
    }

    /** A change to record among many. */
    public record Change(ChangeType type, long aggregateId, Long actorId) {
    }

    /** Records many changes with one statement (an import's batch), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO outbox_event (created_at, aggregate_type, aggregate_id, "
                + "event_type, actor_id) VALUES ");
        for (int i = 0; i < changes.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        Timestamp now = Timestamp.from(clock.instant());
        int p = 1;
        for (Change c : changes) {
            insert.setParameter(p++, now).setParameter(p++, c.type().aggregate()).setParameter(p++, c.aggregateId())
                    .setParameter(p++, c.type().action()).setParameter(p++, c.actorId());
        }
        insert.executeUpdate();
        nudgeAfterCommit();
    }

    private void nudgeAfterCommit() {
        AfterCommit.once(transactions, NUDGE_REGISTERED, relay::nudge);
    }
}
