package be.atrium.home;

import be.atrium.discussion.Board;
import be.atrium.discussion.BoardKind;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.ThreadKind;
import be.atrium.identity.Account;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.organisation.GovernmentLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.eclipse.persistence.config.QueryHints;

import java.util.ArrayList;
import java.util.List;

/**
 * The questions of the home page: "Mijn vragen", every question I asked with its state, also
 * once escalated to an expert board (where it used to vanish from my view); and, for officials of
 * a province or the Flemish agency, "Vragen voor mijn niveau": the open questions on the expert
 * boards of their level. One query each, whatever the number of questions; what is shown is
 * filtered by the reach model.
 */
@ApplicationScoped
@Transactional
public class HomeQuestions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Reaches reaches;

    /** My questions, latest activity first, with their state. */
    public List<QuestionItem> mine(Account viewer, int limit) {
        if (viewer == null || viewer.getId() == null) {
            return List.of();
        }
        Reach reach = reaches.of(viewer);
        TypedQuery<DiscussionThread> query = em.createQuery("SELECT t FROM DiscussionThread t "
                + "JOIN FETCH t.board b LEFT JOIN b.atrium a "
                + "WHERE t.author.id = :me AND t.kind = :question AND t.mergedInto IS NULL AND "
                + reach.atriumVisible("a") + " ORDER BY t.lastActivityAt DESC", DiscussionThread.class);
        reach.bind(query);
        // solved or not is shown for each: the accepted answers come with the questions
        return items(query.setParameter("me", viewer.getId()).setHint(QueryHints.LEFT_FETCH, "t.acceptedPost"), reach,
                limit);
    }

    /** The level whose expert boards the viewer answers for; null for municipal officials and those without one. */
    public static GovernmentLevel expertLevel(Account viewer) {
        if (viewer == null || viewer.getOrganisation() == null) {
            return null;
        }
        GovernmentLevel level = viewer.getOrganisation().getLevel();
        return level == GovernmentLevel.MUNICIPAL ? null : level;
    }

    /** Open questions on the expert boards of the viewer's level, newest first. */
    public List<QuestionItem> forMyLevel(Account viewer, int limit) {
        GovernmentLevel level = expertLevel(viewer);
        if (level == null) {
            return List.of();
        }
        Reach reach = reaches.of(viewer);
        TypedQuery<DiscussionThread> query = em.createQuery("SELECT t FROM DiscussionThread t "
                + "JOIN FETCH t.board b LEFT JOIN b.atrium a "
                + "WHERE b.kind = :expert AND b.expertLevel = :level AND t.kind = :question "
                + "AND t.acceptedPost IS NULL AND t.mergedInto IS NULL AND " + reach.atriumVisible("a")
                + " ORDER BY t.createdAt DESC", DiscussionThread.class);
        reach.bind(query);
        return items(query.setParameter("expert", BoardKind.EXPERT).setParameter("level", level), reach, limit);
    }

    private List<QuestionItem> items(TypedQuery<DiscussionThread> query, Reach reach, int limit) {
        query.setParameter("question", ThreadKind.QUESTION).setHint(QueryHints.FETCH, "t.author")
                .setHint(QueryHints.LEFT_FETCH, "t.board.atrium").setHint(QueryHints.LEFT_FETCH, "t.originBoard.atrium")
                .setMaxResults(limit);
        List<QuestionItem> items = new ArrayList<>();
        for (DiscussionThread thread : query.getResultList()) {
            Board origin = thread.getOriginBoard();
            // an Atrium board's name is its Atrium's: named only when the viewer may see that Atrium
            boolean originVisible = origin != null && reach.canSee(origin.getAtrium());
            items.add(new QuestionItem(thread, state(thread), originVisible ? origin.getName() : null));
        }
        return items;
    }

    static QuestionState state(DiscussionThread thread) {
        if (thread.isSolved()) {
            return QuestionState.SOLVED;
        }
        if (thread.getOriginBoard() != null) {
            return QuestionState.ESCALATED;
        }
        return thread.isAnswered() ? QuestionState.ANSWERED : QuestionState.OPEN;
    }
}
