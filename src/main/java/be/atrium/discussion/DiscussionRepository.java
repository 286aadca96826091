package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.platform.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.eclipse.persistence.config.QueryHints;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Queries of the discussions. Every list is fetched in a fixed number of statements: the page
 * of rows with what it shows joined in, then one query each for tags, read marks or votes of
 * the whole page. EclipseLink ignores a fetch join through an alias ({@code JOIN FETCH t.board b
 * LEFT JOIN FETCH b.atrium}), so a relation two steps away is fetched with its
 * {@code left-join-fetch} hint instead; Atria are not in the shared cache, so each one left
 * out would cost a statement.
 */
@ApplicationScoped
public class DiscussionRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Board> boardBySlug(String slug) {
        return em.createNamedQuery("Board.bySlug", Board.class).setParameter("slug", slug == null ? "" : slug.strip())
                .getResultStream().findFirst();
    }

    public Optional<Board> boardOf(Atrium atrium) {
        return em.createNamedQuery("Board.ofAtrium", Board.class).setParameter("atrium", atrium)
                .getResultStream().findFirst();
    }

    public List<Board> networkWideBoards() {
        return em.createNamedQuery("Board.networkWide", Board.class).getResultList();
    }

    /**
     * The number of threads (merged ones not counted) of every network-wide board that has any,
     * by board id: one grouped query for all boards.
     */
    public Map<Long, Long> networkWideThreadCounts() {
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT b.id, COUNT(t) FROM DiscussionThread t JOIN t.board b "
                + "WHERE b.atrium IS NULL AND t.mergedInto IS NULL GROUP BY b.id", Object[].class).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    public Optional<DiscussionThread> thread(long id) {
        return em.createQuery("SELECT t FROM DiscussionThread t JOIN FETCH t.board "
                        + "JOIN FETCH t.author LEFT JOIN FETCH t.authorOrganisation WHERE t.id = :id", DiscussionThread.class)
                .setHint(QueryHints.LEFT_FETCH, "t.board.atrium")
                .setParameter("id", id).getResultStream().findFirst();
    }

    public Optional<Post> post(long id) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.thread JOIN FETCH p.author WHERE p.id = :id", Post.class)
                .setHint(QueryHints.FETCH, "p.thread.board")
                .setHint(QueryHints.LEFT_FETCH, "p.thread.board.atrium")
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** One page of a board's threads: pinned first, then by latest activity. */
    public List<DiscussionThread> threads(Board board, ThreadFilter filter, String tag, Account mine, int offset,
                                          int limit) {
        TypedQuery<DiscussionThread> q = em.createQuery("SELECT t FROM DiscussionThread t JOIN FETCH t.author "
                + "LEFT JOIN FETCH t.authorOrganisation LEFT JOIN FETCH t.lastPoster LEFT JOIN FETCH t.originBoard"
                + where(filter, tag, mine) + " ORDER BY t.pinned DESC, t.lastActivityAt DESC, t.id DESC",
                DiscussionThread.class);
        q.setHint(QueryHints.LEFT_FETCH, "t.originBoard.atrium");
        bind(q, board, tag, mine);
        return q.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countThreads(Board board, ThreadFilter filter, String tag, Account mine) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(t) FROM DiscussionThread t" + where(filter, tag, mine),
                Long.class);
        bind(q, board, tag, mine);
        return q.getSingleResult();
    }

    private static String where(ThreadFilter filter, String tag, Account mine) {
        StringBuilder w = new StringBuilder(" WHERE t.board = :board AND t.mergedInto IS NULL");
        switch (filter) {
            case SOLVED -> w.append(" AND t.acceptedPost IS NOT NULL");
            case UNSOLVED -> w.append(" AND t.kind = be.atrium.discussion.ThreadKind.QUESTION AND t.acceptedPost IS NULL");
            case UNANSWERED -> w.append(" AND t.replyCount = 0");
            default -> { }
        }
        if (tag != null) {
            w.append(" AND :tag MEMBER OF t.tags");
        }
        if (mine != null) {
            w.append(" AND t.author = :mine");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, Board board, String tag, Account mine) {
        q.setParameter("board", board);
        if (tag != null) {
            q.setParameter("tag", tag);
        }
        if (mine != null) {
            q.setParameter("mine", mine);
        }
    }

    /** Questions escalated from this board to a higher level, latest activity first. */
    public List<DiscussionThread> escalatedFrom(Board board, int limit) {
        return em.createQuery("SELECT t FROM DiscussionThread t JOIN FETCH t.board JOIN FETCH t.author "
                        + "WHERE t.originBoard = :board AND t.mergedInto IS NULL ORDER BY t.lastActivityAt DESC",
                DiscussionThread.class).setParameter("board", board).setMaxResults(limit).getResultList();
    }

    /** Tags of a board's threads that start with a prefix, most used first. */
    public List<String> boardTags(Board board, String prefix, int limit) {
        return em.createQuery("SELECT tag FROM DiscussionThread t JOIN t.tags tag WHERE t.board = :board "
                        + "AND t.mergedInto IS NULL AND tag LIKE :prefix ESCAPE '!' GROUP BY tag ORDER BY COUNT(t) DESC, tag",
                        String.class).setParameter("board", board)
                .setParameter("prefix", LikePattern.startingWith(prefix))
                .setMaxResults(limit).getResultList();
    }

    /** Tags of many threads in one query. */
    public Map<Long, List<String>> tags(Collection<Long> threadIds) {
        Map<Long, List<String>> tags = new HashMap<>();
        if (threadIds.isEmpty()) {
            return tags;
        }
        List<?> rows = em.createNativeQuery("SELECT thread_id, tag FROM thread_tag WHERE thread_id IN ("
                + placeholders(threadIds) + ") ORDER BY tag").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            tags.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]);
        }
        return tags;
    }

    /** When the viewer last read each of these threads, in one query. */
    public Map<Long, Instant> readMarks(Account viewer, Collection<Long> threadIds) {
        Map<Long, Instant> marks = new HashMap<>();
        if (threadIds.isEmpty()) {
            return marks;
        }
        List<?> rows = em.createNativeQuery("SELECT thread_id, last_read_at FROM thread_read WHERE account_id = ?1 "
                + "AND thread_id IN (" + placeholders(threadIds) + ")").setParameter(1, viewer.getId()).getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            marks.put(((Number) r[0]).longValue(), ((Timestamp) r[1]).toInstant());
        }
        return marks;
    }

    public void markRead(Account viewer, DiscussionThread thread, Long lastPostId, Instant at) {
        em.createNativeQuery("INSERT INTO thread_read (thread_id, account_id, last_read_at, last_post_id) "
                        + "VALUES (?1, ?2, ?3, ?4) ON DUPLICATE KEY UPDATE last_read_at = VALUES(last_read_at), "
                        + "last_post_id = GREATEST(COALESCE(last_post_id, 0), COALESCE(VALUES(last_post_id), 0))")
                .setParameter(1, thread.getId()).setParameter(2, viewer.getId()).setParameter(3, Timestamp.from(at))
                .setParameter(4, lastPostId).executeUpdate();
    }

    /**
     * Marks read, in one statement, every thread whose last activity is not later than
     * {@code upTo}: as if the viewer had opened each of them at that moment.
     */
    public int markAllRead(Account viewer, Instant upTo) {
        return em.createNativeQuery("INSERT INTO thread_read (thread_id, account_id, last_read_at, last_post_id) "
                        + "SELECT t.id, ?1, ?2, (SELECT MAX(p.id) FROM post p WHERE p.thread_id = t.id) "
                        + "FROM discussion_thread t WHERE t.last_activity_at <= ?2 "
                        + "ON DUPLICATE KEY UPDATE last_read_at = GREATEST(last_read_at, VALUES(last_read_at)), "
                        + "last_post_id = GREATEST(COALESCE(last_post_id, 0), COALESCE(VALUES(last_post_id), 0))")
                .setParameter(1, viewer.getId()).setParameter(2, Timestamp.from(upTo)).executeUpdate();
    }

    /** The id of the last post the viewer had seen in a thread (their unread position), if any. */
    public Optional<Long> lastReadPost(Account viewer, DiscussionThread thread) {
        List<?> rows = em.createNativeQuery("SELECT last_post_id FROM thread_read WHERE account_id = ?1 AND thread_id = ?2")
                .setParameter(1, viewer.getId()).setParameter(2, thread.getId()).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** The replies of a thread (not the opening post), in order of time, one page. */
    public List<Post> replies(DiscussionThread thread, int offset, int limit) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.authorOrganisation "
                        + "WHERE p.thread = :thread AND p.opening = FALSE ORDER BY p.createdAt, p.id", Post.class)
                .setParameter("thread", thread).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public Optional<Post> opening(DiscussionThread thread) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author LEFT JOIN FETCH p.authorOrganisation "
                        + "WHERE p.thread = :thread AND p.opening = TRUE", Post.class)
                .setParameter("thread", thread).getResultStream().findFirst();
    }

    public long countReplies(DiscussionThread thread) {
        return em.createQuery("SELECT COUNT(p) FROM Post p WHERE p.thread = :thread AND p.opening = FALSE", Long.class)
                .setParameter("thread", thread).getSingleResult();
    }

    /** Which of these posts the viewer marked helpful, in one query. */
    public Set<Long> votedBy(Account viewer, Collection<Long> postIds) {
        Set<Long> voted = new HashSet<>();
        if (postIds.isEmpty()) {
            return voted;
        }
        for (Object id : em.createNativeQuery("SELECT post_id FROM post_vote WHERE account_id = ?1 AND post_id IN ("
                + placeholders(postIds) + ")").setParameter(1, viewer.getId()).getResultList()) {
            voted.add(((Number) id).longValue());
        }
        return voted;
    }

    /**
     * Counts a reply into its thread: one more reply, and the reply's time and poster as the
     * thread's last activity unless a later reply is already there. One statement on the thread's
     * row, so replies arriving at once are all counted and none waits for a version check: no
     * optimistic lock (the thread's version is for moderators' and askers' changes, which a reply
     * does not touch). It takes the row's lock before anything else of the reply is written, so
     * the post inserted next (whose foreign key reads the thread) never waits behind another
     * reply's lock while holding its own (the deadlock of insert-then-update). The poster is set
     * before the time because MariaDB assigns from left to right.
     *
     * @param openOnly count only into a thread that is neither locked nor merged
     * @return false when no such thread was there to count into
     */
    public boolean countReplies(DiscussionThread thread, int replies, Account poster, Instant at, boolean openOnly) {
        return em.createNativeQuery("UPDATE discussion_thread SET reply_count = reply_count + ?1, "
                        + "last_poster_id = IF(last_activity_at <= ?2, ?3, last_poster_id), "
                        + "last_activity_at = GREATEST(last_activity_at, ?2) WHERE id = ?4"
                        + (openOnly ? " AND locked = FALSE AND merged_into_id IS NULL" : ""))
                .setParameter(1, replies).setParameter(2, Timestamp.from(at)).setParameter(3, poster.getId())
                .setParameter(4, thread.getId()).executeUpdate() == 1;
    }

    /**
     * One more helpful mark in a post's count, in one statement on the post's row (no version
     * check: a vote is nobody's edit of the text). Called before the vote row is written, so the
     * post's row is locked before the vote's foreign key reads it.
     */
    public void countHelpful(Post post) {
        em.createNativeQuery("UPDATE post SET helpful_count = helpful_count + 1 WHERE id = ?1")
                .setParameter(1, post.getId()).executeUpdate();
    }

    /** Records a helpful vote; false when the person had already voted for this post. */
    public boolean vote(Post post, Account voter, Instant at) {
        return em.createNativeQuery("INSERT IGNORE INTO post_vote (post_id, account_id, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, post.getId()).setParameter(2, voter.getId()).setParameter(3, Timestamp.from(at))
                .executeUpdate() == 1;
    }

    public List<PostRevision> revisions(Post post) {
        return em.createNamedQuery("PostRevision.ofPost", PostRevision.class).setParameter("post", post).getResultList();
    }

    /** Unanswered questions on the boards of these Atria, newest first. */
    public List<DiscussionThread> unanswered(Collection<Long> atriumIds, int limit) {
        if (atriumIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM DiscussionThread t JOIN FETCH t.board b JOIN FETCH t.author "
                        + "WHERE b.atrium.id IN :atria AND t.replyCount = 0 AND t.mergedInto IS NULL "
                        + "AND t.kind = be.atrium.discussion.ThreadKind.QUESTION ORDER BY t.createdAt DESC",
                DiscussionThread.class).setHint(QueryHints.LEFT_FETCH, "t.board.atrium")
                .setParameter("atria", atriumIds).setMaxResults(limit).getResultList();
    }

    /**
     * What the reader has not read, by the read state of each thread (as the board's "nieuw"
     * badge): threads on the boards of their Atria that they never opened (and did not start), and
     * threads they opened (in their Atria or on a network-wide board) with replies by others since.
     * Their own posts never count; withdrawn and hidden posts neither. Latest activity first, one
     * statement.
     */
    public List<NewActivity> unreadActivity(Account reader, Collection<Long> atriumIds, int limit) {
        String mine = atriumIds.isEmpty() ? "-1" : placeholders(atriumIds);
        List<?> rows = em.createNativeQuery("SELECT t.id, t.title, b.name, tr.thread_id IS NULL AS never, "
                        + "(SELECT COUNT(*) FROM post p WHERE p.thread_id = t.id AND p.opening = FALSE "
                        + "AND p.author_id <> ?1 AND p.withdrawn_at IS NULL AND p.hidden_at IS NULL "
                        + "AND (tr.last_read_at IS NULL OR p.created_at > tr.last_read_at)) AS fresh, t.last_activity_at "
                        + "FROM discussion_thread t JOIN board b ON b.id = t.board_id "
                        + "LEFT JOIN thread_read tr ON tr.thread_id = t.id AND tr.account_id = ?1 "
                        + "WHERE t.merged_into_id IS NULL "
                        + "AND (b.atrium_id IN (" + mine + ") OR (b.atrium_id IS NULL AND tr.thread_id IS NOT NULL)) "
                        + "AND ((tr.thread_id IS NULL AND t.author_id <> ?1) OR t.last_activity_at > tr.last_read_at) "
                        + "HAVING never OR fresh > 0 ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ?2")
                .setParameter(1, reader.getId()).setParameter(2, limit).getResultList();
        List<NewActivity> found = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            found.add(new NewActivity(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    ((Number) r[3]).intValue() != 0, ((Number) r[4]).longValue(), toInstant(r[5])));
        }
        return found;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        }
        return (Instant) value;
    }

    private static String placeholders(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder();
        for (Long id : ids) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(id.longValue()); // numbers only: safe to inline
        }
        return sb.toString();
    }
}
