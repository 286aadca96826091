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
    private static final Duration CAP = Duration.ofMinutes(15);

    private static LoginThrottle counted(int times, Instant at) {
        LoginThrottle throttle = new LoginThrottle("pair:an.peeters|192.0.2.7", at);
        for (int i = 0; i < times; i++) {
            throttle.count(at, MAX, CAP);
        }
        return throttle;
    }

    @Test
    void notRefusedBeforeTheLimit() {
        assertFalse(counted(MAX - 1, T0).isLocked(T0));
    }

    @Test
    void atTheLimitThePairWaitsOneMinute() {
        LoginThrottle throttle = counted(MAX, T0);
        assertTrue(throttle.isLocked(T0));
        assertEquals(T0.plus(Duration.ofMinutes(1)), throttle.lockedUntil());
        assertFalse(throttle.isLocked(T0.plus(Duration.ofMinutes(1))), "the wait ends");
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheCap() {
        LoginThrottle throttle = counted(MAX, T0);
        Instant at = T0;
        Duration expected = Duration.ofMinutes(1);
        for (int i = 0; i < 8; i++) {
            at = throttle.lockedUntil();
            throttle.count(at, MAX, CAP);
            expected = expected.multipliedBy(2).compareTo(CAP) > 0 ? CAP : expected.multipliedBy(2);
            assertEquals(at.plus(expected), throttle.lockedUntil(), "after failure " + throttle.failures());
        }
        assertEquals(CAP, Duration.between(at, throttle.lockedUntil()), "never longer than the cap");
    }

    @Test
    void theDelayIsNeverLongerThanTheCapEvenForManyFailures() {
        assertEquals(Duration.ofMinutes(1), LoginThrottle.delay(0, CAP));
        assertEquals(Duration.ofMinutes(8), LoginThrottle.delay(3, CAP));
        assertEquals(CAP, LoginThrottle.delay(4, CAP));
        assertEquals(CAP, LoginThrottle.delay(10_000, CAP));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.delay(0, Duration.ofMinutes(1)), "a cap of one minute");
    }

    @Test
    void onlyTheFirstRefusalOfADelayIsNoted() {
        LoginThrottle throttle = counted(MAX, T0);
        assertTrue(throttle.refuse());
        assertFalse(throttle.refuse());
        throttle.count(throttle.lockedUntil(), MAX, CAP);
        assertTrue(throttle.refuse(), "a new delay is noted again");
    }

    @Test
    void aQuietPairIsForgotten() {
        LoginThrottle throttle = counted(MAX - 1, T0);
        throttle.forgetIfQuiet(T0.plus(LoginThrottle.WINDOW).minusSeconds(1), CAP);
        assertEquals(MAX - 1, throttle.failures(), "within the window the count stays");
        throttle.forgetIfQuiet(T0.plus(LoginThrottle.WINDOW).plusSeconds(1), CAP);
        assertEquals(0, throttle.failures());
    }

    @Test
    void aPairAtTheCapIsForgottenOnlyAfterAQuietPeriodPastItsDelay() {
        LoginThrottle throttle = counted(MAX + 6, T0); // all at T0: the last delay is the cap
        Instant until = throttle.lockedUntil();
        throttle.forgetIfQuiet(until.plus(CAP).minusSeconds(1), CAP);
        assertEquals(MAX + 6, throttle.failures(), "one attempt per cap period keeps the count");
        throttle.forgetIfQuiet(until.plus(CAP).plusSeconds(1), CAP);
        assertEquals(0, throttle.failures());
        assertFalse(throttle.isLocked(until.plus(CAP).plusSeconds(1)));
    }
}
