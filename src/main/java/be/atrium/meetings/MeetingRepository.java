package be.atrium.meetings;

import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Queries of meetings. Each list fetches what it shows in one statement (the Atrium joined in),
 * plus at most one for the reports of the page's meetings.
 */
@ApplicationScoped
public class MeetingRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Meeting> find(long id) {
        return em.createNamedQuery("Meeting.find", Meeting.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** The invitations of a meeting with their accounts, by name. */
    public List<Invitation> invitations(Meeting meeting) {
        return em.createQuery("SELECT i FROM Invitation i JOIN FETCH i.account a WHERE i.meeting = :meeting "
                + "ORDER BY a.displayName, a.username", Invitation.class).setParameter("meeting", meeting).getResultList();
    }

    public Optional<Invitation> invitation(Meeting meeting, Account account) {
        return em.createQuery("SELECT i FROM Invitation i WHERE i.meeting = :meeting AND i.account.id = :account",
                        Invitation.class).setParameter("meeting", meeting).setParameter("account", account.getId())
                .getResultStream().findFirst();
    }

    /** The tasks of a meeting with their assignees: open first, then by due day. */
    public List<MeetingTask> tasks(Meeting meeting) {
        return em.createQuery("SELECT t FROM MeetingTask t JOIN FETCH t.assignee WHERE t.meeting = :meeting "
                + "ORDER BY t.status DESC, t.due, t.id", MeetingTask.class).setParameter("meeting", meeting).getResultList();
    }

    public Optional<MeetingTask> task(long id) {
        return em.createQuery("SELECT t FROM MeetingTask t JOIN FETCH t.meeting m JOIN FETCH t.assignee WHERE t.id = :id",
                MeetingTask.class).setParameter("id", id).getResultStream().findFirst();
    }

    /** Whether the account was asked to write the report of the meeting (a task of that kind, open or done). */
    public boolean isReportWriter(Meeting meeting, Account account) {
        return em.createQuery("SELECT COUNT(t) FROM MeetingTask t WHERE t.meeting = :meeting AND t.kind = :kind "
                        + "AND t.assignee.id = :account", Long.class).setParameter("meeting", meeting)
                .setParameter("kind", TaskKind.WRITE_REPORT).setParameter("account", account.getId())
                .getSingleResult() > 0;
    }

    public Optional<MeetingReport> report(Meeting meeting) {
        return em.createQuery("SELECT r FROM MeetingReport r JOIN FETCH r.author WHERE r.meeting = :meeting",
                MeetingReport.class).setParameter("meeting", meeting).getResultStream().findFirst();
    }

    /** Ids of those of the meetings that have a report, in one statement. */
    public Set<Long> withReport(Collection<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT r.meeting.id FROM MeetingReport r WHERE r.meeting IN :meetings",
                Long.class).setParameter("meetings", meetings).getResultList());
    }

    /** Meetings of an Atrium not over yet at {@code now}, soonest first. */
    public List<Meeting> upcoming(Atrium atrium, Instant now, int offset, int limit) {
        return em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.atrium WHERE m.atrium = :atrium AND m.endsAt > :now "
                        + "ORDER BY m.startsAt, m.id", Meeting.class).setParameter("atrium", atrium).setParameter("now", now)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Meetings of an Atrium over at {@code now}, latest first. */
    public List<Meeting> past(Atrium atrium, Instant now, int offset, int limit) {
        return em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.atrium WHERE m.atrium = :atrium AND m.endsAt <= :now "
                        + "ORDER BY m.startsAt DESC, m.id DESC", Meeting.class).setParameter("atrium", atrium)
                .setParameter("now", now).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(Atrium atrium, Instant now, boolean upcoming) {
        return em.createQuery("SELECT COUNT(m) FROM Meeting m WHERE m.atrium = :atrium AND m.endsAt "
                        + (upcoming ? ">" : "<=") + " :now", Long.class).setParameter("atrium", atrium)
                .setParameter("now", now).getSingleResult();
    }

    /** Meetings of the given Atria that overlap [from, to), by start: calendars and feeds. */
    public List<Meeting> between(Collection<Long> atriumIds, Instant from, Instant to, int limit) {
        if (atriumIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.atrium a WHERE a.id IN :atria AND m.endsAt > :from "
                        + "AND m.startsAt < :to ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("atria", atriumIds).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
    }

    /** Planned meetings of the given Atria not over yet, soonest first (the home page). */
    public List<Meeting> upcomingIn(Collection<Long> atriumIds, Instant now, int limit) {
        if (atriumIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT m FROM Meeting m JOIN FETCH m.atrium a WHERE a.id IN :atria AND m.endsAt > :now "
                        + "AND m.status = :planned ORDER BY m.startsAt, m.id", Meeting.class)
                .setParameter("atria", atriumIds).setParameter("now", now)
                .setParameter("planned", MeetingStatus.PLANNED).setMaxResults(limit).getResultList();
    }

    /** The open tasks assigned to an account in the given Atria, by due day (none last). */
    public List<MeetingTask> openTasksOf(Account account, Collection<Long> atriumIds, int limit) {
        if (atriumIds.isEmpty()) {
            return List.of();
        }
        // EclipseLink ignores a fetch join through an alias: the Atrium comes with the hint
        return em.createQuery("SELECT t FROM MeetingTask t JOIN FETCH t.meeting m "
                        + "WHERE t.assignee.id = :account AND t.status = :open AND m.atrium.id IN :atria AND m.status = :planned "
                        + "ORDER BY CASE WHEN t.due IS NULL THEN 1 ELSE 0 END, t.due, m.startsAt, t.id", MeetingTask.class)
                .setHint("eclipselink.left-join-fetch", "t.meeting.atrium")
                .setParameter("account", account.getId()).setParameter("open", TaskStatus.OPEN)
                .setParameter("atria", atriumIds).setParameter("planned", MeetingStatus.PLANNED)
                .setMaxResults(limit).getResultList();
    }

    /** The open tasks of every meeting of the given Atria (a relationship manager's overview), by due day. */
    public List<MeetingTask> openTasksIn(Collection<Long> atriumIds, int limit) {
        if (atriumIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT t FROM MeetingTask t JOIN FETCH t.meeting m JOIN FETCH t.assignee "
                        + "WHERE t.status = :open AND m.atrium.id IN :atria AND m.status = :planned "
                        + "ORDER BY CASE WHEN t.due IS NULL THEN 1 ELSE 0 END, t.due, t.id", MeetingTask.class)
                .setHint("eclipselink.left-join-fetch", "t.meeting.atrium")
                .setParameter("open", TaskStatus.OPEN).setParameter("atria", atriumIds)
                .setParameter("planned", MeetingStatus.PLANNED).setMaxResults(limit).getResultList();
    }

    public long countIn(Atrium atrium) {
        return em.createQuery("SELECT COUNT(m) FROM Meeting m WHERE m.atrium = :atrium", Long.class)
                .setParameter("atrium", atrium).getSingleResult();
    }

    public Optional<CalendarFeed> feed(Account account) {
        return Optional.ofNullable(em.find(CalendarFeed.class, account.getId()));
    }

    public Optional<CalendarFeed> feedByHash(String hash) {
        return em.createQuery("SELECT f FROM CalendarFeed f JOIN FETCH f.account WHERE f.tokenHash = :hash",
                CalendarFeed.class).setParameter("hash", hash).getResultStream().findFirst();
    }
}
