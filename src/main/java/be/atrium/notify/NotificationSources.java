package be.atrium.notify;

import be.atrium.discussion.BoardKind;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceRepository;
import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.meetings.TaskStatus;
import be.atrium.network.Atrium;
import be.atrium.network.MembershipRole;
import be.atrium.organisation.GovernmentLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the fan-out reads of the places an event is about and of the people around them: each
 * method is one query, whatever the number of people it returns, so a fan-out costs a fixed number
 * of statements per event. Reads only; the caller's transaction.
 */
@ApplicationScoped
public class NotificationSources {

    @PersistenceContext
    EntityManager em;

    @Inject
    GuidanceRepository guidance;

    /** A post with its thread and board, as far as notifications need them. */
    public record PostPlace(long postId, String body, long authorId, long threadId, String threadTitle,
                            long threadAuthorId, boolean escalated, long boardId, BoardKind boardKind,
                            GovernmentLevel expertLevel, Long atriumId, Long acceptedPostId) {
    }

    /** A thread with its board (and its opening post, for mentions). */
    public record ThreadPlace(long threadId, String title, long authorId, String openingBody, long boardId,
                              BoardKind boardKind, GovernmentLevel expertLevel, Long atriumId,
                              Long acceptedPostId, Long acceptedAuthorId) {
    }

    public Optional<PostPlace> post(long postId) {
        List<Object[]> rows = em.createQuery("SELECT p.id, p.body, p.author.id, t.id, t.title, t.author.id, ob.id, "
                        + "b.id, b.kind, b.expertLevel, a.id, ap.id FROM Post p JOIN p.thread t JOIN t.board b "
                        + "LEFT JOIN b.atrium a LEFT JOIN t.originBoard ob LEFT JOIN t.acceptedPost ap "
                        + "WHERE p.id = :id", Object[].class)
                .setParameter("id", postId).getResultList();
        return rows.stream().findFirst().map(r -> new PostPlace((Long) r[0], (String) r[1], (Long) r[2], (Long) r[3],
                (String) r[4], (Long) r[5], r[6] != null, (Long) r[7], (BoardKind) r[8], (GovernmentLevel) r[9],
                (Long) r[10], (Long) r[11]));
    }

    public Optional<ThreadPlace> thread(long threadId) {
        List<Object[]> rows = em.createQuery("SELECT t.id, t.title, t.author.id, op.body, b.id, b.kind, b.expertLevel, "
                        + "a.id, ap.id, apa.id FROM DiscussionThread t JOIN t.board b LEFT JOIN b.atrium a "
                        + "LEFT JOIN t.acceptedPost ap LEFT JOIN ap.author apa, Post op "
                        + "WHERE t.id = :id AND op.thread = t AND op.opening = TRUE", Object[].class)
                .setParameter("id", threadId).getResultList();
        return rows.stream().findFirst().map(r -> new ThreadPlace((Long) r[0], (String) r[1], (Long) r[2],
                (String) r[3], (Long) r[4], (BoardKind) r[5], (GovernmentLevel) r[6], (Long) r[7], (Long) r[8],
                (Long) r[9]));
    }

    public List<String> tags(long threadId) {
        return em.createQuery("SELECT tg FROM DiscussionThread t JOIN t.tags tg WHERE t.id = :id", String.class)
                .setParameter("id", threadId).getResultList();
    }

    /** Everyone who wrote in the thread (its author included): they watch it unless they chose otherwise. */
    public Set<Long> participants(long threadId) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT p.author.id FROM Post p WHERE p.thread.id = :id", Long.class)
                .setParameter("id", threadId).getResultList());
    }

    /** A subscription that may concern an event: who, to what, how much. */
    public record Watch(long accountId, SubscriptionTarget target, WatchLevel level) {
    }

    /**
     * The subscriptions to any of these targets (a thread, its board, its Atrium and its tags; or a
     * wiki page; or a guidance series), in one query.
     */
    public List<Watch> watches(Map<SubscriptionTarget, Long> byId, Collection<String> tags) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (Map.Entry<SubscriptionTarget, Long> e : byId.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            where.append(where.length() == 0 ? "" : " OR ").append("(s.targetKind = :k").append(i)
                    .append(" AND s.targetId = :i").append(i).append(")");
            params.put("k" + i, e.getKey());
            params.put("i" + i, e.getValue());
            i++;
        }
        if (tags != null && !tags.isEmpty()) {
            where.append(where.length() == 0 ? "" : " OR ").append("(s.targetKind = :tagKind AND s.targetTag IN :tags)");
            params.put("tagKind", SubscriptionTarget.TAG);
            params.put("tags", new ArrayList<>(tags));
        }
        if (where.length() == 0) {
            return List.of();
        }
        var q = em.createQuery("SELECT s.account.id, s.targetKind, s.level FROM Subscription s WHERE " + where,
                Object[].class);
        params.forEach(q::setParameter);
        return q.getResultList().stream().map(r -> new Watch((Long) r[0], (SubscriptionTarget) r[1], (WatchLevel) r[2]))
                .toList();
    }

    /** Enabled, real accounts (no placeholders of imports) among these ids or user names, by id. */
    public Map<Long, Account> accounts(Collection<Long> ids) {
        Map<Long, Account> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        em.createQuery("SELECT a FROM Account a WHERE a.id IN :ids AND a.enabled = TRUE AND a.placeholder = FALSE",
                        Account.class)
                .setParameter("ids", new ArrayList<>(ids)).getResultList().forEach(a -> found.put(a.getId(), a));
        return found;
    }

    /** The ids of the enabled, real accounts among these (no entities: an audience may be the whole network). */
    public Set<Long> enabled(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT a.id FROM Account a WHERE a.id IN :ids AND a.enabled = TRUE "
                + "AND a.placeholder = FALSE", Long.class).setParameter("ids", new ArrayList<>(ids)).getResultList());
    }

    public List<Long> accountIdsByUsername(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a.id FROM Account a WHERE a.username IN :names", Long.class)
                .setParameter("names", new ArrayList<>(usernames)).getResultList();
    }

    /** The experts of a level: the accounts of its organisations (they watch their expert board). */
    public List<Long> experts(GovernmentLevel level) {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.organisation.level = :level AND a.enabled = TRUE "
                        + "AND a.placeholder = FALSE", Long.class)
                .setParameter("level", level).getResultList();
    }

    /** The roles of these accounts in the Atrium (members only). */
    public Map<Long, MembershipRole> roles(long atriumId, Collection<Long> accountIds) {
        Map<Long, MembershipRole> roles = new HashMap<>();
        if (accountIds.isEmpty()) {
            return roles;
        }
        em.createQuery("SELECT m.account.id, m.role FROM Membership m WHERE m.atrium.id = :atrium "
                        + "AND m.account.id IN :ids", Object[].class)
                .setParameter("atrium", atriumId).setParameter("ids", new ArrayList<>(accountIds)).getResultList()
                .forEach(r -> roles.put((Long) r[0], (MembershipRole) r[1]));
        return roles;
    }

    /** The relationship managers who coach a municipality of the Atrium. */
    public Set<Long> coaches(long atriumId) {
        return new HashSet<>(em.createQuery("SELECT DISTINCT acc.id FROM Account acc JOIN acc.managedMunicipalities mm, "
                        + "Atrium a JOIN a.municipalities m WHERE a.id = :atrium AND mm = m", Long.class)
                .setParameter("atrium", atriumId).getResultList());
    }

    public List<Long> members(long atriumId) {
        return em.createQuery("SELECT m.account.id FROM Membership m WHERE m.atrium.id = :atrium", Long.class)
                .setParameter("atrium", atriumId).getResultList();
    }

    public List<Long> moderators(long atriumId) {
        return em.createQuery("SELECT m.account.id FROM Membership m WHERE m.atrium.id = :atrium AND m.role = :role",
                        Long.class)
                .setParameter("atrium", atriumId).setParameter("role", MembershipRole.MODERATOR).getResultList();
    }

    public List<Long> relationshipManagers() {
        return em.createQuery("SELECT a.id FROM Account a WHERE a.role = :role AND a.enabled = TRUE", Long.class)
                .setParameter("role", Role.RELATIONSHIP_MANAGER).getResultList();
    }

    public Atrium atrium(long id) {
        return em.find(Atrium.class, id);
    }

    /** A meeting's title, Atrium and status. */
    public record MeetingPlace(long id, String title, long atriumId, boolean cancelled) {
    }

    public Optional<MeetingPlace> meeting(long meetingId) {
        return em.createQuery("SELECT m.id, m.title, m.atrium.id, m.status FROM Meeting m WHERE m.id = :id",
                        Object[].class)
                .setParameter("id", meetingId).getResultList().stream().findFirst()
                .map(r -> new MeetingPlace((Long) r[0], (String) r[1], (Long) r[2],
                        r[3] == be.atrium.meetings.MeetingStatus.CANCELLED));
    }

    /** An open task of a meeting: its id and assignee, and whether the assignees gave it themselves. */
    public record OpenTask(long id, long assigneeId, boolean selfAssigned) {
    }

    public List<OpenTask> openTasks(long meetingId) {
        return em.createQuery("SELECT t.id, t.assignee.id, t.createdBy.id FROM MeetingTask t "
                        + "WHERE t.meeting.id = :id AND t.status = :open", Object[].class)
                .setParameter("id", meetingId).setParameter("open", TaskStatus.OPEN).getResultList().stream()
                .map(r -> new OpenTask((Long) r[0], (Long) r[1], r[1].equals(r[2]))).toList();
    }

    /** A wiki page's title and Atrium (null: network-wide). */
    public record WikiPlace(long id, String title, Long atriumId) {
    }

    public Optional<WikiPlace> wikiPage(long id) {
        return em.createQuery("SELECT w.id, w.title, a.id FROM WikiPage w LEFT JOIN w.atrium a WHERE w.id = :id",
                        Object[].class)
                .setParameter("id", id).getResultList().stream().findFirst()
                .map(r -> new WikiPlace((Long) r[0], (String) r[1], (Long) r[2]));
    }

    public Optional<Guidance> guidance(long id) {
        return guidance.find(id);
    }

    /** The accounts in the audience of the guidance, by its own rule (the whole network, levels, Atria). */
    public List<Long> audience(Guidance g) {
        return guidance.audience(g).stream().map(Account::getId).toList();
    }
}
