package be.atrium.notify;

import be.atrium.discussion.DiscussionService;
import be.atrium.discussion.DiscussionThread;
import be.atrium.discussion.FlagReason;
import be.atrium.discussion.ModerationService;
import be.atrium.discussion.Post;
import be.atrium.discussion.ThreadKind;
import be.atrium.identity.Account;
import be.atrium.identity.AccountRepository;
import be.atrium.identity.AccountService;
import be.atrium.identity.NewAccount;
import be.atrium.identity.Role;
import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingDetails;
import be.atrium.meetings.MeetingService;
import be.atrium.meetings.TaskInput;
import be.atrium.meetings.TaskKind;
import be.atrium.network.AtriumKind;
import be.atrium.network.MembershipRole;
import be.atrium.network.MembershipService;
import be.atrium.network.NetworkService;
import be.atrium.platform.StatementCounter;
import be.atrium.platform.outbox.OutboxEvent;
import be.atrium.platform.outbox.OutboxStore;
import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications made from the outbox against the real MariaDB, as people notice them: who hears of
 * a reply, a mention, a task, a meeting, a flag and an escalation, and who never does (the one who
 * acted, someone outside a member-only Atrium); the same events handed twice notify once; ten
 * replies at once make exactly ten notifications for each watcher; the cost of a fan-out does not
 * grow with the number of recipients. The fan-out runs on the outbox relay's thread: tests wait
 * for the state they expect (Awaitility), never for a time.
 */
@ExtendWith(ArquillianExtension.class)
public class NotificationsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    NotificationService notifications;
    @Inject
    NotificationFanOut fanOut;
    @Inject
    NotificationRecorder recorder;
    @Inject
    DiscussionService discussions;
    @Inject
    ModerationService moderation;
    @Inject
    MeetingService meetings;
    @Inject
    NetworkService network;
    @Inject
    MembershipService memberships;
    @Inject
    AccountService accounts;
    @Inject
    AccountRepository accountRepository;
    @Inject
    OutboxStore outbox;
    @Inject
    TestQueries db;

    @Resource
    ManagedExecutorService executor;

    @Test
    void aReplyTellsTheAskerAndThoseWhoWatchButNeverTheOneWhoReplied() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Hemelwaterput bij verbouwing?",
                "Moet er een put komen?", null, false);
        notifications.watch(f.watcher, Subscription.Target.of(SubscriptionTarget.THREAD, thread.getId()),
                WatchLevel.EVERYTHING);
        Post answer = discussions.answer(f.peer, thread.getId(), "Ja, volgens de GSV.", null);

        Notification toAsker = awaitOne(f.asker);
        assertEquals(NotificationKind.ANSWER, toAsker.getKind());
        assertEquals("Hemelwaterput bij verbouwing?", toAsker.getTitle());
        assertEquals("/discussion/thread.xhtml?id=" + thread.getId() + "#post-" + answer.getId(), toAsker.getPath());
        assertEquals(f.peer.getId(), toAsker.getActor().getId());
        assertFalse(toAsker.isRead());
        assertEquals(NotificationKind.REPLY, awaitOne(f.watcher).getKind());
        assertEquals(List.of(), all(f.peer), "nobody is told of what they did themselves");
        assertEquals(List.of(), all(f.bystander), "a member who watches nothing hears nothing");
        assertEquals(1, notifications.unread(f.asker));
        assertEquals(List.of(toAsker.getId()), notifications.list(f.asker, true, 0, 5).items().stream()
                .map(Notification::getId).toList(), "the unread list shows it");

        NotificationCreated fired = only(recorder.to(f.asker.getId()));
        assertEquals(toAsker.getId(), fired.notificationId());
        assertTrue(fired.direct(), "an answer to my question is mailed at once");
        assertEquals("ANSWER", fired.kind());
        assertFalse(only(recorder.to(f.watcher.getId())).direct(), "a reply in a watched thread waits for the digest");

        // the one who answered watches the thread from now on; the asker who silences it hears no more of it
        notifications.watch(f.asker, Subscription.Target.of(SubscriptionTarget.THREAD, thread.getId()), WatchLevel.NOTHING);
        discussions.answer(f.other, thread.getId(), "Tenzij het dak kleiner is dan 40 m².", null);
        await().atMost(PATIENCE).until(() -> all(f.watcher).size() == 2);
        assertEquals(NotificationKind.REPLY, awaitOne(f.peer).getKind(), "the one who answered before hears of the next");
        assertEquals(1, all(f.asker).size(), "the asker silenced the thread");
        notifications.markRead(f.asker, toAsker.getId());
        assertEquals(List.of(), notifications.list(f.asker, true, 0, 5).items(), "read, it leaves the unread list");
        assertEquals(0, notifications.unread(f.asker));
    }

    @Test
    void aMentionReachesOnlyThoseWhoExistAndMayReadThePlace() {
        Fixture f = new Fixture(true);
        Account outsider = official("out");
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.DISCUSSION, "RUP Stationsomgeving",
                "Wie kent dit dossier?", null, false);
        discussions.answer(f.peer, thread.getId(), "Vraag het @" + f.bystander.getUsername() + " of @"
                + outsider.getUsername() + " of @nobody" + suffix() + " of mezelf, @" + f.peer.getUsername() + ".", null);

        Notification mention = awaitOne(f.bystander);
        assertEquals(NotificationKind.MENTION, mention.getKind());
        assertTrue(only(recorder.to(f.bystander.getId())).direct());
        assertEquals(NotificationKind.ANSWER, awaitOne(f.asker).getKind());
        // the same batch made the bystander's: the outsider's would be there by now
        assertEquals(List.of(), all(outsider), "someone outside a member-only Atrium never hears of it");
        assertEquals(List.of(), recorder.to(outsider.getId()));
        assertEquals(List.of(), all(f.peer), "naming oneself notifies nobody");
    }

    @Test
    void theSameEventsHandedAgainNotifyNobodyTwiceAndCostTheSameWhateverTheNumberOfWatchers() {
        Fixture f = new Fixture(false);
        DiscussionThread few = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Weinig volgers", "Tekst", null, false);
        DiscussionThread many = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Veel volgers", "Tekst", null, false);
        List<Account> watchers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Account w = f.member("w");
            watchers.add(w);
            notifications.watch(w, Subscription.Target.of(SubscriptionTarget.THREAD, many.getId()), WatchLevel.EVERYTHING);
        }
        notifications.watch(watchers.get(0), Subscription.Target.of(SubscriptionTarget.THREAD, few.getId()),
                WatchLevel.EVERYTHING);
        Post onFew = discussions.answer(f.peer, few.getId(), "Antwoord", null);
        Post onMany = discussions.answer(f.peer, many.getId(), "Antwoord", null);
        await().atMost(PATIENCE).until(() -> watchers.stream().allMatch(w -> all(w).size() == (w == watchers.get(0) ? 2 : 1))
                && all(f.asker).size() == 2);
        int firedBefore = recorder.to(f.asker.getId()).size() + recorder.to(watchers.get(0).getId()).size();

        List<OutboxEvent> fewEvents = events("post", onFew.getId());
        List<OutboxEvent> manyEvents = events("post", onMany.getId());
        long before = StatementCounter.current();
        assertEquals(0, fanOut.handle(fewEvents), "handed again, nothing is stored twice");
        long fewStatements = StatementCounter.current() - before;
        before = StatementCounter.current();
        assertEquals(0, fanOut.handle(manyEvents));
        long manyStatements = StatementCounter.current() - before;

        assertEquals(fewStatements, manyStatements, "a fan-out costs as many statements for 2 recipients as for 9");
        assertTrue(manyStatements <= 12, "statements per reply: " + manyStatements);
        assertEquals(2, all(f.asker).size());
        assertEquals(2, all(watchers.get(0)).size());
        assertEquals(firedBefore, recorder.to(f.asker.getId()).size() + recorder.to(watchers.get(0).getId()).size(),
                "nothing is announced twice");
    }

    @Test
    void tenRepliesAtOnceGiveEachWatcherExactlyTen() throws Exception {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Tien antwoorden tegelijk",
                "Wie weet het?", null, false);
        notifications.watch(f.watcher, Subscription.Target.of(SubscriptionTarget.THREAD, thread.getId()),
                WatchLevel.EVERYTHING);
        List<Account> repliers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            repliers.add(f.member("r"));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Post>> replies = new ArrayList<>();
        for (Account r : repliers) {
            replies.add(executor.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return discussions.answer(r, thread.getId(), "Antwoord van " + r.getUsername(), null);
            }));
        }
        start.countDown();
        for (Future<Post> reply : replies) {
            reply.get(60, TimeUnit.SECONDS);
        }

        await().atMost(PATIENCE).until(() -> all(f.asker).size() >= 10 && all(f.watcher).size() >= 10);
        List<Notification> toAsker = all(f.asker);
        assertEquals(10, toAsker.size());
        assertTrue(toAsker.stream().allMatch(n -> n.getKind() == NotificationKind.ANSWER));
        assertEquals(10, new HashSet<>(toAsker.stream().map(n -> n.getActor().getId()).toList()).size(),
                "one for each reply");
        assertEquals(10, all(f.watcher).size());
        assertEquals(10, notifications.unread(f.asker));
        assertEquals(10, recorder.to(f.asker.getId()).size());
    }

    @Test
    void aMeetingIsAnnouncedToTheMembersAndATaskOnceToItsAssignee() {
        Fixture f = new Fixture(false);
        notifications.watch(f.bystander, Subscription.Target.of(SubscriptionTarget.ATRIUM, f.atriumId), WatchLevel.NOTHING);
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofDays(7));
        Meeting meeting = meetings.plan(f.moderator, f.slug, MeetingDetails.parse("Samenkomst water", start.toString(),
                start.plus(Duration.ofHours(2)).toString(), "Gent", null, "- RUP"), List.of());
        Notification planned = awaitOne(f.peer);
        assertEquals(NotificationKind.MEETING_PLANNED, planned.getKind());
        assertEquals("/meetings/meeting.xhtml?id=" + meeting.getId(), planned.getPath());
        assertEquals(List.of(), all(f.moderator), "the organiser is not told of their own meeting");

        meetings.addTask(f.moderator, meeting.getId(), new TaskInput(TaskKind.WRITE_REPORT, f.peer.getUsername(), null, null));
        await().atMost(PATIENCE).until(() -> all(f.peer).size() == 2);
        meetings.addTask(f.moderator, meeting.getId(), new TaskInput(TaskKind.HOST_GROUP, f.other.getUsername(), null, null));
        await().atMost(PATIENCE).until(() -> all(f.other).stream().anyMatch(n -> n.getKind() == NotificationKind.TASK_ASSIGNED));
        assertEquals(1, all(f.peer).stream().filter(n -> n.getKind() == NotificationKind.TASK_ASSIGNED).count(),
                "a task is announced once, not again with every other task");
        assertTrue(recorder.to(f.peer.getId()).stream().anyMatch(e -> e.kind().equals("TASK_ASSIGNED") && e.direct()));
        assertEquals(List.of(), all(f.bystander), "a member who chose nothing of this Atrium hears nothing of it");
    }

    @Test
    void aFlagTellsTheModeratorsAndAnEscalationTheExpertsAndItsAnswerTheAsker() {
        Fixture f = new Fixture(false);
        DiscussionThread thread = discussions.ask(f.asker, f.board, ThreadKind.QUESTION, "Vraag voor de provincie",
                "Hoe lees je artikel 4.4.3 VCRO?", null, false);
        Post reply = discussions.answer(f.peer, thread.getId(), "Over die vergunning van mijn buurman...", null);
        moderation.flag(f.other, reply.getId(), FlagReason.LIVE_PROCEDURE, null);
        Notification flag = await().atMost(PATIENCE).until(() -> all(f.moderator).stream()
                .filter(n -> n.getKind() == NotificationKind.POST_FLAGGED).findFirst(), java.util.Optional::isPresent).get();
        assertEquals("/discussion/thread.xhtml?id=" + thread.getId() + "#post-" + reply.getId(), flag.getPath());
        assertEquals(1, all(f.asker).size(), "only moderators hear of a flag (the asker: the answer)");

        String expertBoard = "expert-oost-vlaanderen";
        String level = (String) db.nativeSingle("SELECT expert_level FROM board WHERE slug = '" + expertBoard + "'");
        Long organisation = ((Number) db.nativeSingle("SELECT id FROM organisation WHERE level = '" + level
                + "' ORDER BY id LIMIT 1")).longValue();
        String name = "exp" + suffix();
        Account expert = accounts.createBySystem(new NewAccount(name, "Expert " + name, null, organisation, Role.OFFICIAL,
                null));
        moderation.escalate(f.moderator, thread.getId(), expertBoard);
        Notification escalated = awaitOne(expert);
        assertEquals(NotificationKind.ESCALATED_TO_BOARD, escalated.getKind());
        assertTrue(only(recorder.to(expert.getId())).direct());

        discussions.answer(expert, thread.getId(), "Artikel 4.4.3 geldt hier niet.", null);
        await().atMost(PATIENCE).until(() -> all(f.asker).size() == 2);
        assertEquals(NotificationKind.ESCALATION_ANSWERED, all(f.asker).get(0).getKind(), "newest first");
    }

    // --- helpers

    private List<Notification> all(Account a) {
        return notifications.list(a, false, 0, 100).items();
    }

    private Notification awaitOne(Account a) {
        await().atMost(PATIENCE).until(() -> !all(a).isEmpty());
        return only(all(a));
    }

    private static <T> T only(List<T> list) {
        assertEquals(1, list.size(), String.valueOf(list));
        return list.get(0);
    }

    private List<OutboxEvent> events(String aggregate, long id) {
        List<Long> ids = db.nativeList("SELECT id FROM outbox_event WHERE aggregate_type = '" + aggregate
                + "' AND aggregate_id = " + id).stream().map(o -> ((Number) o).longValue()).toList();
        assertFalse(ids.isEmpty());
        return outbox.withIds(ids);
    }

    private Account official(String prefix) {
        String name = prefix + suffix();
        return accounts.createBySystem(new NewAccount(name, "Official " + name, null, null, Role.OFFICIAL, null));
    }

    private static String suffix() {
        return String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** An Atrium of its own with an asker, a peer, another member, a watcher, a bystander and a moderator. */
    private final class Fixture {
        final String slug;
        final long atriumId;
        final String board;
        final Account admin;
        final Account asker;
        final Account peer;
        final Account other;
        final Account watcher;
        final Account bystander;
        final Account moderator;

        Fixture(boolean membersOnly) {
            admin = accountRepository.findByUsername("admin").orElseThrow();
            slug = "it-notify-" + suffix();
            atriumId = network.createAtrium(admin, slug, "Meldingen " + slug, AtriumKind.THEMATIC, membersOnly, null).getId();
            asker = member("ask");
            peer = member("peer");
            other = member("oth");
            watcher = member("watch");
            bystander = member("by");
            moderator = official("mod");
            memberships.setMembership(admin, slug, moderator.getUsername(), MembershipRole.MODERATOR);
            board = discussions.boardOfAtrium(asker, slug).board().getSlug();
        }

        Account member(String prefix) {
            Account a = official(prefix);
            memberships.setMembership(admin, slug, a.getUsername(), MembershipRole.MEMBER);
            return a;
        }
    }
}
