package be.atrium.wiki;

import be.atrium.network.Atrium;
import be.atrium.network.Reach;
import be.atrium.platform.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Queries of the knowledge base; every list in a fixed number of statements. */
@ApplicationScoped
public class WikiRepository {

    @PersistenceContext
    EntityManager em;

    /** A crumb of the breadcrumbs: an ancestor's id and title. */
    public record Crumb(long id, String title) implements java.io.Serializable {
        public long getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }
    }

    public Optional<WikiPage> page(long id) {
        return em.createQuery("SELECT p FROM WikiPage p LEFT JOIN FETCH p.atrium JOIN FETCH p.updatedBy "
                        + "WHERE p.id = :id", WikiPage.class)
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
        if (keys.isEmpty()) {
            return new HashMap<>();
        }
        Long from = atrium == null ? null : atrium.getId();
        return WikiLinks.targets(from, linkCandidates(from == null ? Set.of() : Set.of(from), keys));
    }

    /**
     * The pages with these title keys that links on pages of the given Atria (and network-wide
     * pages) can reach: network-wide pages and pages of those Atria. One query.
     */
    public List<WikiLinks.Target> linkCandidates(Collection<Long> atriumIds, Collection<String> keys) {
        List<WikiLinks.Target> candidates = new ArrayList<>();
        if (keys.isEmpty()) {
            return candidates;
        }
        TypedQuery<Object[]> q = em.createQuery("SELECT p.titleKey, p.id, a.id FROM WikiPage p LEFT JOIN p.atrium a "
                + "WHERE p.titleKey IN :keys AND (a.id IS NULL"
                + (atriumIds.isEmpty() ? ")" : " OR a.id IN :atria)"), Object[].class)
                .setParameter("keys", new ArrayList<>(keys));
        if (!atriumIds.isEmpty()) {
            q.setParameter("atria", new ArrayList<>(atriumIds));
        }
        for (Object[] row : q.getResultList()) {
            candidates.add(new WikiLinks.Target((String) row[0], (Long) row[1], (Long) row[2]));
        }
        return candidates;
    }

    /**
     * Waits for the turn of a scope (an Atrium, null: network-wide) and keeps it until the
     * transaction ends: a network-wide save locks row 0 of {@code wiki_scope_lock} alone; a save in
     * an Atrium shares row 0 with the other Atria's saves and locks its Atrium's row (made by the
     * first save, in the same statement). Always row 0 first, so turns never wait in a circle.
     */
    public void lockScope(Atrium atrium) {
        if (atrium == null) {
            em.createNativeQuery("SELECT scope_id FROM wiki_scope_lock WHERE scope_id = 0 FOR UPDATE").getResultList();
            return;
        }
        em.createNativeQuery("SELECT scope_id FROM wiki_scope_lock WHERE scope_id = 0 LOCK IN SHARE MODE")
                .getResultList();
        em.createNativeQuery("INSERT INTO wiki_scope_lock (scope_id) VALUES (?) ON DUPLICATE KEY UPDATE scope_id = scope_id")
                .setParameter(1, atrium.getId()).executeUpdate();
    }

    /**
     * Rewrites the link rows of a page: one delete (none for a new page, which has no rows yet) and
     * one insert per 500 linked title keys.
     */
    public void replaceLinks(long pageId, Collection<String> keys, boolean newPage) {
        if (!newPage) {
            em.createNativeQuery("DELETE FROM wiki_link WHERE page_id = ?").setParameter(1, pageId).executeUpdate();
        }
        List<String> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            String values = chunk.stream().map(k -> "(?, ?)").collect(Collectors.joining(", "));
            var insert = em.createNativeQuery("INSERT INTO wiki_link (page_id, target_key) VALUES " + values);
            int n = 1;
            for (String key : chunk) {
                insert.setParameter(n++, pageId);
                insert.setParameter(n++, key);
            }
            insert.executeUpdate();
        }
    }

    /** The title keys a page links to, as recorded at its last save. */
    public List<String> links(long pageId) {
        List<?> rows = em.createNativeQuery("SELECT target_key FROM wiki_link WHERE page_id = ? ORDER BY target_key")
                .setParameter(1, pageId).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    /**
     * The pages with a link to one of these title keys that can reach a page of {@code scope}
     * (null: network-wide, reachable from every page): one indexed lookup in the link table, then
     * the pages with their Atrium.
     */
    public List<WikiPage> linkingPages(Atrium scope, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<String> list = List.copyOf(keys);
        String marks = list.stream().map(k -> "?").collect(Collectors.joining(", "));
        var q = em.createNativeQuery("SELECT DISTINCT l.page_id FROM wiki_link l JOIN wiki_page p ON p.id = l.page_id "
                + "WHERE l.target_key IN (" + marks + ")" + (scope == null ? "" : " AND p.atrium_id = ?"));
        int n = 1;
        for (String key : list) {
            q.setParameter(n++, key);
        }
        if (scope != null) {
            q.setParameter(n, scope.getId());
        }
        List<Long> ids = ((List<?>) q.getResultList()).stream().map(o -> ((Number) o).longValue()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // read as they are now, also a page this transaction had read before its scope's turn
        return em.createQuery("SELECT p FROM WikiPage p LEFT JOIN FETCH p.atrium WHERE p.id IN :ids ORDER BY p.id",
                WikiPage.class).setParameter("ids", ids).setHint(QueryHints.REFRESH, HintValues.TRUE).getResultList();
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
     * Pages whose title key contains {@code keyPart}, by title: those the reach may read, or
     * ({@code editableOnly}) those it may edit: the pages of its own Atria, and the network-wide
     * ones when {@code networkWideEditable}; administrators all. One query.
     */
    public List<WikiPage> findByTitle(String keyPart, Reach reach, boolean editableOnly, boolean networkWideEditable,
                                      int limit) {
        String scope;
        if (!editableOnly) {
            scope = reach.atriumVisible("a");
        } else if (reach.seesEverything()) {
            scope = "1 = 1";
        } else {
            scope = "(" + (networkWideEditable ? "a IS NULL OR " : "") + "a.id IN :own)";
        }
        String like = LikePattern.containing(keyPart);
        TypedQuery<WikiPage> q = em.createQuery("SELECT p FROM WikiPage p LEFT JOIN FETCH p.atrium a "
                + "WHERE p.titleKey LIKE :like ESCAPE '!' AND " + scope + " ORDER BY p.title, p.id", WikiPage.class)
                .setParameter("like", like);
        if (!editableOnly) {
            reach.bind(q);
        } else if (!reach.seesEverything()) {
            q.setParameter("own", reach.atriaParameter());
        }
        return q.setMaxResults(limit).getResultList();
    }

    /**
     * What the list of the knowledge base asks for: the scope ({@code atrium} for
     * {@link WikiScope#ATRIUM}), the reach that decides what the reader sees, and the filters.
     */
    public record ListQuery(WikiScope scope, Atrium atrium, Reach reach, String tag, String text, WikiSort sort) {

        /** The scope as a condition on {@code p} and its LEFT JOINed Atrium {@code a}. */
        String where() {
            return switch (scope) {
                case NETWORK -> "a IS NULL";
                case ATRIUM -> "p.atrium = :atrium";
                case MINE -> "a.id IN :mine";
                case ALL -> reach.atriumVisible("a");
            };
        }

        void bind(TypedQuery<?> q) {
            switch (scope) {
                case ATRIUM -> q.setParameter("atrium", atrium);
                case MINE -> q.setParameter("mine", mine(reach));
                case ALL -> reach.bind(q);
                default -> { }
            }
        }
    }

    /** The Atria the reader is a member of, never empty (an empty IN list is not valid JPQL). */
    static List<Long> mine(Reach reach) {
        List<Long> ids = new ArrayList<>(reach.memberAtria());
        if (ids.isEmpty()) {
            ids.add(-1L);
        }
        return ids;
    }

    /** One page of the list: the rows (without tags and path, see {@link #tags} and {@link #paths}) and the total. */
    public record ListPage(List<WikiListItem> items, long total) {
    }

    /** One page of the list in two statements (the rows with their Atrium, and the count). */
    public ListPage list(ListQuery query, int offset, int limit) {
        StringBuilder where = new StringBuilder(query.where());
        String tag = query.tag() == null || query.tag().isBlank() ? null : query.tag().strip().toLowerCase(Locale.ROOT);
        String text = query.text() == null || query.text().isBlank() ? null : WikiPage.key(query.text());
        if (tag != null) {
            where.append(" AND p.id IN (SELECT t.id FROM WikiPage t JOIN t.tags g WHERE g = :tag)");
        }
        if (text != null) {
            where.append(" AND p.titleKey LIKE :text ESCAPE '!'");
        }
        String order = query.sort() == WikiSort.CHANGED ? "p.updatedAt DESC, p.id DESC" : "p.title, p.id";
        TypedQuery<Object[]> rows = em.createQuery("SELECT p.id, p.title, p.parentId, p.revision, p.updatedAt, "
                + "u.username, u.displayName, a.slug, a.name FROM WikiPage p JOIN p.updatedBy u LEFT JOIN p.atrium a "
                + "WHERE " + where + " ORDER BY " + order, Object[].class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM WikiPage p LEFT JOIN p.atrium a WHERE " + where,
                Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            query.bind(q);
            if (tag != null) {
                q.setParameter("tag", tag);
            }
            if (text != null) {
                q.setParameter("text", LikePattern.containing(text));
            }
        }
        List<WikiListItem> items = new ArrayList<>();
        for (Object[] r : rows.setFirstResult(offset).setMaxResults(limit).getResultList()) {
            items.add(new WikiListItem((Long) r[0], (String) r[1], (Long) r[2], (Integer) r[3], (Instant) r[4],
                    (String) r[5], (String) r[6], (String) r[7], (String) r[8], List.of(), List.of()));
        }
        return new ListPage(items, count.getSingleResult());
    }

    /** The most used tags of the pages of the reader's own Atria, most used first. */
    public List<String> topTagsOfMine(Reach reach, int limit) {
        return em.createQuery("SELECT g, COUNT(p) AS n FROM WikiPage p JOIN p.tags g WHERE p.atrium.id IN :mine "
                        + "GROUP BY g ORDER BY n DESC, g", Object[].class)
                .setParameter("mine", mine(reach)).setMaxResults(limit).getResultList().stream()
                .map(r -> (String) r[0]).toList();
    }

    /**
     * The ancestors of many pages, the root first, by page id: one recursive query, at most
     * {@value WikiPage#MAX_DEPTH} levels each.
     */
    public Map<Long, List<Crumb>> paths(Collection<Long> pageIds) {
        Map<Long, List<Crumb>> paths = new HashMap<>();
        if (pageIds.isEmpty()) {
            return paths;
        }
        List<Long> ids = List.copyOf(pageIds);
        String marks = ids.stream().map(i -> "?").collect(Collectors.joining(", "));
        var q = em.createNativeQuery("WITH RECURSIVE anc (start_id, id, parent_id, title, depth) AS ("
                + "SELECT id, id, parent_id, title, 0 FROM wiki_page WHERE id IN (" + marks + ") "
                + "UNION ALL SELECT a.start_id, p.id, p.parent_id, p.title, a.depth + 1 FROM wiki_page p "
                + "JOIN anc a ON p.id = a.parent_id WHERE a.depth < " + WikiPage.MAX_DEPTH + ") "
                + "SELECT start_id, id, title FROM anc WHERE depth > 0 ORDER BY start_id, depth DESC");
        for (int i = 0; i < ids.size(); i++) {
            q.setParameter(i + 1, ids.get(i));
        }
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            paths.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new Crumb(((Number) r[1]).longValue(), (String) r[2]));
        }
        return paths;
    }

    /** The most used tags of a scope (null: network-wide), most used first. */
    public List<String> topTags(Atrium atrium, int limit) {
        return tagsStartingWith(atrium, "", limit);
    }

    /** The tags of a scope's pages (null: network-wide) that start with {@code prefix}, most used first. */
    public List<String> tagsStartingWith(Atrium atrium, String prefix, int limit) {
        TypedQuery<Object[]> q = em.createQuery("SELECT g, COUNT(p) AS n FROM WikiPage p JOIN p.tags g WHERE "
                + (atrium == null ? "p.atrium IS NULL" : "p.atrium = :atrium") + " AND g LIKE :prefix ESCAPE '!' "
                + "GROUP BY g ORDER BY n DESC, g", Object[].class).setParameter("prefix", LikePattern.startingWith(prefix));
        if (atrium != null) {
            q.setParameter("atrium", atrium);
        }
        return q.setMaxResults(limit).getResultList().stream().map(r -> (String) r[0]).toList();
    }

    /** Ids and titles of the pages of a scope (null: network-wide), by title: for choosing a parent. */
    public List<Crumb> titles(Atrium atrium, int limit) {
        TypedQuery<Object[]> q = em.createQuery("SELECT p.id, p.title FROM WikiPage p WHERE "
                + (atrium == null ? "p.atrium IS NULL" : "p.atrium = :atrium") + " ORDER BY p.title, p.id",
                Object[].class);
        if (atrium != null) {
            q.setParameter("atrium", atrium);
        }
        return q.setMaxResults(limit).getResultList().stream().map(r -> new Crumb((Long) r[0], (String) r[1])).toList();
    }

    /**
     * One page of the history, newest first, without the texts: who, when, why, the title and
     * the length (one more row is read so that the oldest shown can say how much it changed).
     */
    public List<RevisionEntry> history(WikiPage page, int offset, int limit) {
        List<Object[]> rows = em.createQuery("SELECT r.number, r.createdAt, a.username, a.displayName, r.summary, "
                        + "r.restoredFrom, r.title, LENGTH(r.body) FROM WikiRevision r JOIN r.author a "
                        + "WHERE r.page = :page ORDER BY r.number DESC", Object[].class)
                .setParameter("page", page).setFirstResult(offset).setMaxResults(limit + 1).getResultList();
        List<RevisionEntry> entries = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            Object[] r = rows.get(i);
            Object[] before = i + 1 < rows.size() ? rows.get(i + 1) : null;
            int length = ((Number) r[7]).intValue();
            int number = (Integer) r[0];
            Integer sizeChange = null;
            String renamedFrom = null;
            if (before != null) {
                sizeChange = length - ((Number) before[7]).intValue();
                renamedFrom = before[6].equals(r[6]) ? null : (String) before[6];
            } else if (number == 1) {
                sizeChange = length;
            }
            entries.add(new RevisionEntry(number, (Instant) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (Integer) r[5], (String) r[6], renamedFrom, length, sizeChange, number == page.getRevision()));
        }
        return entries;
    }

    public long countInAtrium(Atrium atrium) {
        return em.createQuery("SELECT COUNT(p) FROM WikiPage p WHERE p.atrium = :atrium", Long.class)
                .setParameter("atrium", atrium).getSingleResult();
    }
}
