package be.atrium.notify;

import be.atrium.guidance.Guidance;
import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The queries of a person's notifications and subscriptions (one or two per screen), and the places they name. */
@ApplicationScoped
public class NotificationRepository {

    @PersistenceContext
    EntityManager em;

    public List<Notification> page(long recipientId, boolean unreadOnly, int offset, int limit) {
        return em.createNamedQuery(unreadOnly ? "Notification.unreadOfRecipient" : "Notification.ofRecipient",
                        Notification.class)
                .setParameter("recipient", recipientId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** All of the recipient's notifications, read or not. */
    public long count(long recipientId) {
        return em.createNamedQuery("Notification.count", Long.class).setParameter("recipient", recipientId)
                .getSingleResult();
    }

    public long unread(long recipientId) {
        return em.createNamedQuery("Notification.countUnread", Long.class).setParameter("recipient", recipientId)
                .getSingleResult();
    }

    /** Marks one read; false when it is not the recipient's (or was read already: see {@link #exists}). */
    public boolean markRead(long recipientId, long id, Instant at) {
        return em.createNamedQuery("Notification.markRead").setParameter("recipient", recipientId)
                .setParameter("id", id).setParameter("at", at).executeUpdate() == 1;
    }

    public boolean exists(long recipientId, long id) {
        return em.createNamedQuery("Notification.exists", Long.class).setParameter("recipient", recipientId)
                .setParameter("id", id).getSingleResult() > 0;
    }

    public int markAllRead(long recipientId, Instant at) {
        return em.createNamedQuery("Notification.markAllRead").setParameter("recipient", recipientId)
                .setParameter("at", at).executeUpdate();
    }

    public List<Subscription> subscriptions(long accountId) {
        return em.createNamedQuery("Subscription.ofAccount", Subscription.class).setParameter("account", accountId)
                .getResultList();
    }

    public Optional<Subscription> subscription(long accountId, Subscription.Target target) {
        return em.createNamedQuery("Subscription.find", Subscription.class).setParameter("account", accountId)
                .setParameter("kind", target.kind()).setParameter("targetId", target.id())
                .setParameter("tag", target.tag()).getResultList().stream().findFirst();
    }

    /** Sets the level of a subscription, made if missing; two clicks at once make one row. */
    public void upsert(long accountId, Subscription.Target target, WatchLevel level, Instant at) {
        em.createNativeQuery("INSERT INTO subscription (account_id, target_kind, target_id, target_tag, level, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE level = VALUES(level)")
                .setParameter(1, accountId).setParameter(2, target.kind().name()).setParameter(3, target.id())
                .setParameter(4, target.tag()).setParameter(5, level.name()).setParameter(6, Timestamp.from(at))
                .executeUpdate();
    }

    /** Forgets a subscription: the defaults hold again. */
    public void delete(long accountId, Subscription.Target target) {
        em.createQuery("DELETE FROM Subscription s WHERE s.account.id = :account AND s.targetKind = :kind "
                        + "AND s.targetId = :targetId AND s.targetTag = :tag")
                .setParameter("account", accountId).setParameter("kind", target.kind())
                .setParameter("targetId", target.id()).setParameter("tag", target.tag()).executeUpdate();
    }

    /** A thread, board, wiki page or Atrium as a subscription names it: its title, its Atrium (null: network-wide) and a slug (of a board or Atrium). */
    public record Place(long id, String title, Atrium atrium, String slug) {
    }

    /** The places of one kind of target by id, in one query (guidance: see {@link #guidance}). */
    public Map<Long, Place> places(SubscriptionTarget kind, Collection<Long> ids) {
        Map<Long, Place> places = new HashMap<>();
        if (ids.isEmpty()) {
            return places;
        }
        String jpql = switch (kind) {
            case THREAD -> "SELECT t.id, t.title, a, b.slug FROM DiscussionThread t JOIN t.board b LEFT JOIN b.atrium a "
                    + "WHERE t.id IN :ids";
            case BOARD -> "SELECT b.id, b.name, a, b.slug FROM Board b LEFT JOIN b.atrium a WHERE b.id IN :ids";
            case WIKI_PAGE -> "SELECT w.id, w.title, a, w.titleKey FROM WikiPage w LEFT JOIN w.atrium a WHERE w.id IN :ids";
            case ATRIUM -> "SELECT a.id, a.name, a, a.slug FROM Atrium a WHERE a.id IN :ids";
            default -> throw new IllegalArgumentException(kind.name());
        };
        em.createQuery(jpql, Object[].class).setParameter("ids", new ArrayList<>(ids)).getResultList()
                .forEach(r -> places.put((Long) r[0], new Place((Long) r[0], (String) r[1], (Atrium) r[2], (String) r[3])));
        return places;
    }

    public Map<Long, Guidance> guidance(Collection<Long> ids) {
        Map<Long, Guidance> found = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT g FROM Guidance g WHERE g.id IN :ids", Guidance.class)
                    .setParameter("ids", new ArrayList<>(ids)).getResultList().forEach(g -> found.put(g.getId(), g));
        }
        return found;
    }

    /** Whether the account wrote in the thread (its own threads and those it answered are watched by default). */
    public boolean participated(long accountId, long threadId) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.thread.id = :thread AND p.author.id = :account",
                        Long.class)
                .setParameter("thread", threadId).setParameter("account", accountId).getSingleResult() > 0;
    }

    /** Whether the board is an expert board of the account's level (experts watch their board by default). */
    public boolean expertOf(Account account, long boardId) {
        if (account.getOrganisation() == null) {
            return false;
        }
        return em.createQuery("SELECT COUNT(b) FROM Board b WHERE b.id = :board "
                        + "AND b.kind = be.atrium.discussion.BoardKind.EXPERT AND b.expertLevel = :level", Long.class)
                .setParameter("board", boardId).setParameter("level", account.getOrganisation().getLevel())
                .getSingleResult() > 0;
    }

    /** The Atria the account is a member of, by name. */
    public List<Atrium> memberAtria(long accountId) {
        return em.createQuery("SELECT m.atrium FROM Membership m WHERE m.account.id = :account ORDER BY m.atrium.name",
                        Atrium.class)
                .setParameter("account", accountId).getResultList();
    }
}
