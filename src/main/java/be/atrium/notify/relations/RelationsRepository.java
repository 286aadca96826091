package be.atrium.notify.relations;

import be.atrium.discussion.ThreadKind;
import be.atrium.guidance.GuidanceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of the relationship manager's view, one GROUP BY query per figure and per kind of
 * group (municipality or Atrium), whatever the number of groups: never a query per row.
 */
@ApplicationScoped
public class RelationsRepository {

    /** Questions younger than this are "0-7 days" old. */
    static final Duration WEEK = Duration.ofDays(8);
    /** Questions younger than this (and not of this week) are "8-30 days" old. */
    static final Duration MONTH = Duration.ofDays(31);

    private static final String OPEN = "t.kind = :question AND t.acceptedPost IS NULL AND t.mergedInto IS NULL";
    private static final String BUCKETS = "SUM(CASE WHEN t.createdAt > :week THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN t.createdAt <= :week AND t.createdAt > :month THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN t.createdAt <= :month THEN 1 ELSE 0 END)";

    @PersistenceContext
    EntityManager em;

    /** Open questions by age, per group: [0-7 days, 8-30 days, older]. */
    public Map<Long, long[]> openByAge(Group group, Collection<Long> ids, Instant now) {
        String key = group == Group.MUNICIPALITY ? "t.authorOrganisation.id" : "b.atrium.id";
        TypedQuery<Object[]> query = em.createQuery("SELECT " + key + ", " + BUCKETS
                + " FROM DiscussionThread t JOIN t.board b WHERE " + OPEN + " AND " + key + " IN :ids GROUP BY " + key,
                Object[].class);
        query.setParameter("week", now.minus(WEEK)).setParameter("month", now.minus(MONTH));
        Map<Long, long[]> result = new HashMap<>();
        for (Object[] row : open(query, ids).getResultList()) {
            result.put((Long) row[0], new long[]{number(row[1]), number(row[2]), number(row[3])});
        }
        return result;
    }

    /** Escalated questions without an accepted answer, per group (an Atrium: escalated from its board). */
    public Map<Long, Long> openEscalations(Group group, Collection<Long> ids) {
        String key = group == Group.MUNICIPALITY ? "t.authorOrganisation.id" : "o.atrium.id";
        return counts(open(em.createQuery("SELECT " + key + ", COUNT(t) FROM DiscussionThread t JOIN t.originBoard o "
                + "WHERE " + OPEN + " AND " + key + " IN :ids GROUP BY " + key, Object[].class), ids));
    }

    /** Flags no moderator decided on, per group (a municipality: on posts of its people). */
    public Map<Long, Long> flagsWaiting(Group group, Collection<Long> ids) {
        String key = group == Group.MUNICIPALITY ? "p.authorOrganisation.id" : "b.atrium.id";
        return counts(bind(em.createQuery("SELECT " + key + ", COUNT(f) FROM PostFlag f JOIN f.post p JOIN p.thread t "
                + "JOIN t.board b WHERE f.resolvedAt IS NULL AND " + key + " IN :ids GROUP BY " + key,
                Object[].class), ids));
    }

    /** The latest post of the municipality's people, per municipality. */
    public Map<Long, Instant> lastPostOfMunicipality(Collection<Long> ids) {
        return latest(bind(em.createQuery("SELECT p.authorOrganisation.id, MAX(p.createdAt) FROM Post p "
                + "WHERE p.authorOrganisation.id IN :ids GROUP BY p.authorOrganisation.id", Object[].class), ids));
    }

    /** The latest activity on the Atrium's board, per Atrium. */
    public Map<Long, Instant> lastActivityOfAtrium(Collection<Long> ids) {
        return latest(bind(em.createQuery("SELECT b.atrium.id, MAX(t.lastActivityAt) FROM DiscussionThread t "
                + "JOIN t.board b WHERE b.atrium.id IN :ids GROUP BY b.atrium.id", Object[].class), ids));
    }

    /** How many publications are in force. */
    public long guidanceInForce() {
        return em.createQuery("SELECT COUNT(g) FROM Guidance g WHERE g.status = :published", Long.class)
                .setParameter("published", GuidanceStatus.PUBLISHED).getSingleResult();
    }

    /** Read receipts of guidance in force, per group (a municipality: by its people; an Atrium: by its members). */
    public Map<Long, Long> guidanceRead(Group group, Collection<Long> ids) {
        String jpql = group == Group.MUNICIPALITY
                ? "SELECT a.organisation.id, COUNT(r) FROM GuidanceRead r JOIN r.account a JOIN r.guidance g "
                + "WHERE g.status = :published AND a.organisation.id IN :ids GROUP BY a.organisation.id"
                : "SELECT m.atrium.id, COUNT(r) FROM GuidanceRead r JOIN r.guidance g, Membership m "
                + "WHERE m.account = r.account AND g.status = :published AND m.atrium.id IN :ids GROUP BY m.atrium.id";
        return counts(bind(em.createQuery(jpql, Object[].class), ids).setParameter("published", GuidanceStatus.PUBLISHED));
    }

    /** The accounts that may log in, per municipality. */
    public Map<Long, Long> people(Collection<Long> municipalityIds) {
        return counts(bind(em.createQuery("SELECT a.organisation.id, COUNT(a) FROM Account a WHERE a.enabled = TRUE "
                + "AND a.placeholder = FALSE AND a.organisation.id IN :ids GROUP BY a.organisation.id", Object[].class),
                municipalityIds));
    }

    /** Pairs of (Atrium id, municipality id) for the Atria covering any of these municipalities. */
    public List<long[]> coverage(Collection<Long> municipalityIds) {
        List<long[]> pairs = new ArrayList<>();
        for (Object[] row : bind(em.createQuery("SELECT a.id, m.id FROM Atrium a JOIN a.municipalities m "
                + "WHERE m.id IN :ids", Object[].class), municipalityIds).getResultList()) {
            pairs.add(new long[]{(Long) row[0], (Long) row[1]});
        }
        return pairs;
    }

    private TypedQuery<Object[]> open(TypedQuery<Object[]> query, Collection<Long> ids) {
        return bind(query, ids).setParameter("question", ThreadKind.QUESTION);
    }

    /** Binds {@code :ids}; never an empty list (not valid in an IN). */
    private static TypedQuery<Object[]> bind(TypedQuery<Object[]> query, Collection<Long> ids) {
        return query.setParameter("ids", ids.isEmpty() ? List.of(-1L) : List.copyOf(ids));
    }

    private static Map<Long, Long> counts(TypedQuery<Object[]> query) {
        Map<Long, Long> result = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            result.put((Long) row[0], number(row[1]));
        }
        return result;
    }

    private static Map<Long, Instant> latest(TypedQuery<Object[]> query) {
        Map<Long, Instant> result = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            result.put((Long) row[0], (Instant) row[1]);
        }
        return result;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** Whose figures a query groups by. */
    public enum Group {
        MUNICIPALITY, ATRIUM
    }
}
