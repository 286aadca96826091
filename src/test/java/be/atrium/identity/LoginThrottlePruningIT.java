package be.atrium.identity;

import be.atrium.testsupport.Deployments;
import be.atrium.testsupport.TestQueries;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login throttle keeps only pairs whose count still matters: a pair quiet for longer than a count
 * is remembered goes, a pair with a recent failure or a delay still running stays.
 */
@ExtendWith(ArquillianExtension.class)
public class LoginThrottlePruningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.shared();
    }

    @Inject
    TestQueries db;

    @Inject
    LoginAttempts attempts;

    @Test
    void quietPairsArePrunedAndPairsThatStillCountStay() {
        String run = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        long rememberedMinutes = LoginThrottle.remembered(attempts.maxDelay()).toMinutes();
        long old = rememberedMinutes + 5;
        row("pair:quiet-" + run + "|10.0.0.1", old, null);
        row("pair:recent-" + run + "|10.0.0.1", 2, null);
        row("pair:delayed-" + run + "|10.0.0.1", old, "NOW(3) + INTERVAL 10 MINUTE");
        row("pair:delay-over-" + run + "|10.0.0.1", old, "NOW(3) - INTERVAL " + old + " MINUTE");

        int deleted = attempts.prune();

        assertTrue(deleted >= 2, "the two quiet pairs: " + deleted);
        List<?> left = db.nativeList("SELECT throttle_key FROM login_throttle WHERE throttle_key LIKE '%-" + run + "|%' "
                + "ORDER BY throttle_key");
        assertEquals(List.of("pair:delayed-" + run + "|10.0.0.1", "pair:recent-" + run + "|10.0.0.1"), left);
    }

    private void row(String key, long minutesAgo, String lockedUntil) {
        db.updateAsAnotherNode("INSERT INTO login_throttle (throttle_key, failures, first_failure_at, last_failure_at, "
                + "locked_until, refused) VALUES (?, 3, NOW(3) - INTERVAL " + minutesAgo + " MINUTE, NOW(3) - INTERVAL "
                + minutesAgo + " MINUTE, " + (lockedUntil == null ? "NULL" : lockedUntil) + ", 0)", key);
    }
}
