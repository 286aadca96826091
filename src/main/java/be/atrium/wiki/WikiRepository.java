package be.atrium.wiki;

import be.atrium.network.Atrium;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries of the knowledge base; every list in a fixed number of statements. */
@ApplicationScoped
public class WikiRepository {

    @PersistenceContext
    EntityManager em;

    /** A crumb of the breadcrumbs: an ancestor's id and title. */
    public record Crumb(long id, String title) {
        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }
    }

    public Optional<WikiPage> page(long id) {
        return em.createQuery("SELECT p FROM WikiPage p LEFT JOIN FETCH p.atrium WHERE p.id = :id", WikiPage.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** The pages of an Atrium (null: network-wide), by title, at most {@code limit}. */
    public List<WikiPage> pages(Atrium atrium, int limit) {
        TypedQuery<WikiPage> q = em.createQuery(atrium == null
                ? "SELECT p FROM WikiPage p WHERE p.atrium IS NULL ORDER BY p.title, p.id"
                : "SELECT p FROM WikiPage p JOIN FETCH p.atrium WHERE p.atrium = :atrium ORDER BY p.title, p.id",
                WikiPage.class);
        if (atrium != null) {
            q.setParameter("atrium", atrium);
        }
        return q.setMaxResults(limit).getResultList();
    }

    public List<WikiPage> children(WikiPage page, int limit) {
        return em.createQuery("SELECT p FROM WikiPage p LEFT JOIN FETCH p.atrium WHERE p.parentId = :id "
                        + "ORDER BY p.title, p.id", WikiPage.class)
                .setParameter("id", page.getId()).setMaxResults(limit).getResultList();
    }

    /** Whether a page other than {@code except} has this title key in the same scope. */
    public boolean titleTaken(Atrium atrium, String titleKey, Long except) {
        TypedQuery<Long> q = em.createQuery("SELECT p.id FROM WikiPage p WHERE p.titleKey = :key AND "
                + (atrium == null ? "p.atrium IS NULL" : "p.atrium = :atrium")
                + (except == null ? "" : " AND p.id <> :except"), Long.class).setParameter("key", titleKey);
        if (atrium != null) {
            q.setParameter("atrium", atrium);
        }
        if (except != null) {
            q.setParameter("except", except);
        }
        return !q.setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The pages that {@code [[links]]} with these title keys reach from a page of {@code atrium}:
     * its own pages first, then network-wide ones. One query.
     */
    public Map<String, Long> linkTargets(Atrium atrium, Collection<String> keys) {
        Map<String, Long> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        TypedQuery<Object[]> q = em.createQuery("SELECT p.titleKey, p.id, a.id FROM WikiPage p LEFT JOIN p.atrium a "
                + "WHERE p.titleKey IN :keys AND (a.id IS NULL"
                + (atrium == null ? ")" : " OR a.id = :atrium)"), Object[].class)
                .setParameter("keys", new ArrayList<>(keys));
        if (atrium != null) {
            q.setParameter("atrium", atrium.getId());
        }
        List<Object[]> rows = q.getResultList();
        for (Object[] row : rows) {
            String key = (String) row[0];
            Long id = (Long) row[1];
            boolean own = row[2] != null;
            if (own || !found.containsKey(key)) {
                found.put(key, id);
            }
        }
        return found;
    }

    /** The ancestors of a page, the root first: one recursive query, at most {@value WikiPage#MAX_DEPTH} levels. */
    public List<Crumb> ancestors(WikiPage page) {
        List<?> rows = em.createNativeQuery("WITH RECURSIVE anc (id, parent_id, title, depth) AS ("
                        + "SELECT id, parent_id, title, 0 FROM wiki_page WHERE id = ? "
                        + "UNION ALL SELECT p.id, p.parent_id, p.title, a.depth + 1 FROM wiki_page p "
                        + "JOIN anc a ON p.id = a.parent_id WHERE a.depth < " + WikiPage.MAX_DEPTH + ") "
                        + "SELECT id, title FROM anc WHERE depth > 0 ORDER BY depth DESC")
                .setParameter(1, page.getId()).getResultList();
        List<Crumb> crumbs = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            crumbs.add(new Crumb(((Number) r[0]).longValue(), (String) r[1]));
        }
        return crumbs;
    }

    public List<WikiRevision> revisions(WikiPage page) {
        return em.createQuery("SELECT r FROM WikiRevision r JOIN FETCH r.author WHERE r.page = :page "
                + "ORDER BY r.number DESC", WikiRevision.class).setParameter("page", page).getResultList();
    }

    public Optional<WikiRevision> revision(WikiPage page, int number) {
        return em.createQuery("SELECT r FROM WikiRevision r JOIN FETCH r.author WHERE r.page = :page "
                        + "AND r.number = :no", WikiRevision.class)
                .setParameter("page", page).setParameter("no", number).getResultStream().findFirst();
    }

    /** Tags of many pages in one query, by page id. */
    public Map<Long, List<String>> tags(Collection<Long> pageIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (pageIds.isEmpty()) {
            return tags;
        }
        List<Object[]> rows = em.createQuery("SELECT p.id, t FROM WikiPage p JOIN p.tags t WHERE p.id IN :ids ORDER BY t",
                Object[].class).setParameter("ids", new ArrayList<>(pageIds)).getResultList();
        for (Object[] r : rows) {
            tags.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return tags;
    }

    /**
     * Pages whose title key contains {@code keyPart}, by title: all of them ({@code everything}),
     * or the network-wide ones (when {@code networkWide}), those of open Atria (when
     * {@code openAtria}) and those of the Atria listed. One query.
     */
    public List<WikiPage> findByTitle(String keyPart, boolean everything, boolean networkWide, boolean openAtria,
                                      Collection<Long> atriumIds, int limit) {
        List<String> scope = new ArrayList<>();
        if (!everything) {
            if (networkWide) {
                scope.add("a IS NULL");
            }
            if (openAtria) {
                scope.add("(a IS NOT NULL AND a.membersOnly = FALSE)");
            }
            if (!atriumIds.isEmpty()) {
                scope.add("a.id IN :ids");
            }
            if (scope.isEmpty()) {
                return List.of();
            }
        }
        String like = "%" + keyPart.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        TypedQuery<WikiPage> q = em.createQuery("SELECT p FROM WikiPage p LEFT JOIN FETCH p.atrium a "
                + "WHERE p.titleKey LIKE :like ESCAPE '!'" + (scope.isEmpty() ? "" : " AND (" + String.join(" OR ", scope) + ")")
                + " ORDER BY p.title, p.id", WikiPage.class).setParameter("like", like);
        if (!everything && !atriumIds.isEmpty()) {
            q.setParameter("ids", new ArrayList<>(atriumIds));
        }
        return q.setMaxResults(limit).getResultList();
    }
}
