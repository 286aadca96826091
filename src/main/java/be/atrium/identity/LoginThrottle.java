package be.atrium.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins counted for one key (an account name or a client address). After a few
 * failures each attempt is slowed down; after {@code maxFailures} the key is locked for a
 * while. The same rule applies to names that do not exist, so messages reveal nothing.
 * Kept in the database so that every node of a cluster sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** Failures are forgotten when the last one is older than this. */
    static final Duration WINDOW = Duration.ofMinutes(15);

    @Id
    @Column(name = "throttle_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, Instant now) {
        this.key = key;
        this.firstFailureAt = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** Counts one failure; locks the key when it reaches {@code maxFailures}. */
    public void fail(Instant now, int maxFailures, Duration lock) {
        if (lockedUntil != null && !now.isBefore(lockedUntil) || now.isAfter(firstFailureAt.plus(WINDOW))) {
            failures = 0;
            lockedUntil = null;
            firstFailureAt = now;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(lock);
        }
    }

    /**
     * How long an attempt waits before it is answered: nothing for the first
     * {@code slowDownAfter - 1} failures, then half a second more per failure, at most 3 s.
     */
    public Duration delay(Instant now, int slowDownAfter) {
        if (now.isAfter(firstFailureAt.plus(WINDOW)) || failures < slowDownAfter) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(Math.min(3000, 500L * (failures - slowDownAfter + 1)));
    }

    public int failures() {
        return failures;
    }

    public String key() {
        return key;
    }
}
