package be.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Records content changes in the caller's transaction (see {@link OutboxEvent}). */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String aggregateType, long aggregateId, String eventType) {
        em.persist(new OutboxEvent(clock.instant(), aggregateType, aggregateId, eventType));
    }
}
