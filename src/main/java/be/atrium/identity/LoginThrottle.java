package be.atrium.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;

/**
 * Login attempts counted for one (account name, client address) pair. Every attempt is counted
 * before its password is checked (a success then forgets the count), so parallel attempts can
 * never get past the limit. From {@code maxFailures} attempts on, the pair is refused until a
 * delay has passed: {@link #FIRST_DELAY} after the limit is reached, doubling with each further
 * failure, at most {@code maxDelay}. Only that pair waits: the owner logging in from another
 * address is not held up by whoever guesses elsewhere. The same rule applies to names that do
 * not exist, so answers reveal nothing. Kept in the database so that every node sees one count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /** Failures are forgotten after this long without one (or without a delay running), or {@code maxDelay} if longer. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** The wait imposed when the limit is reached; it doubles with each further failure. */
    static final Duration FIRST_DELAY = Duration.ofMinutes(1);

    @Id
    @Column(name = "throttle_key", length = 200)
    private String key;

    @Column(nullable = false)
    private int failures;

    @Column(name = "first_failure_at", nullable = false)
    private Instant firstFailureAt;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private int refused;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, Instant now) {
        this.key = key;
        this.firstFailureAt = now;
        this.lastFailureAt = now;
    }

    /** Whether attempts of this pair are refused now, without being counted. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** How long a pair's count is remembered after its last failure or delay: the window, or {@code maxDelay} if longer. */
    static Duration remembered(Duration maxDelay) {
        return WINDOW.compareTo(maxDelay) >= 0 ? WINDOW : maxDelay;
    }

    /** Starts a new count when the pair has been quiet for the window (or the longest delay, if longer). */
    public void forgetIfQuiet(Instant now, Duration maxDelay) {
        Instant last = lastFailureAt == null ? firstFailureAt : lastFailureAt;
        if (lockedUntil != null && lockedUntil.isAfter(last)) {
            last = lockedUntil;
        }
        if (failures > 0 && now.isAfter(last.plus(remembered(maxDelay)))) {
            failures = 0;
            lockedUntil = null;
            refused = 0;
            firstFailureAt = now;
        }
    }

    /**
     * Counts one attempt (before its password is checked). At {@code maxFailures} and beyond,
     * the pair is refused until {@link #FIRST_DELAY}, doubled per failure past the limit, has
     * passed, at most {@code maxDelay}.
     */
    public void count(Instant now, int maxFailures, Duration maxDelay) {
        if (failures == 0) {
            firstFailureAt = now;
        }
        failures++;
        lastFailureAt = now;
        refused = 0;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(delay(failures - maxFailures, maxDelay));
        }
    }

    /** The wait after {@code beyond} failures past the limit: 1, 2, 4, 8 … minutes, at most {@code maxDelay}. */
    static Duration delay(int beyond, Duration maxDelay) {
        Duration first = FIRST_DELAY.compareTo(maxDelay) <= 0 ? FIRST_DELAY : maxDelay;
        if (beyond >= 30) {
            return maxDelay;
        }
        Duration delay = first.multipliedBy(1L << beyond);
        return delay.compareTo(maxDelay) <= 0 ? delay : maxDelay;
    }

    /** Notes an attempt refused during the delay; true for the first refusal of this delay. */
    public boolean refuse() {
        return refused++ == 0;
    }

    public int failures() {
        return failures;
    }

    public String key() {
        return key;
    }
}
