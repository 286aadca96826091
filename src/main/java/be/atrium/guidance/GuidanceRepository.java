package be.atrium.guidance;

import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.Reach;
import be.atrium.organisation.GovernmentLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queries of guidance. Lists fetch a page of rows with the publishing organisation joined in, one
 * count, and one query for the tags of the page: three statements whatever the page size. Who may
 * see what is part of every list query (never filtered afterwards), built from the same rules as
 * {@link Guidance#isVisibleTo}.
 */
@ApplicationScoped
public class GuidanceRepository {

    /** Dates of publication are compared in Belgian time. */
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    @PersistenceContext
    EntityManager em;

    public Optional<Guidance> find(long id) {
        return Optional.ofNullable(em.find(Guidance.class, id));
    }

    /** One page of the guidance the viewer may see, newest first. */
    public List<Guidance> list(Account viewer, Reach reach, GuidanceFilter filter, Atrium atrium, int offset,
                               int limit) {
        Query w = where(viewer, reach, filter, atrium);
        TypedQuery<Guidance> q = em.createQuery("SELECT g FROM Guidance g LEFT JOIN FETCH g.organisation" + w.jpql
                + " ORDER BY g.publishedAt DESC, g.updatedAt DESC, g.id DESC", Guidance.class);
        w.bind(q);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Published guidance that this person wrote, as far as the viewer may see it, newest first. */
    public List<Guidance> publishedBy(Account viewer, Reach reach, long authorId, int limit) {
        Query w = where(viewer, reach, GuidanceFilter.published(), null);
        TypedQuery<Guidance> q = em.createQuery("SELECT g FROM Guidance g LEFT JOIN FETCH g.organisation" + w.jpql
                + " AND g.createdBy.id = :author ORDER BY g.publishedAt DESC, g.id DESC", Guidance.class);
        w.bind(q);
        return q.setParameter("author", authorId).setMaxResults(limit).getResultList();
    }

    public long count(Account viewer, Reach reach, GuidanceFilter filter, Atrium atrium) {
        Query w = where(viewer, reach, filter, atrium);
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(g) FROM Guidance g" + w.jpql, Long.class);
        w.bind(q);
        return q.getSingleResult();
    }

    /**
     * Published guidance whose audience includes the viewer and that the viewer has not marked as
     * read, newest first.
     */
    public List<Guidance> unread(Account viewer, Reach reach, int limit) {
        Map<String, Object> params = new HashMap<>();
        String audience = audience(viewer, reach, params);
        TypedQuery<Guidance> q = em.createQuery("SELECT g FROM Guidance g LEFT JOIN FETCH g.organisation "
                + "WHERE g.status = be.atrium.guidance.GuidanceStatus.PUBLISHED AND (" + audience + ") "
                + "AND NOT EXISTS (SELECT r FROM GuidanceRead r WHERE r.guidance = g AND r.account.id = :viewerId) "
                + "ORDER BY g.publishedAt DESC, g.id DESC", Guidance.class);
        params.put("viewerId", viewer.getId());
        params.forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList();
    }

    /** Published guidance the viewer may see, newest first: candidates to supersede another. */
    public List<Guidance> published(Account viewer, Reach reach, int limit) {
        return list(viewer, reach, GuidanceFilter.published(), null, 0, limit);
    }

    /** Tags of the listed guidance, in one query. */
    public Map<Long, List<String>> tags(Collection<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        List<Object[]> rows = em.createQuery("SELECT g.id, t FROM Guidance g JOIN g.tags t WHERE g.id IN :ids ORDER BY t",
                Object[].class).setParameter("ids", new ArrayList<>(ids)).getResultList();
        for (Object[] r : rows) {
            tags.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return tags;
    }

    public boolean hasRead(Guidance guidance, Account account) {
        return !em.createQuery("SELECT r.id FROM GuidanceRead r WHERE r.guidance = :g AND r.account.id = :a", Long.class)
                .setParameter("g", guidance).setParameter("a", account.getId()).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /**
     * Records a read receipt once: a second mark (also a concurrent one) changes nothing.
     *
     * @return whether this was the first mark
     */
    public boolean markRead(Guidance guidance, Account account, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO guidance_read (guidance_id, account_id, read_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, guidance.getId()).setParameter(2, account.getId())
                .setParameter(3, java.sql.Timestamp.from(at)).executeUpdate() == 1;
    }

    /**
     * The accounts in the audience of the guidance (enabled, not placeholders) with their
     * organisation, ordered by organisation and name.
     */
    public List<Account> audience(Guidance guidance) {
        StringBuilder w = new StringBuilder("a.enabled = TRUE AND a.placeholder = FALSE");
        Map<String, Object> params = new HashMap<>();
        if (!guidance.isAudienceNetwork()) {
            List<String> any = new ArrayList<>();
            if (!guidance.getAudienceLevels().isEmpty()) {
                any.add("o.level IN :levels");
                params.put("levels", new ArrayList<>(guidance.getAudienceLevels()));
            }
            if (!guidance.getAudienceAtria().isEmpty()) {
                any.add("a.id IN (SELECT m.account.id FROM Membership m WHERE m.atrium.id IN :atria)");
                params.put("atria", guidance.getAudienceAtria().stream().map(Atrium::getId).toList());
            }
            w.append(" AND (").append(String.join(" OR ", any)).append(")");
        }
        TypedQuery<Account> q = em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.organisation "
                + "LEFT JOIN a.organisation o WHERE " + w + " ORDER BY o.name, a.displayName", Account.class);
        params.forEach(q::setParameter);
        return q.getResultList();
    }

    /** When each account read the guidance, by account id. */
    public Map<Long, Instant> receipts(Guidance guidance) {
        Map<Long, Instant> reads = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT r.account.id, r.readAt FROM GuidanceRead r WHERE r.guidance = :g",
                Object[].class).setParameter("g", guidance).getResultList()) {
            reads.put((Long) r[0], (Instant) r[1]);
        }
        return reads;
    }

    /**
     * Memberships (Atrium, account id) of the given Atria, or of all Atria when {@code atria} is
     * null; only of the Atria the reach sees (a read report names no Atrium that does not exist
     * for its reader).
     */
    public List<Object[]> memberships(Collection<Long> atria, Reach reach) {
        if (atria != null && atria.isEmpty()) {
            return List.of();
        }
        TypedQuery<Object[]> query = em.createQuery("SELECT m.atrium, m.account.id FROM Membership m JOIN m.atrium a "
                + "WHERE " + reach.atriumVisible("a") + (atria == null ? "" : " AND a.id IN :ids"), Object[].class);
        if (atria != null) {
            query.setParameter("ids", new ArrayList<>(atria));
        }
        reach.bind(query);
        return query.getResultList();
    }

    private Query where(Account viewer, Reach reach, GuidanceFilter filter, Atrium atrium) {
        StringBuilder w = new StringBuilder(" WHERE g.status IN :statuses");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", new ArrayList<>(filter.statuses()));
        if (filter.kind() != null) {
            w.append(" AND g.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.level() != null) {
            w.append(" AND g.level = :level");
            params.put("level", filter.level());
        }
        if (atrium != null) {
            w.append(" AND g.id IN (SELECT g4.id FROM Guidance g4 JOIN g4.audienceAtria a4 WHERE a4 = :atrium)");
            params.put("atrium", atrium);
        }
        if (filter.tag() != null) {
            w.append(" AND :tag MEMBER OF g.tags");
            params.put("tag", filter.tag());
        }
        if (filter.dateField() == GuidanceFilter.DateField.PUBLISHED) {
            if (filter.from() != null) {
                w.append(" AND g.publishedAt >= :from");
                params.put("from", filter.from().atStartOfDay(ZONE).toInstant());
            }
            if (filter.to() != null) {
                w.append(" AND g.publishedAt < :to");
                params.put("to", filter.to().plusDays(1).atStartOfDay(ZONE).toInstant());
            }
        } else {
            if (filter.from() != null) {
                w.append(" AND g.effectiveFrom >= :from");
                params.put("from", filter.from());
            }
            if (filter.to() != null) {
                w.append(" AND g.effectiveFrom <= :to");
                params.put("to", filter.to());
            }
        }
        w.append(visibility(viewer, reach, params));
        return new Query(w.toString(), params);
    }

    /** The rules of {@link Guidance#isVisibleTo} as a condition (empty for administrators). */
    private String visibility(Account viewer, Reach reach, Map<String, Object> params) {
        if (viewer.isAdministrator()) {
            return "";
        }
        List<String> any = new ArrayList<>();
        boolean publisher = viewer.isPublisher() && viewer.getOrganisation() != null;
        if (publisher) {
            any.add("g.organisationId = :viewerOrganisation");
            params.put("viewerOrganisation", viewer.getOrganisation().getId());
        }
        if (viewer.isRelationshipManager()) {
            any.add("g.status <> be.atrium.guidance.GuidanceStatus.DRAFT");
        } else {
            any.add("(g.status <> be.atrium.guidance.GuidanceStatus.DRAFT AND (" + audience(viewer, reach, params) + "))");
        }
        return " AND (" + String.join(" OR ", any) + ")";
    }

    /** The audience includes the viewer: the whole network, a chosen level, or a chosen Atrium the viewer is in (its {@link Reach}). */
    private static String audience(Account viewer, Reach reach, Map<String, Object> params) {
        StringBuilder a = new StringBuilder("g.audienceNetwork = TRUE");
        GovernmentLevel level = viewer.getOrganisation() == null ? null : viewer.getOrganisation().getLevel();
        if (level != null) {
            // subqueries, not MEMBER OF: EclipseLink joins the collection, which an OR cannot survive
            a.append(" OR g.id IN (SELECT g3.id FROM Guidance g3 JOIN g3.audienceLevels l WHERE l = :viewerLevel)");
            params.put("viewerLevel", level);
        }
        if (!reach.memberAtria().isEmpty()) {
            a.append(" OR g.id IN (SELECT g2.id FROM Guidance g2 JOIN g2.audienceAtria aa WHERE aa.id IN :memberOf)");
            params.put("memberOf", new ArrayList<>(reach.memberAtria()));
        }
        return a.toString();
    }

    private record Query(String jpql, Map<String, Object> params) {
        void bind(TypedQuery<?> q) {
            params.forEach(q::setParameter);
        }
    }

    /** Published (or superseded, withdrawn) guidance whose only audience is this Atrium. */
    public long countOnlyFor(Atrium atrium) {
        return em.createQuery("SELECT COUNT(g) FROM Guidance g JOIN g.audienceAtria a WHERE a = :atrium "
                        + "AND g.status <> be.atrium.guidance.GuidanceStatus.DRAFT AND g.audienceNetwork = FALSE "
                        + "AND SIZE(g.audienceLevels) = 0 AND SIZE(g.audienceAtria) = 1", Long.class)
                .setParameter("atrium", atrium).getSingleResult();
    }

    /** The guidance whose audience names this Atrium. */
    public List<Guidance> addressedTo(Atrium atrium) {
        return em.createQuery("SELECT DISTINCT g FROM Guidance g JOIN g.audienceAtria a WHERE a = :atrium", Guidance.class)
                .setParameter("atrium", atrium).getResultList();
    }
}
