package be.atrium.identity;

import be.atrium.platform.AtriumConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The database side of a login attempt, for {@link LoginService} only: two short transactions,
 * one before and one after the parts that take time (the throttle's wait and the password
 * hash), so that no pooled connection is held while an attempt waits.
 * <ul>
 * <li>{@link #admit}: is a key locked, how long must this attempt wait, which password hash
 * does it have to match;</li>
 * <li>{@link #record}: counts the outcome, with the keys' rows locked, after checking again
 * what may have changed meanwhile (a lock set by a parallel attempt, an account disabled or
 * given a new password).</li>
 * </ul>
 */
@ApplicationScoped
public class LoginAttempts {

    static final String USER = "user:";
    static final String ADDRESS = "addr:";
    /** A client address gets ten times as many tries as an account name (colleagues share an office address). */
    static final int ADDRESS_FACTOR = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    AtriumConfig config;

    @Inject
    Clock clock;

    /** What the first transaction decided. */
    public record Admission(Instant lockedUntil, Duration delay, Long accountId, String passwordHash) {

        static Admission locked(Instant until) {
            return new Admission(until, Duration.ZERO, null, null);
        }

        public boolean isLocked() {
            return lockedUntil != null;
        }

        /** Whether there is a password to check: the account exists and may log in. */
        public boolean hasPassword() {
            return passwordHash != null;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Admission admit(String username, List<String> keys) {
        Instant now = clock.instant();
        Duration delay = Duration.ZERO;
        for (String key : keys) {
            LoginThrottle throttle = em.find(LoginThrottle.class, key);
            if (throttle != null && throttle.isLocked(now)) {
                return Admission.locked(throttle.lockedUntil());
            }
            Duration wait = throttle == null ? Duration.ZERO : throttle.delay(now, slowDownAfter(key));
            if (wait.compareTo(delay) > 0) {
                delay = wait;
            }
        }
        Optional<Account> account = username == null || username.isBlank() ? Optional.empty()
                : accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT));
        if (account.isPresent() && account.get().canAuthenticate() && account.get().getPasswordHash() != null) {
            return new Admission(null, delay, account.get().getId(), account.get().getPasswordHash());
        }
        return new Admission(null, delay, null, null);
    }

    /**
     * Counts the attempt: a success when the password matched the hash that is still the
     * account's and the account may still log in, a failure otherwise.
     *
     * @param newHash the password hashed anew when the stored hash is too weak, or null
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult record(List<String> keys, Admission admission, boolean passwordMatched, String newHash) {
        Instant now = clock.instant();
        if (passwordMatched) {
            Optional<LoginResult> success = succeed(keys, admission, newHash, now);
            if (success.isPresent()) {
                return success.get();
            }
        }
        return fail(keys, now);
    }

    private Optional<LoginResult> succeed(List<String> keys, Admission admission, String newHash, Instant now) {
        List<LoginThrottle> rows = new ArrayList<>();
        for (String key : keys) {
            LoginThrottle row = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (row != null && row.isLocked(now)) {
                return Optional.of(LoginResult.locked(row.lockedUntil())); // locked by a parallel attempt
            }
            rows.add(row);
        }
        Account account = em.find(Account.class, admission.accountId());
        if (account == null || !account.canAuthenticate()
                || !Objects.equals(account.getPasswordHash(), admission.passwordHash())) {
            return Optional.empty(); // disabled or given a new password while this attempt waited
        }
        if (rows.get(0) != null) {
            em.remove(rows.get(0)); // the account name's failures; the address keeps its count
        }
        Instant previousLogin = account.getLastLoginAt();
        account.loggedIn(now);
        if (newHash != null) {
            account.setPasswordHash(newHash);
        }
        return Optional.of(LoginResult.success(account, previousLogin));
    }

    private LoginResult fail(List<String> keys, Instant now) {
        List<LoginThrottle> rows = new ArrayList<>();
        for (String key : keys) {
            LoginThrottle row = lockedRow(key, now);
            if (row.isLocked(now)) {
                return LoginResult.locked(row.lockedUntil()); // locked by a parallel attempt
            }
            rows.add(row);
        }
        Instant lockedUntil = null;
        Duration lock = Duration.ofMinutes(config.loginLockMinutes());
        for (LoginThrottle row : rows) {
            row.fail(now, maxFailures(row.key()), lock);
            if (row.isLocked(now)) {
                lockedUntil = row.lockedUntil();
            }
        }
        return lockedUntil == null ? LoginResult.invalid() : LoginResult.locked(lockedUntil);
    }

    /** The throttle row of a key, created if missing, locked for this transaction. */
    private LoginThrottle lockedRow(String key, Instant now) {
        em.createNativeQuery("INSERT INTO login_throttle (throttle_key, failures, first_failure_at) VALUES (?, 0, ?) "
                        + "ON DUPLICATE KEY UPDATE throttle_key = throttle_key")
                .setParameter(1, key).setParameter(2, Timestamp.from(now)).executeUpdate();
        return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private int maxFailures(String key) {
        return key.startsWith(ADDRESS) ? config.loginMaxFailures() * ADDRESS_FACTOR : config.loginMaxFailures();
    }

    private int slowDownAfter(String key) {
        int userSlowDown = Math.max(1, config.loginMaxFailures() - 2);
        return key.startsWith(ADDRESS) ? userSlowDown * ADDRESS_FACTOR : userSlowDown;
    }
}
