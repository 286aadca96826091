package be.atrium.discussion;

import be.atrium.identity.Account;
import be.atrium.platform.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Queries of moderation: flags, the posts of a thread, the boards a thread may go to. */
@ApplicationScoped
public class ModerationRepository {

    @PersistenceContext
    EntityManager em;

    /** Open flags of a board, oldest first, with post, thread, author and reporter in the same query. */
    public List<PostFlag> openFlags(Board board, int limit) {
        return em.createNamedQuery("PostFlag.openOfBoard", PostFlag.class).setParameter("board", board)
                .setMaxResults(limit).getResultList();
    }

    public long countOpenFlags(Board board) {
        return em.createNamedQuery("PostFlag.countOpenOfBoard", Long.class).setParameter("board", board)
                .getSingleResult();
    }

    public boolean hasOpenFlag(Post post, Account reporter) {
        return em.createNamedQuery("PostFlag.countOpenBy", Long.class).setParameter("post", post)
                .setParameter("reporter", reporter).getSingleResult() > 0;
    }

    public List<PostFlag> openFlags(Post post) {
        return em.createNamedQuery("PostFlag.openOfPost", PostFlag.class).setParameter("post", post).getResultList();
    }

    public Optional<PostFlag> flag(long id) {
        return em.createNamedQuery("PostFlag.byId", PostFlag.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** All posts of a thread in order of time (the opening post first), at most {@code limit}. */
    public List<Post> posts(DiscussionThread thread, int limit) {
        return em.createQuery("SELECT p FROM Post p JOIN FETCH p.author WHERE p.thread = :thread "
                        + "ORDER BY p.opening DESC, p.createdAt, p.id", Post.class)
                .setParameter("thread", thread).setMaxResults(limit).getResultList();
    }

    /** Every post of a thread, to move them all in a merge. */
    public List<Post> allPosts(DiscussionThread thread) {
        return em.createQuery("SELECT p FROM Post p WHERE p.thread = :thread", Post.class)
                .setParameter("thread", thread).getResultList();
    }

    /**
     * Open threads on these boards whose title contains the text (any case, typed wildcards taken
     * literally), not the thread itself, the most recently active first: the merge suggestions.
     */
    public List<DiscussionThread> mergeTargets(Collection<Board> boards, DiscussionThread self, String titlePart,
                                               int limit) {
        if (boards.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM DiscussionThread t JOIN FETCH t.board b WHERE b IN :boards "
                        + "AND t.mergedInto IS NULL AND t.id <> :self "
                        + "AND LOWER(t.title) LIKE :like ESCAPE '!' ORDER BY t.lastActivityAt DESC, t.id DESC",
                        DiscussionThread.class)
                .setParameter("boards", boards).setParameter("self", self.getId())
                .setParameter("like", LikePattern.containing(titlePart.toLowerCase(Locale.ROOT)))
                .setMaxResults(limit).getResultList();
    }

    /** The network-wide boards, then the boards of these Atria: two queries. */
    public List<Board> boards(Collection<Long> atriumIds) {
        List<Board> boards = new ArrayList<>(em.createNamedQuery("Board.networkWide", Board.class).getResultList());
        if (!atriumIds.isEmpty()) {
            boards.addAll(em.createQuery("SELECT b FROM Board b JOIN FETCH b.atrium a WHERE a.id IN :atria "
                    + "ORDER BY a.name", Board.class).setParameter("atria", atriumIds).getResultList());
        }
        return boards;
    }
}
