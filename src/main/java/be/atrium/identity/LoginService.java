package be.atrium.identity;

import be.atrium.platform.AtriumConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password (login form and HTTP Basic on the API) with throttling:
 * failures are counted per account name and per client address; after a few, answers slow
 * down; after {@code atrium.login.max-failures}, the name or address is locked for
 * {@code atrium.login.lock-minutes}. A client address gets ten times as many tries (colleagues
 * share an office address). Unknown names are throttled and timed like real ones.
 */
@ApplicationScoped
public class LoginService {

    private static final String USER = "user:";
    private static final String ADDRESS = "addr:";
    private static final int ADDRESS_FACTOR = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AtriumConfig config;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult login(String username, String password, String address) {
        Instant now = clock.instant();
        List<String> keys = keys(username, address);
        Duration delay = Duration.ZERO;
        for (String key : keys) {
            LoginThrottle throttle = em.find(LoginThrottle.class, key);
            if (throttle != null && throttle.isLocked(now)) {
                return LoginResult.locked(throttle.lockedUntil());
            }
            Duration wait = throttle == null ? Duration.ZERO : throttle.delay(now, slowDownAfter(key));
            if (wait.compareTo(delay) > 0) {
                delay = wait;
            }
        }
        pause(delay);

        Optional<Account> account = username == null || username.isBlank() ? Optional.empty()
                : accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT));
        boolean valid;
        if (account.isPresent() && account.get().canAuthenticate() && account.get().getPasswordHash() != null) {
            valid = hasher.verify(password, account.get().getPasswordHash());
        } else {
            hasher.verifyNothing(password);
            valid = false;
        }
        if (!valid) {
            Instant lockedUntil = null;
            for (String key : keys) {
                LoginThrottle throttle = lockedRow(key, now);
                throttle.fail(now, maxFailures(key), Duration.ofMinutes(config.loginLockMinutes()));
                if (throttle.isLocked(now)) {
                    lockedUntil = throttle.lockedUntil();
                }
            }
            return lockedUntil == null ? LoginResult.invalid() : LoginResult.locked(lockedUntil);
        }
        Account a = account.get();
        LoginThrottle own = em.find(LoginThrottle.class, keys.get(0));
        if (own != null) {
            em.remove(own);
        }
        Instant previousLogin = a.getLastLoginAt();
        a.loggedIn(now);
        if (hasher.needsRehash(a.getPasswordHash())) {
            a.setPasswordHash(hasher.hash(password));
        }
        return LoginResult.success(a, previousLogin);
    }

    /** The throttle row of a key, created if missing, locked for this transaction. */
    private LoginThrottle lockedRow(String key, Instant now) {
        em.createNativeQuery("INSERT INTO login_throttle (throttle_key, failures, first_failure_at) VALUES (?, 0, ?) "
                        + "ON DUPLICATE KEY UPDATE throttle_key = throttle_key")
                .setParameter(1, key).setParameter(2, java.sql.Timestamp.from(now)).executeUpdate();
        return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }

    private int maxFailures(String key) {
        return key.startsWith(ADDRESS) ? config.loginMaxFailures() * ADDRESS_FACTOR : config.loginMaxFailures();
    }

    private int slowDownAfter(String key) {
        int userSlowDown = Math.max(1, config.loginMaxFailures() - 2);
        return key.startsWith(ADDRESS) ? userSlowDown * ADDRESS_FACTOR : userSlowDown;
    }

    static List<String> keys(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() > 150) {
            name = name.substring(0, 150);
        }
        return List.of(USER + name, ADDRESS + (address == null ? "unknown" : address));
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
