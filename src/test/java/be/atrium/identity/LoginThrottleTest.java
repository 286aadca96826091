package be.atrium.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-28T09:00:00Z");
    private static final int MAX = 5;
    private static final Duration LOCK = Duration.ofMinutes(15);

    private static LoginThrottle failedTimes(int times, Instant at) {
        LoginThrottle throttle = new LoginThrottle("an.peeters", at);
        for (int i = 0; i < times; i++) {
            throttle.fail(at, MAX, LOCK);
        }
        return throttle;
    }

    @Test
    void firstTwoFailuresAreAnsweredAtOnce() {
        assertEquals(Duration.ZERO, failedTimes(1, T0).delay(T0, 3));
        assertEquals(Duration.ZERO, failedTimes(2, T0).delay(T0, 3));
    }

    @Test
    void fromTheThirdFailureEveryAttemptWaitsLonger() {
        Duration third = failedTimes(3, T0).delay(T0, 3);
        Duration fourth = failedTimes(4, T0).delay(T0, 3);
        assertEquals(Duration.ofMillis(500), third);
        assertTrue(fourth.compareTo(third) > 0, "the wait grows with each failure");
    }

    @Test
    void theWaitNeverExceedsThreeSeconds() {
        LoginThrottle throttle = failedTimes(50, T0);
        assertEquals(Duration.ofSeconds(3), throttle.delay(T0, 3));
    }

    @Test
    void notLockedBeforeTheMaximum() {
        assertFalse(failedTimes(MAX - 1, T0).isLocked(T0));
    }

    @Test
    void lockedForTheLockPeriodAtTheMaximum() {
        LoginThrottle throttle = failedTimes(MAX, T0);
        assertTrue(throttle.isLocked(T0));
        assertTrue(throttle.isLocked(T0.plus(LOCK).minusSeconds(1)));
        assertEquals(T0.plus(LOCK), throttle.lockedUntil());
        assertFalse(throttle.isLocked(T0.plus(LOCK)), "the lock ends after the lock period");
    }

    @Test
    void afterTheLockEndsCountingStartsAgain() {
        LoginThrottle throttle = failedTimes(MAX, T0);
        Instant later = T0.plus(LOCK).plusSeconds(1);
        throttle.fail(later, MAX, LOCK);
        assertEquals(1, throttle.failures());
        assertFalse(throttle.isLocked(later));
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        LoginThrottle throttle = failedTimes(4, T0);
        Instant afterWindow = T0.plus(LoginThrottle.WINDOW).plusSeconds(1);
        assertEquals(Duration.ZERO, throttle.delay(afterWindow, 3), "no waiting once the window has passed");
        throttle.fail(afterWindow, MAX, LOCK);
        assertEquals(1, throttle.failures(), "a failure after the window starts a new count");
        assertFalse(throttle.isLocked(afterWindow));
    }

    @Test
    void failuresWithinTheWindowAddUp() {
        LoginThrottle throttle = failedTimes(4, T0);
        Instant withinWindow = T0.plus(LoginThrottle.WINDOW).minusSeconds(1);
        throttle.fail(withinWindow, MAX, LOCK);
        assertTrue(throttle.isLocked(withinWindow));
    }
}
