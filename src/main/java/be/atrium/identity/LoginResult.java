package be.atrium.identity;

import java.time.Instant;
import java.util.Optional;

/** The outcome of a login attempt. Failure never tells whether the username exists. */
public final class LoginResult {

    public enum Outcome { SUCCESS, INVALID, LOCKED }

    private final Outcome outcome;
    private final Account account;
    private final Instant lockedUntil;
    private String passwordHash;

    private LoginResult(Outcome outcome, Account account, Instant lockedUntil) {
        this.outcome = outcome;
        this.account = account;
        this.lockedUntil = lockedUntil;
    }

    static LoginResult success(Account account) {
        return new LoginResult(Outcome.SUCCESS, account, null);
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, null);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, until);
    }

    /** The same success, noting the hash the password was checked against (for a password change). */
    LoginResult checkedAgainst(String hash) {
        this.passwordHash = hash;
        return this;
    }

    /** The account's password hash that the password matched, for a success. */
    String passwordHash() {
        return passwordHash;
    }

    public Outcome outcome() {
        return outcome;
    }

    public boolean isSuccess() {
        return outcome == Outcome.SUCCESS;
    }

    public Optional<Account> account() {
        return Optional.ofNullable(account);
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
