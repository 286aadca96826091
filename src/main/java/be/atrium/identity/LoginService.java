package be.atrium.identity;

import be.atrium.platform.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks a password (login form, HTTP Basic on the API, the current password on the profile
 * page) with throttling per (account name, client address) pair: each pair has
 * {@code atrium.login.max-failures} attempts; then it is refused for a minute, and for twice as
 * long after each further failure, at most {@code atrium.login.lock-minutes}. Nobody can lock an
 * account for anyone at another address. Unknown names are throttled and timed like real ones.
 * <p>
 * An attempt is counted in one short transaction before its password is checked, the password
 * is hashed outside any transaction, and the outcome is written in a second one
 * ({@link LoginAttempts}): a burst of attempts holds no pooled connection while hashing.
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class.getName());
    /** Tries of the counting transaction (two attempts creating one pair's row may deadlock). */
    private static final int ADMIT_TRIES = 3;

    @Inject
    LoginAttempts attempts;

    @Inject
    PasswordHasher hasher;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    /** Suspends a caller's transaction: the hash below must not hold one (or its connection). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public LoginResult login(String username, String password, String address) {
        return check(username, password, address, LoginAttempts.Purpose.LOGIN);
    }

    /**
     * A signed-in person changes their password: the current one is checked and throttled as a
     * login from this address is. The account's other web sessions end; its tokens are kept (the
     * profile page asks about them next).
     *
     * @throws DomainException {@code account.password.currentWrong} or
     *                         {@code account.password.throttled} on the field {@code currentPassword}
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Account changeOwnPassword(Account self, String currentPassword, String newPassword, String address) {
        PasswordHasher.checkPolicy(newPassword, "newPassword");
        if (newPassword.equals(currentPassword)) {
            throw new DomainException("account.password.same", "newPassword");
        }
        LoginResult checked = check(self.getUsername(), currentPassword == null ? "" : currentPassword, address,
                LoginAttempts.Purpose.CURRENT_PASSWORD);
        if (checked.outcome() == LoginResult.Outcome.LOCKED) {
            throw new DomainException("account.password.throttled", "currentPassword",
                    minutesUntil(checked.lockedUntil().orElseThrow()));
        }
        if (!checked.isSuccess()) {
            throw new DomainException("account.password.currentWrong", "currentPassword");
        }
        return accounts.changeOwnPassword(checked.account().orElseThrow(), checked.passwordHash(),
                hasher.hash(newPassword));
    }

    /** Whole minutes (at least one) until a moment: what a refused person is told to wait. */
    public long minutesUntil(Instant until) {
        return Math.max(1, Duration.between(clock.instant(), until).toMinutes() + 1);
    }

    private LoginResult check(String username, String password, String address, LoginAttempts.Purpose purpose) {
        LoginAttempts.Admission admission = admit(username, address, purpose);
        if (admission.isRefused()) {
            return LoginResult.locked(admission.lockedUntil());
        }
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
        if (matched) {
            Optional<LoginResult> success = attempts.succeeded(admission, newHash, purpose);
            if (success.isPresent()) {
                return success.get().checkedAgainst(newHash != null ? newHash : admission.passwordHash());
            }
        }
        return attempts.failed(admission, purpose);
    }

    private LoginAttempts.Admission admit(String username, String address, LoginAttempts.Purpose purpose) {
        for (int tries = 1; ; tries++) {
            try {
                return attempts.admit(username, address, purpose);
            } catch (RuntimeException e) {
                if (tries >= ADMIT_TRIES) {
                    throw e;
                }
                LOG.log(Level.FINE, "Counting a login attempt failed; trying again", e);
            }
        }
    }
}
