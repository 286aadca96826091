package be.atrium.home;

import be.atrium.discussion.ThreadKind;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceService;
import be.atrium.identity.Account;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person contributed, as a colleague finds it on their person page: questions, answers
 * (accepted ones first), knowledge-base pages, practice cases and published guidance. Each list
 * is one bounded statement, filtered inside the query by the viewer's reach (guidance by its own
 * audience rules, through the guidance service), so nobody learns of a thread or page in an
 * Atrium they may not see.
 */
@ApplicationScoped
@Transactional
public class PersonContributions {

    @PersistenceContext
    EntityManager em;

    @Inject
    Reaches reaches;

    @Inject
    GuidanceService guidance;

    /** The person's questions, latest activity first. */
    public List<Contribution> questions(Account viewer, Account person, int limit) {
        Reach reach = reaches.of(viewer);
        TypedQuery<Object[]> q = em.createQuery("SELECT t.id, t.title, b.name, t.createdAt FROM DiscussionThread t "
                + "JOIN t.board b LEFT JOIN b.atrium a WHERE t.author.id = :person AND t.kind = :question "
                + "AND t.mergedInto IS NULL AND " + reach.atriumVisible("a")
                + " ORDER BY t.lastActivityAt DESC, t.id DESC", Object[].class);
        reach.bind(q);
        List<Contribution> rows = new ArrayList<>();
        for (Object[] r : q.setParameter("person", person.getId()).setParameter("question", ThreadKind.QUESTION)
                .setMaxResults(limit).getResultList()) {
            rows.add(new Contribution((String) r[1], (String) r[2], (Instant) r[3], "/discussion/thread",
                    (Long) r[0], null, false));
        }
        return rows;
    }

    /** The person's answers to questions: the accepted ones first, then the newest. */
    public List<Contribution> answers(Account viewer, Account person, int limit) {
        Reach reach = reaches.of(viewer);
        TypedQuery<Object[]> q = em.createQuery("SELECT p.id, t.id, t.title, b.name, p.createdAt, "
                + "CASE WHEN ap.id = p.id THEN 1 ELSE 0 END FROM Post p JOIN p.thread t JOIN t.board b "
                + "LEFT JOIN b.atrium a LEFT JOIN t.acceptedPost ap WHERE p.author.id = :person AND p.opening = FALSE "
                + "AND p.withdrawnAt IS NULL AND p.hiddenAt IS NULL AND t.kind = :question AND t.mergedInto IS NULL AND "
                + reach.atriumVisible("a")
                + " ORDER BY CASE WHEN ap.id = p.id THEN 0 ELSE 1 END, p.createdAt DESC, p.id DESC", Object[].class);
        reach.bind(q);
        List<Contribution> rows = new ArrayList<>();
        for (Object[] r : q.setParameter("person", person.getId()).setParameter("question", ThreadKind.QUESTION)
                .setMaxResults(limit).getResultList()) {
            rows.add(new Contribution((String) r[2], (String) r[3], (Instant) r[4], "/discussion/thread",
                    (Long) r[1], "post-" + r[0], ((Number) r[5]).intValue() == 1));
        }
        return rows;
    }

    /** Knowledge-base pages the person started, last changed first. */
    public List<Contribution> wikiPages(Account viewer, Account person, int limit) {
        Reach reach = reaches.of(viewer);
        TypedQuery<Object[]> q = em.createQuery("SELECT p.id, p.title, a.name, p.updatedAt FROM WikiPage p "
                + "LEFT JOIN p.atrium a WHERE p.createdBy.id = :person AND " + reach.atriumVisible("a")
                + " ORDER BY p.updatedAt DESC, p.id DESC", Object[].class);
        reach.bind(q);
        List<Contribution> rows = new ArrayList<>();
        for (Object[] r : q.setParameter("person", person.getId()).setMaxResults(limit).getResultList()) {
            rows.add(new Contribution((String) r[1], (String) r[2], (Instant) r[3], "/wiki/page", (Long) r[0], null,
                    false));
        }
        return rows;
    }

    /** Practice cases the person shared, newest first. */
    public List<Contribution> practiceCases(Account viewer, Account person, int limit) {
        Reach reach = reaches.of(viewer);
        TypedQuery<Object[]> q = em.createQuery("SELECT p.id, p.title, a.name, p.createdAt FROM PracticeCase p "
                + "LEFT JOIN p.atrium a WHERE p.author.id = :person AND " + reach.atriumVisible("a")
                + " ORDER BY p.createdAt DESC, p.id DESC", Object[].class);
        reach.bind(q);
        List<Contribution> rows = new ArrayList<>();
        for (Object[] r : q.setParameter("person", person.getId()).setMaxResults(limit).getResultList()) {
            rows.add(new Contribution((String) r[1], (String) r[2], (Instant) r[3], "/practice/case", (Long) r[0],
                    null, false));
        }
        return rows;
    }

    /** Guidance the person wrote that is published and that the viewer may read, newest first. */
    public List<Contribution> guidance(Account viewer, Account person, int limit) {
        List<Contribution> rows = new ArrayList<>();
        for (Guidance g : guidance.publishedBy(viewer, person, limit)) {
            rows.add(new Contribution(g.getTitle(), g.getOrganisation() == null ? null : g.getOrganisation().getName(),
                    g.getPublishedAt(), "/guidance/guidance", g.getId(), null, false));
        }
        return rows;
    }
}
