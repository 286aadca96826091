package be.atrium.practice;

import be.atrium.network.Atrium;
import be.atrium.network.Reach;
import be.atrium.organisation.GovernmentLevel;
import be.atrium.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Queries on practice cases. Lists honour the viewer's reach inside the query (cases without an
 * Atrium or in an open Atrium, plus those of the member-only Atria the viewer may see) and load
 * what they show in a fixed number of statements: the page with municipality, province, Atrium
 * and author in one, the count in one, the themes of the whole page in one.
 */
@ApplicationScoped
public class PracticeRepository {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @PersistenceContext
    EntityManager em;

    public Optional<PracticeCase> practice(long id) {
        return em.createQuery("SELECT p FROM PracticeCase p JOIN FETCH p.municipality m LEFT JOIN FETCH m.province "
                        + "LEFT JOIN FETCH p.atrium JOIN FETCH p.author JOIN FETCH p.contact WHERE p.id = :id",
                        PracticeCase.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /**
     * One page of the cases matching the filter: highlighted first, then the newest. The page's ids
     * are found first (a sort over narrow rows, whatever the join order the database picks), then
     * those cases are read with what the list shows: two statements whatever the volume.
     */
    public List<PracticeCase> list(Reach reach, PracticeFilter filter, Atrium atrium, int offset, int limit) {
        TypedQuery<Long> q = em.createQuery("SELECT p.id FROM PracticeCase p JOIN p.municipality m "
                + "LEFT JOIN p.atrium a WHERE " + where(reach, filter, atrium)
                + " ORDER BY p.highlighted DESC, p.createdAt DESC, p.id DESC", Long.class);
        bind(q, reach, filter, atrium);
        List<Long> ids = q.setFirstResult(offset).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PracticeCase> byId = new HashMap<>();
        em.createQuery("SELECT p FROM PracticeCase p JOIN FETCH p.municipality m LEFT JOIN FETCH m.province "
                        + "LEFT JOIN FETCH p.atrium a JOIN FETCH p.author WHERE p.id IN :ids", PracticeCase.class)
                .setParameter("ids", ids).getResultList().forEach(p -> byId.put(p.getId(), p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    public long count(Reach reach, PracticeFilter filter, Atrium atrium) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(p) FROM PracticeCase p JOIN p.municipality m "
                + "LEFT JOIN p.atrium a WHERE " + where(reach, filter, atrium), Long.class);
        bind(q, reach, filter, atrium);
        return q.getSingleResult();
    }

    /** The latest highlighted cases the viewer may read, newest highlight first. */
    public List<PracticeCase> highlighted(Reach reach, int limit) {
        TypedQuery<PracticeCase> q = em.createQuery("SELECT p FROM PracticeCase p JOIN FETCH p.municipality m "
                + "LEFT JOIN FETCH p.atrium a WHERE p.highlighted = true AND " + reachClause(reach)
                + " ORDER BY p.highlightedAt DESC, p.id DESC", PracticeCase.class);
        bindReach(q, reach);
        return q.setMaxResults(limit).getResultList();
    }

    /** The cases linked to a piece of guidance that the viewer may read, highlighted first, then the newest. */
    public List<PracticeCase> forGuidance(Reach reach, long guidanceId, int limit) {
        TypedQuery<PracticeCase> q = em.createQuery("SELECT p FROM PracticeCase p JOIN FETCH p.municipality m "
                + "LEFT JOIN FETCH p.atrium a WHERE p.id IN (SELECT l.id FROM PracticeCase l JOIN l.guidance g "
                + "WHERE g.id = :guidance) AND " + reachClause(reach)
                + " ORDER BY p.highlighted DESC, p.createdAt DESC, p.id DESC", PracticeCase.class)
                .setParameter("guidance", guidanceId);
        bindReach(q, reach);
        return q.setMaxResults(limit).getResultList();
    }

    /** Themes of many cases in one query, by case id, alphabetically. */
    public Map<Long, List<String>> tags(Collection<Long> ids) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (ids.isEmpty()) {
            return tags;
        }
        List<Object[]> rows = em.createQuery("SELECT p.id, t FROM PracticeCase p JOIN p.tags t WHERE p.id IN :ids "
                + "ORDER BY t", Object[].class).setParameter("ids", new ArrayList<>(ids)).getResultList();
        for (Object[] r : rows) {
            tags.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return tags;
    }

    /** The themes used on the cases the reach may read, most used first (for suggestions), at most {@code limit}. */
    public List<String> themes(Reach reach, int limit) {
        Map<String, Long> counted = new LinkedHashMap<>();
        TypedQuery<Object[]> q = em.createQuery("SELECT t, COUNT(p) FROM PracticeCase p LEFT JOIN p.atrium a JOIN p.tags t "
                + "WHERE " + reachClause(reach) + " GROUP BY t ORDER BY COUNT(p) DESC, t", Object[].class);
        bindReach(q, reach);
        for (Object[] r : q.setMaxResults(limit).getResultList()) {
            counted.put((String) r[0], (Long) r[1]);
        }
        return new ArrayList<>(counted.keySet());
    }

    /**
     * Municipalities by exact name (case-insensitive), those that still exist first: a name can
     * live on as a merged municipality next to the new one.
     */
    public List<Organisation> municipalitiesNamed(String name) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.level = :level AND LOWER(o.name) = :name "
                        + "ORDER BY o.id", Organisation.class)
                .setParameter("level", GovernmentLevel.MUNICIPAL)
                .setParameter("name", name.strip().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .sorted(java.util.Comparator.comparing(Organisation::isMerged)).toList();
    }

    public long countInAtrium(Atrium atrium) {
        return em.createQuery("SELECT COUNT(p) FROM PracticeCase p WHERE p.atrium = :atrium", Long.class)
                .setParameter("atrium", atrium).getSingleResult();
    }

    private static String where(Reach reach, PracticeFilter f, Atrium atrium) {
        StringBuilder w = new StringBuilder(reachClause(reach));
        if (f.municipalityId() != null) {
            w.append(" AND m.id = :municipality");
        }
        if (f.provinceId() != null) {
            w.append(" AND m.province.id = :province");
        }
        if (f.tag() != null) {
            w.append(" AND p.id IN (SELECT t.id FROM PracticeCase t JOIN t.tags tag WHERE tag = :tag)");
        }
        if (atrium != null) {
            w.append(" AND a.id = :atrium");
        }
        if (f.highlightedOnly()) {
            w.append(" AND p.highlighted = true");
        }
        if (f.from() != null) {
            w.append(" AND p.createdAt >= :from");
        }
        if (f.to() != null) {
            w.append(" AND p.createdAt < :to");
        }
        return w.toString();
    }

    /** Cases without an Atrium or in an Atrium the reach sees (the rule of {@link Reach}). */
    private static String reachClause(Reach reach) {
        return reach.atriumVisible("a");
    }

    private static void bind(TypedQuery<?> q, Reach reach, PracticeFilter f, Atrium atrium) {
        bindReach(q, reach);
        if (f.municipalityId() != null) {
            q.setParameter("municipality", f.municipalityId());
        }
        if (f.provinceId() != null) {
            q.setParameter("province", f.provinceId());
        }
        if (f.tag() != null) {
            q.setParameter("tag", f.tag());
        }
        if (atrium != null) {
            q.setParameter("atrium", atrium.getId());
        }
        if (f.from() != null) {
            q.setParameter("from", startOf(f.from()));
        }
        if (f.to() != null) {
            q.setParameter("to", startOf(f.to().plusDays(1)));
        }
    }

    private static void bindReach(TypedQuery<?> q, Reach reach) {
        reach.bind(q);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BRUSSELS).toInstant();
    }
}
