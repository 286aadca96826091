package be.atrium.knowledge;

import be.atrium.platform.LikePattern;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.Post;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceStatus;
import be.atrium.network.Atrium;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Queries of the links between threads and knowledge; each list in one statement. */
@ApplicationScoped
public class KnowledgeRepository {

    @PersistenceContext
    EntityManager em;

    /** A wiki link row: the link, the page's title and its Atrium (null: network-wide). */
    public record WikiRow(long linkId, KnowledgeKind kind, Long postId, long pageId, String title, Atrium atrium) {
    }

    /** A thread row for a page: the link, the thread's id, title and state, and the Atrium of its board. */
    public record ThreadRow(long linkId, KnowledgeKind kind, Long postId, long threadId, String title, boolean solved,
                            Atrium atrium) {
    }

    /** A guidance link row: the link and the guidance's id. */
    public record GuidanceRow(long linkId, KnowledgeKind kind, long guidanceId) {
    }

    public Optional<ThreadKnowledge> link(long id) {
        return em.createQuery("SELECT k FROM ThreadKnowledge k JOIN FETCH k.thread WHERE k.id = :id", ThreadKnowledge.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<ThreadKnowledge> link(DiscussionThread thread, KnowledgeTargetType type, long targetId) {
        return em.createQuery("SELECT k FROM ThreadKnowledge k WHERE k.thread = :thread AND k.targetType = :type "
                        + "AND k.targetId = :target", ThreadKnowledge.class)
                .setParameter("thread", thread).setParameter("type", type).setParameter("target", targetId)
                .getResultStream().findFirst();
    }

    /** The wiki pages a thread is linked to, with their Atrium, oldest link first: one query. */
    public List<WikiRow> wikiLinks(DiscussionThread thread) {
        List<Object[]> rows = em.createQuery("SELECT k.id, k.kind, po.id, p.id, p.title, a FROM ThreadKnowledge k "
                        + "LEFT JOIN k.post po, WikiPage p LEFT JOIN p.atrium a WHERE k.thread = :thread "
                        + "AND k.targetType = be.atrium.knowledge.KnowledgeTargetType.WIKI AND p.id = k.targetId "
                        + "ORDER BY k.createdAt, k.id", Object[].class)
                .setParameter("thread", thread).getResultList();
        return rows.stream().map(r -> new WikiRow((Long) r[0], (KnowledgeKind) r[1], (Long) r[2], (Long) r[3],
                (String) r[4], (Atrium) r[5])).toList();
    }

    /** The threads linked to a wiki page, with the Atrium of their board, promoted ones first: one query. */
    public List<ThreadRow> threadsOfPage(long pageId, int limit) {
        List<Object[]> rows = em.createQuery("SELECT k.id, k.kind, po.id, t.id, t.title, ap.id, a "
                        + "FROM ThreadKnowledge k LEFT JOIN k.post po JOIN k.thread t LEFT JOIN t.acceptedPost ap JOIN t.board b "
                        + "LEFT JOIN b.atrium a "
                        + "WHERE k.targetType = be.atrium.knowledge.KnowledgeTargetType.WIKI AND k.targetId = :page "
                        + "ORDER BY k.kind DESC, k.createdAt, k.id", Object[].class)
                .setParameter("page", pageId).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new ThreadRow((Long) r[0], (KnowledgeKind) r[1], (Long) r[2], (Long) r[3],
                (String) r[4], r[5] != null, (Atrium) r[6])).toList();
    }

    /** The other answers of a thread marked helpful (not withdrawn or hidden), the most helpful first. */
    public List<Post> helpfulAnswers(DiscussionThread thread, Post except, int limit) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.authorOrganisation "
                        + "WHERE p.thread = :thread AND p.opening = FALSE AND p.helpfulCount > 0 AND p.withdrawnAt IS NULL "
                        + "AND p.hiddenAt IS NULL AND p.id <> :except ORDER BY p.helpfulCount DESC, p.createdAt, p.id",
                        Post.class)
                .setParameter("thread", thread).setParameter("except", except.getId()).setMaxResults(limit)
                .getResultList();
    }

    /** The guidance a thread is linked to (link rows only), oldest link first: one query. */
    public List<GuidanceRow> guidanceLinks(DiscussionThread thread) {
        List<Object[]> rows = em.createQuery("SELECT k.id, k.kind, k.targetId FROM ThreadKnowledge k WHERE k.thread = :thread "
                        + "AND k.targetType = be.atrium.knowledge.KnowledgeTargetType.GUIDANCE ORDER BY k.createdAt, k.id",
                        Object[].class)
                .setParameter("thread", thread).getResultList();
        return rows.stream().map(r -> new GuidanceRow((Long) r[0], (KnowledgeKind) r[1], (Long) r[2])).toList();
    }

    /**
     * Guidance by id with what its visibility rule reads (audience Atria and levels), in three
     * statements whatever the number.
     */
    public java.util.Map<Long, Guidance> guidance(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return withAudience(em.createQuery("SELECT g FROM Guidance g WHERE g.id IN :ids", Guidance.class)
                .setParameter("ids", new ArrayList<>(ids))).getResultList().stream()
                .collect(Collectors.toMap(Guidance::getId, Function.identity()));
    }

    /** Published guidance whose title contains the text, newest first, with its audience (three statements). */
    public List<Guidance> publishedGuidanceByTitle(String text, int limit) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        String like = LikePattern.containing(t);
        return withAudience(em.createQuery("SELECT g FROM Guidance g WHERE LOWER(g.title) LIKE :like ESCAPE '!' "
                        + "AND g.status = :published ORDER BY g.publishedAt DESC, g.id DESC", Guidance.class)
                .setParameter("like", like).setParameter("published", GuidanceStatus.PUBLISHED))
                .setMaxResults(limit).getResultList();
    }

    private static jakarta.persistence.TypedQuery<Guidance> withAudience(jakarta.persistence.TypedQuery<Guidance> q) {
        return q.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.batch", "g.audienceAtria")
                .setHint("eclipselink.batch", "g.audienceLevels");
    }
}
