package be.atrium.notify.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The queries of the mail queue and the mail preferences; the caller's transaction. */
@ApplicationScoped
public class MailRepository {

    @PersistenceContext
    EntityManager em;

    public void add(MailMessage message) {
        em.persist(message);
    }

    public boolean exists(String dedupeKey) {
        return !em.createNamedQuery("MailMessage.byDedupeKey", MailMessage.class).setParameter("key", dedupeKey)
                .setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<MailMessage> find(long id) {
        return Optional.ofNullable(em.find(MailMessage.class, id));
    }

    public Optional<MailMessage> byDedupeKey(String dedupeKey) {
        return em.createNamedQuery("MailMessage.byDedupeKey", MailMessage.class).setParameter("key", dedupeKey)
                .getResultStream().findFirst();
    }

    /**
     * Leases up to {@code limit} due mails to {@code claim} in one statement: queued ones whose
     * time has come, and those a node was sending when its lease ran out. No two claims ever hold
     * the same row (the UPDATE locks what it changes).
     */
    public int claim(String claim, int limit, Instant now, Instant until) {
        Timestamp at = Timestamp.from(now);
        return em.createNativeQuery("UPDATE mail_message SET status = 'SENDING', claimed_by = ?1, claimed_until = ?2 "
                        + "WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= ?3 "
                        + "AND (claimed_until IS NULL OR claimed_until < ?5) ORDER BY next_attempt_at, id LIMIT ?4")
                .setParameter(1, claim).setParameter(2, Timestamp.from(until)).setParameter(3, at)
                .setParameter(4, limit).setParameter(5, at).executeUpdate();
    }

    public List<MailMessage> claimedBy(String claim) {
        return em.createNamedQuery("MailMessage.claimedBy", MailMessage.class).setParameter("claim", claim)
                .getResultList();
    }

    /** How many mails there are of each status (every status, zero when none). */
    public Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus s : MailStatus.values()) {
            counts.put(s, 0L);
        }
        for (Object[] row : em.createNamedQuery("MailMessage.countByStatus", Object[].class).getResultList()) {
            counts.put((MailStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public List<MailMessage> failed(int limit) {
        return em.createNamedQuery("MailMessage.failed", MailMessage.class).setMaxResults(limit).getResultList();
    }

    public Optional<MailPreference> preference(long accountId) {
        return Optional.ofNullable(em.find(MailPreference.class, accountId));
    }

    public boolean accountExists(long accountId) {
        return !em.createNativeQuery("SELECT 1 FROM account WHERE id = ?1").setParameter(1, accountId).getResultList()
                .isEmpty();
    }

    public void add(MailPreference preference) {
        em.persist(preference);
    }

    /**
     * Accounts that can get mail and whose digest of the current period is not made yet: daily ones
     * whose last digest is from before {@code dayStart}, weekly ones before {@code weekStart}
     * (no preference: daily).
     */
    @SuppressWarnings("unchecked")
    public List<Long> dueForDigest(Instant dayStart, Instant weekStart, long afterId, int limit) {
        List<Object> ids = em.createNativeQuery("SELECT a.id FROM account a LEFT JOIN mail_preference p ON p.account_id = a.id "
                        + "WHERE a.id > ?4 AND a.enabled = TRUE AND a.placeholder = FALSE AND a.email IS NOT NULL AND a.email <> '' "
                        + "AND (p.account_id IS NULL OR (p.digest = 'DAILY' AND (p.last_digest_at IS NULL OR p.last_digest_at < ?1)) "
                        + "OR (p.digest = 'WEEKLY' AND (p.last_digest_at IS NULL OR p.last_digest_at < ?2))) "
                        + "ORDER BY a.id LIMIT ?3")
                .setParameter(1, Timestamp.from(dayStart)).setParameter(2, Timestamp.from(weekStart))
                .setParameter(3, limit).setParameter(4, afterId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
