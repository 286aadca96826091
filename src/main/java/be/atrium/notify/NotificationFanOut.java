package be.atrium.notify;

import be.atrium.discussion.BoardKind;
import be.atrium.discussion.DiscussionChanges;
import be.atrium.guidance.Guidance;
import be.atrium.guidance.GuidanceChanges;
import be.atrium.identity.Account;
import be.atrium.meetings.MeetingChanges;
import be.atrium.network.Atrium;
import be.atrium.network.MembershipRole;
import be.atrium.network.Reach;
import be.atrium.platform.outbox.ChangeType;
import be.atrium.platform.outbox.OutboxEvent;
import be.atrium.wiki.WikiChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Turns outbox events into notifications, one transaction per batch of events: who is concerned
 * (the asker, those who watch the thread, board, Atrium or tag, the people named, the assignee of a
 * task, the members of the Atrium of a meeting, the audience of guidance, the moderators of a
 * flagged post, the experts of a board), minus the one who acted, minus anyone who may not see the
 * place (the reach model decides; never someone outside a member-only Atrium), one notification per
 * person and event. A fixed number of queries per event, whatever the number of recipients; the
 * notifications of a batch are written with multi-row inserts.
 * <p>
 * Idempotent: every notification has a source key (the event and the kind; for a task, the task),
 * unique per recipient, so a batch handed again stores nothing twice and fires nothing twice. For
 * each stored notification {@link NotificationCreated} is fired in the same transaction.
 */
@ApplicationScoped
@Transactional
public class NotificationFanOut {

    private static final int INSERT_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    NotificationSources sources;

    @Inject
    Event<NotificationCreated> created;

    /** A notification about to be stored. */
    record Pending(long recipientId, NotificationKind kind, String title, String path, Long actorId, String sourceKey,
                   Instant at) {
    }

    /** Handles a batch of events; returns the number of notifications stored. */
    public int handle(List<OutboxEvent> events) {
        List<Pending> pending = new ArrayList<>();
        for (OutboxEvent e : events) {
            pending.addAll(plan(e));
        }
        return store(pending);
    }

    /** What each change means for notifications; other changes notify nobody. */
    private final Map<ChangeType, Function<OutboxEvent, List<Pending>>> plans = Map.ofEntries(
            Map.entry(DiscussionChanges.POST_CREATED, this::reply),
            Map.entry(DiscussionChanges.THREAD_CREATED, this::newThread),
            Map.entry(DiscussionChanges.THREAD_SOLVED, this::solved),
            Map.entry(DiscussionChanges.THREAD_ESCALATED, this::escalated),
            Map.entry(DiscussionChanges.POST_FLAGGED, this::flagged),
            Map.entry(MeetingChanges.MEETING_CREATED, e -> meeting(e, NotificationKind.MEETING_PLANNED)),
            Map.entry(MeetingChanges.MEETING_EDITED, e -> meeting(e, NotificationKind.MEETING_CHANGED)),
            Map.entry(MeetingChanges.MEETING_CANCELLED, e -> meeting(e, NotificationKind.MEETING_CANCELLED)),
            Map.entry(MeetingChanges.TASK_ADDED, this::tasks),
            Map.entry(MeetingChanges.TASK_CHANGED, this::tasks),
            Map.entry(GuidanceChanges.GUIDANCE_PUBLISHED, this::guidancePublished),
            Map.entry(GuidanceChanges.GUIDANCE_SUPERSEDED, this::guidanceSuperseded),
            Map.entry(WikiChanges.PAGE_EDITED, this::wikiEdited));

    List<Pending> plan(OutboxEvent e) {
        return plans.getOrDefault(e.getType(), x -> List.of()).apply(e);
    }

    // --- discussions

    private List<Pending> reply(OutboxEvent e) {
        var found = sources.post(e.getAggregateId());
        if (found.isEmpty()) {
            return List.of();
        }
        NotificationSources.PostPlace p = found.get();
        Recipients r = new Recipients();
        List<String> tags = sources.tags(p.threadId());
        Watching w = watching(p.threadId(), p.boardId(), p.atriumId(), tags);
        // the board, Atrium and tags: those who chose everything
        w.chose(WatchLevel.EVERYTHING).forEach(id -> r.add(id, NotificationKind.REPLY));
        // the thread: its participants by default, and those who chose to follow it
        for (Long id : sources.participants(p.threadId())) {
            r.add(id, NotificationKind.REPLY);
        }
        w.threadFollowers().forEach(id -> r.add(id, NotificationKind.REPLY));
        r.add(p.threadAuthorId(), p.escalated() ? NotificationKind.ESCALATION_ANSWERED : NotificationKind.ANSWER);
        // who muted the thread hears nothing of it but being named
        w.threadMuted().forEach(r::remove);
        sources.accountIdsByUsername(Mentions.in(p.body())).forEach(id -> r.add(id, NotificationKind.MENTION));
        String path = threadPath(p.threadId(), p.postId());
        return r.visibleIn(p.atriumId(), e, p.threadTitle(), path, key(e));
    }

    private List<Pending> newThread(OutboxEvent e) {
        var found = sources.thread(e.getAggregateId());
        if (found.isEmpty()) {
            return List.of();
        }
        NotificationSources.ThreadPlace t = found.get();
        Recipients r = new Recipients();
        Watching w = watching(null, t.boardId(), t.atriumId(), sources.tags(t.threadId()));
        if (t.boardKind() == BoardKind.EXPERT) {
            experts(t, w, r, NotificationKind.NEW_THREAD);
        }
        w.chose(WatchLevel.EVERYTHING, WatchLevel.NEW_THREADS).forEach(id -> r.add(id, NotificationKind.NEW_THREAD));
        sources.accountIdsByUsername(Mentions.in(t.openingBody())).forEach(id -> r.add(id, NotificationKind.MENTION));
        return r.visibleIn(t.atriumId(), e, t.title(), threadPath(t.threadId(), null), key(e));
    }

    /** The experts of the thread's (expert) board watch it by default, unless they silenced the board. */
    private void experts(NotificationSources.ThreadPlace t, Watching w, Recipients r, NotificationKind kind) {
        if (t.expertLevel() == null) {
            return;
        }
        Set<Long> muted = w.boardMuted();
        sources.experts(t.expertLevel()).stream().filter(id -> !muted.contains(id)).forEach(id -> r.add(id, kind));
    }

    private List<Pending> solved(OutboxEvent e) {
        var found = sources.thread(e.getAggregateId());
        if (found.isEmpty() || found.get().acceptedAuthorId() == null) {
            return List.of();
        }
        NotificationSources.ThreadPlace t = found.get();
        Recipients r = new Recipients();
        r.add(t.acceptedAuthorId(), NotificationKind.ANSWER_ACCEPTED);
        return r.visibleIn(t.atriumId(), e, t.title(), threadPath(t.threadId(), t.acceptedPostId()), key(e));
    }

    private List<Pending> escalated(OutboxEvent e) {
        var found = sources.thread(e.getAggregateId());
        if (found.isEmpty()) {
            return List.of();
        }
        NotificationSources.ThreadPlace t = found.get();
        Recipients r = new Recipients();
        Watching w = watching(null, t.boardId(), t.atriumId(), List.of());
        experts(t, w, r, NotificationKind.ESCALATED_TO_BOARD);
        w.chose(WatchLevel.EVERYTHING, WatchLevel.NEW_THREADS)
                .forEach(id -> r.add(id, NotificationKind.ESCALATED_TO_BOARD));
        return r.visibleIn(t.atriumId(), e, t.title(), threadPath(t.threadId(), null), key(e));
    }

    private List<Pending> flagged(OutboxEvent e) {
        var found = sources.post(e.getAggregateId());
        if (found.isEmpty()) {
            return List.of();
        }
        NotificationSources.PostPlace p = found.get();
        Recipients r = new Recipients();
        List<Long> candidates = new ArrayList<>();
        if (p.atriumId() == null) {
            candidates.addAll(sources.relationshipManagers());
        } else {
            candidates.addAll(sources.moderators(p.atriumId()));
            candidates.addAll(sources.coaches(p.atriumId()));
        }
        candidates.forEach(id -> r.add(id, NotificationKind.POST_FLAGGED));
        return r.reaching(p.atriumId(), Reach::canModerate, e, p.threadTitle(), threadPath(p.threadId(), p.postId()),
                key(e));
    }

    // --- meetings

    private List<Pending> meeting(OutboxEvent e, NotificationKind kind) {
        var found = sources.meeting(e.getAggregateId());
        if (found.isEmpty() || kind == NotificationKind.MEETING_CHANGED && found.get().cancelled()) {
            return List.of();
        }
        NotificationSources.MeetingPlace m = found.get();
        Recipients r = new Recipients();
        sources.members(m.atriumId()).forEach(id -> r.add(id, kind));
        atriumMuted(m.atriumId()).forEach(r::remove);
        return r.visibleIn(m.atriumId(), e, m.title(), meetingPath(m.id()), key(e));
    }

    /** Each open task once to its assignee (the key is the task), unless they gave it themselves. */
    private List<Pending> tasks(OutboxEvent e) {
        var found = sources.meeting(e.getAggregateId());
        if (found.isEmpty()) {
            return List.of();
        }
        NotificationSources.MeetingPlace m = found.get();
        List<Pending> all = new ArrayList<>();
        List<NotificationSources.OpenTask> open = sources.openTasks(m.id()).stream().filter(t -> !t.selfAssigned())
                .toList();
        Map<Long, Account> accounts = sources.accounts(open.stream().map(NotificationSources.OpenTask::assigneeId)
                .toList());
        for (NotificationSources.OpenTask t : open) {
            if (accounts.containsKey(t.assigneeId()) && !Long.valueOf(t.assigneeId()).equals(e.getActorId())) {
                all.add(new Pending(t.assigneeId(), NotificationKind.TASK_ASSIGNED, Notification.fitTitle(m.title()),
                        meetingPath(m.id()), e.getActorId(), "task:" + t.id(), e.getCreatedAt()));
            }
        }
        return all;
    }

    // --- guidance and wiki

    private List<Pending> guidancePublished(OutboxEvent e) {
        var found = sources.guidance(e.getAggregateId());
        if (found.isEmpty()) {
            return List.of();
        }
        Guidance g = found.get();
        Recipients r = new Recipients();
        // the audience by guidance's own rule: those are the ones it is for, and who may read it
        sources.audience(g).forEach(id -> r.add(id, NotificationKind.GUIDANCE_PUBLISHED));
        return r.enabled(e, g.getTitle(), guidancePath(g.getId()), key(e));
    }

    private List<Pending> guidanceSuperseded(OutboxEvent e) {
        var found = sources.guidance(e.getAggregateId());
        if (found.isEmpty() || found.get().getSupersededBy() == null) {
            return List.of();
        }
        Guidance newer = found.get().getSupersededBy();
        Set<Long> audience = new HashSet<>(sources.audience(newer));
        Recipients r = new Recipients();
        sources.watches(Map.of(SubscriptionTarget.GUIDANCE_SERIES, e.getAggregateId()), List.of()).stream()
                .filter(w -> w.level() == WatchLevel.EVERYTHING && audience.contains(w.accountId()))
                .forEach(w -> r.add(w.accountId(), NotificationKind.GUIDANCE_SUPERSEDED));
        return r.enabled(e, newer.getTitle(), guidancePath(newer.getId()), key(e));
    }

    private List<Pending> wikiEdited(OutboxEvent e) {
        var found = sources.wikiPage(e.getAggregateId());
        if (found.isEmpty()) {
            return List.of();
        }
        NotificationSources.WikiPlace page = found.get();
        Recipients r = new Recipients();
        sources.watches(Map.of(SubscriptionTarget.WIKI_PAGE, page.id()), List.of()).stream()
                .filter(w -> w.level() == WatchLevel.EVERYTHING)
                .forEach(w -> r.add(w.accountId(), NotificationKind.WIKI_EDITED));
        return r.visibleIn(page.atriumId(), e, page.title(), "/wiki/page.xhtml?id=" + page.id(), key(e));
    }

    // --- subscriptions

    private Watching watching(Long threadId, long boardId, Long atriumId, Collection<String> tags) {
        Map<SubscriptionTarget, Long> targets = new EnumMap<>(SubscriptionTarget.class);
        targets.put(SubscriptionTarget.THREAD, threadId);
        targets.put(SubscriptionTarget.BOARD, boardId);
        targets.put(SubscriptionTarget.ATRIUM, atriumId);
        return new Watching(sources.watches(targets, tags));
    }

    private Set<Long> atriumMuted(long atriumId) {
        Set<Long> muted = new HashSet<>();
        sources.watches(Map.of(SubscriptionTarget.ATRIUM, atriumId), List.of()).stream()
                .filter(w -> w.level() == WatchLevel.NOTHING).forEach(w -> muted.add(w.accountId()));
        return muted;
    }

    /** The subscriptions around one thread (or board), read at once and asked several ways. */
    private record Watching(List<NotificationSources.Watch> all) {

        /** Who chose one of these levels for the board, the Atrium or a tag (and did not mute the board or Atrium). */
        Set<Long> chose(WatchLevel... levels) {
            Set<WatchLevel> wanted = Set.of(levels);
            Set<Long> ids = new HashSet<>();
            for (NotificationSources.Watch w : all) {
                if (w.target() != SubscriptionTarget.THREAD && wanted.contains(w.level())) {
                    ids.add(w.accountId());
                }
            }
            ids.removeAll(boardMuted());
            return ids;
        }

        Set<Long> boardMuted() {
            Set<Long> ids = new HashSet<>();
            for (NotificationSources.Watch w : all) {
                if ((w.target() == SubscriptionTarget.BOARD || w.target() == SubscriptionTarget.ATRIUM)
                        && w.level() == WatchLevel.NOTHING) {
                    ids.add(w.accountId());
                }
            }
            return ids;
        }

        Set<Long> threadFollowers() {
            return thread(WatchLevel.EVERYTHING);
        }

        Set<Long> threadMuted() {
            return thread(WatchLevel.NOTHING);
        }

        private Set<Long> thread(WatchLevel level) {
            Set<Long> ids = new HashSet<>();
            for (NotificationSources.Watch w : all) {
                if (w.target() == SubscriptionTarget.THREAD && w.level() == level) {
                    ids.add(w.accountId());
                }
            }
            return ids;
        }
    }

    /** The people one event concerns, each with the one kind that concerns them most. */
    private final class Recipients {

        private final Map<Long, NotificationKind> kinds = new LinkedHashMap<>();

        void add(long accountId, NotificationKind kind) {
            kinds.merge(accountId, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
        }

        void remove(long accountId) {
            NotificationKind kind = kinds.get(accountId);
            if (kind != null && kind != NotificationKind.MENTION) {
                kinds.remove(accountId);
            }
        }

        /** Those who may see the Atrium (null: network-wide content, every signed-in account). */
        List<Pending> visibleIn(Long atriumId, OutboxEvent e, String title, String path, String key) {
            return reaching(atriumId, Reach::canSee, e, title, path, key);
        }

        /**
         * Those for whom the reach model says yes (may see, may moderate) about the Atrium, decided
         * by {@link Reach} itself with the memberships and coached Atria of all of them read at once.
         */
        List<Pending> reaching(Long atriumId, BiPredicate<Reach, Atrium> rule, OutboxEvent e, String title,
                               String path, String key) {
            drop(e.getActorId());
            Map<Long, Account> accounts = sources.accounts(kinds.keySet());
            Atrium atrium = atriumId == null ? null : sources.atrium(atriumId);
            if (atriumId != null && atrium == null) {
                return List.of();
            }
            Map<Long, MembershipRole> roles = atrium == null ? Map.of() : sources.roles(atriumId, accounts.keySet());
            boolean anyCoach = accounts.values().stream().anyMatch(Account::isRelationshipManager);
            Set<Long> coaches = atrium == null || !anyCoach ? Set.of() : sources.coaches(atriumId);
            List<Pending> out = new ArrayList<>();
            kinds.forEach((id, kind) -> {
                Account a = accounts.get(id);
                if (a == null) {
                    return;
                }
                Map<Long, MembershipRole> membership = atrium == null || !roles.containsKey(id) ? Map.of()
                        : Map.of(atriumId, roles.get(id));
                Set<Long> coached = coaches.contains(id) ? Set.of(atriumId) : Set.of();
                if (rule.test(Reach.of(a, membership, coached), atrium)) {
                    out.add(pending(id, kind, e, title, path, key));
                }
            });
            return out;
        }

        /** Enabled accounts only: the caller has already limited them to who may read the place. */
        List<Pending> enabled(OutboxEvent e, String title, String path, String key) {
            drop(e.getActorId());
            Set<Long> enabled = sources.enabled(kinds.keySet());
            List<Pending> out = new ArrayList<>();
            kinds.forEach((id, kind) -> {
                if (enabled.contains(id)) {
                    out.add(pending(id, kind, e, title, path, key));
                }
            });
            return out;
        }

        private void drop(Long actorId) {
            if (actorId != null) {
                kinds.remove(actorId);
            }
        }

        private Pending pending(long id, NotificationKind kind, OutboxEvent e, String title, String path, String key) {
            return new Pending(id, kind, Notification.fitTitle(title), Notification.requirePath(path), e.getActorId(),
                    key + ":" + kind.name().toLowerCase(java.util.Locale.ROOT), e.getCreatedAt());
        }
    }

    private static String key(OutboxEvent e) {
        return "event:" + e.getId();
    }

    static String threadPath(long threadId, Long postId) {
        return "/discussion/thread.xhtml?id=" + threadId + (postId == null ? "" : "#post-" + postId);
    }

    static String meetingPath(long meetingId) {
        return "/meetings/meeting.xhtml?id=" + meetingId;
    }

    static String guidancePath(long guidanceId) {
        return "/guidance/guidance.xhtml?id=" + guidanceId;
    }

    // --- storing

    /**
     * Stores what is not stored yet (by recipient and source key) with multi-row inserts, then fires
     * {@link NotificationCreated} for each, in this transaction: per {@value #INSERT_BATCH} recipients,
     * one query for what is stored already, one insert and one query for the new ids (all by the
     * unique key of recipient and source key). A concurrent node that stored the same notification
     * first makes the insert fail on that key: the batch is handed again and finds it stored.
     */
    int store(List<Pending> pending) {
        Map<String, Pending> distinct = new LinkedHashMap<>();
        pending.forEach(p -> distinct.putIfAbsent(p.recipientId() + "|" + p.sourceKey(), p));
        int stored = 0;
        for (List<Pending> chunk : chunks(new ArrayList<>(distinct.values()))) {
            Map<String, Long> existing = ids(chunk);
            List<Pending> fresh = chunk.stream().filter(p -> !existing.containsKey(p.recipientId() + "|" + p.sourceKey()))
                    .toList();
            if (fresh.isEmpty()) {
                continue;
            }
            insert(fresh);
            Map<String, Long> ids = ids(fresh);
            for (Pending p : fresh) {
                created.fire(new NotificationCreated(ids.get(p.recipientId() + "|" + p.sourceKey()), p.recipientId(),
                        p.kind().name(), p.title(), p.path(), p.actorId(), p.kind().isDirect()));
            }
            stored += fresh.size();
        }
        return stored;
    }

    /** The ids of those of these notifications that are stored, by "recipient|source key". */
    private Map<String, Long> ids(List<Pending> rows) {
        Set<Long> recipients = new HashSet<>();
        Set<String> keys = new HashSet<>();
        rows.forEach(p -> {
            recipients.add(p.recipientId());
            keys.add(p.sourceKey());
        });
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("SELECT n.id, n.recipient.id, n.sourceKey FROM Notification n "
                        + "WHERE n.recipient.id IN :recipients AND n.sourceKey IN :keys", Object[].class)
                .setParameter("recipients", new ArrayList<>(recipients)).setParameter("keys", new ArrayList<>(keys))
                .getResultList().forEach(r -> ids.put(r[1] + "|" + r[2], (Long) r[0]));
        return ids;
    }

    private void insert(List<Pending> rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO notification (recipient_id, kind, title, path, actor_id, "
                + "source_key, created_at) VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
        }
        var insert = em.createNativeQuery(sql.toString());
        int i = 1;
        for (Pending p : rows) {
            insert.setParameter(i++, p.recipientId()).setParameter(i++, p.kind().name()).setParameter(i++, p.title())
                    .setParameter(i++, p.path()).setParameter(i++, p.actorId()).setParameter(i++, p.sourceKey())
                    .setParameter(i++, Timestamp.from(p.at()));
        }
        insert.executeUpdate();
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += INSERT_BATCH) {
            chunks.add(all.subList(from, Math.min(all.size(), from + INSERT_BATCH)));
        }
        return chunks;
    }
}
