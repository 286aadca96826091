package be.atrium.platform;

import be.atrium.platform.web.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Records administration, moderation and security actions in the caller's transaction, with the
 * client address of the request that made them ({@link ClientAddress}, the trusted-proxy rule).
 */
@ApplicationScoped
public class AuditLog {

    /** The actor of what nobody signed in did (a failed login). */
    public static final String ANONYMOUS = "-";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    /** An action of the current request; its client address is taken from the request, if there is one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail, currentAddress()));
    }

    /** An action whose client address the caller knows (login, where the request may not be at hand). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordFrom(String address, String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail, address));
    }

    public List<AuditEntry> latest(int offset, int limit) {
        return em.createNamedQuery("AuditEntry.latest", AuditEntry.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** The client address of the current HTTP request; null outside one (start-up, background work). */
    private String currentAddress() {
        try {
            return clientAddress.of(request);
        } catch (RuntimeException noRequest) {
            return null;
        }
    }
}
