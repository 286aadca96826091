package be.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** Records administration and moderation actions in the caller's transaction. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }

    public List<AuditEntry> latest(int offset, int limit) {
        return em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
