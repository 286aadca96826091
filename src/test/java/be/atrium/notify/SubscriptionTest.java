package be.atrium.notify;

import be.atrium.identity.Account;
import be.atrium.identity.Role;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of what can be watched, and how much. */
class SubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T21:00:00Z");
    private final Account jan = new Account("jan", "Jan", null, null, Role.OFFICIAL, NOW);

    @Test
    void newThreadsOnlyIsAChoiceForABoardATagOrAnAtriumNotForAThread() {
        assertEquals(WatchLevel.NEW_THREADS, new Subscription(jan, Subscription.Target.of(SubscriptionTarget.ATRIUM, 3),
                WatchLevel.NEW_THREADS, NOW).getLevel());
        assertEquals("notify.subscription.level.invalid", assertThrows(DomainException.class,
                () -> new Subscription(jan, Subscription.Target.of(SubscriptionTarget.THREAD, 3), WatchLevel.NEW_THREADS,
                        NOW)).code());
        Subscription thread = new Subscription(jan, Subscription.Target.of(SubscriptionTarget.THREAD, 3),
                WatchLevel.EVERYTHING, NOW);
        thread.change(WatchLevel.NOTHING);
        assertEquals(WatchLevel.NOTHING, thread.getLevel());
        assertThrows(DomainException.class, () -> thread.change(null));
    }

    @Test
    void aTagIsComparedInLowerCaseAndAnIdIsRequiredElsewhere() {
        Subscription.Target tag = Subscription.Target.tag("  Hemelwater ");
        assertEquals("hemelwater", tag.tag());
        assertEquals(0, tag.id());
        assertEquals("notify.subscription.tag.invalid", assertThrows(DomainException.class,
                () -> Subscription.Target.tag(" ")).code());
        assertEquals("notify.subscription.tag.invalid", assertThrows(DomainException.class,
                () -> Subscription.Target.tag("x".repeat(51))).code());
        assertEquals("notify.subscription.id.required", assertThrows(DomainException.class,
                () -> Subscription.Target.of(SubscriptionTarget.BOARD, 0)).code());
        assertEquals("", Subscription.Target.of(SubscriptionTarget.BOARD, 4).tag());
    }

    @Test
    void whatConcernsSomeoneDirectlyIsMailedAtOnceAndOutranksTheRest() {
        for (NotificationKind k : new NotificationKind[] {NotificationKind.MENTION, NotificationKind.ANSWER,
                NotificationKind.TASK_ASSIGNED, NotificationKind.ESCALATED_TO_BOARD, NotificationKind.ESCALATION_ANSWERED}) {
            assertTrue(k.isDirect(), k.name());
            assertTrue(k.ordinal() < NotificationKind.REPLY.ordinal(), k + " comes before a plain reply");
        }
        assertEquals(false, NotificationKind.REPLY.isDirect());
        assertEquals(false, NotificationKind.GUIDANCE_PUBLISHED.isDirect());
        assertTrue(NotificationKind.ESCALATION_ANSWERED.ordinal() < NotificationKind.ANSWER.ordinal(),
                "the answer to an escalated question says so");
    }

    @Test
    void aNotificationLinksBelowTheContextRootAndItsTitleFits() {
        assertEquals("/discussion/thread.xhtml?id=5", Notification.requirePath("/discussion/thread.xhtml?id=5"));
        assertThrows(IllegalArgumentException.class, () -> Notification.requirePath("https://evil.example/x"));
        assertThrows(IllegalArgumentException.class, () -> Notification.requirePath("//evil.example/x"));
        assertEquals(Notification.MAX_TITLE, Notification.fitTitle("t".repeat(400)).length());
        assertEquals("RUP", Notification.fitTitle(" RUP "));
    }
}
