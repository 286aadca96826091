package be.atrium.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Checks a username and password (login form and HTTP Basic on the API) with throttling:
 * failures are counted per account name and per client address; after a few, answers slow
 * down; after {@code atrium.login.max-failures}, the name or address is locked for
 * {@code atrium.login.lock-minutes}. A client address gets ten times as many tries (colleagues
 * share an office address). Unknown names are throttled and timed like real ones.
 * <p>
 * An attempt decides how long to wait in one short transaction, waits and checks the
 * password outside any transaction, and counts the outcome in a second one
 * ({@link LoginAttempts}): a slowed-down attempt holds no pooled database connection, so a
 * burst of wrong passwords cannot starve everyone else of connections.
 */
@ApplicationScoped
public class LoginService {

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    /** Suspends a caller's transaction: the wait below must not hold one (or its connection). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LoginResult login(String username, String password, String address) {
        List<String> keys = keys(username, address);
        LoginAttempts.Admission admission = attempts.admit(username, keys);
        if (admission.isLocked()) {
            return LoginResult.locked(admission.lockedUntil());
        }
        pause(admission.delay());

        boolean matched = false;
        String newHash = null;
        if (admission.hasPassword()) {
            matched = hasher.verify(password, admission.passwordHash());
            if (matched && hasher.needsRehash(admission.passwordHash())) {
                newHash = hasher.hash(password);
            }
        } else {
            hasher.verifyNothing(password);
        }
        return attempts.record(keys, admission, matched, newHash);
    }

    static List<String> keys(String username, String address) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() > 150) {
            name = name.substring(0, 150);
        }
        return List.of(LoginAttempts.USER + name, LoginAttempts.ADDRESS + (address == null ? "unknown" : address));
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
