package be.atrium.identity;

import java.time.Instant;
import java.util.Optional;

/** The outcome of a login attempt. Failure never tells whether the username exists. */
public final class LoginResult {

    public enum Outcome { SUCCESS, INVALID, LOCKED }

    private final Outcome outcome;
    private final Account account;
    private final Instant lockedUntil;
    private Instant previousLoginAt;

    private LoginResult(Outcome outcome, Account account, Instant lockedUntil) {
        this.outcome = outcome;
        this.account = account;
        this.lockedUntil = lockedUntil;
    }

    static LoginResult success(Account account, Instant previousLoginAt) {
        LoginResult result = new LoginResult(Outcome.SUCCESS, account, null);
        result.previousLoginAt = previousLoginAt;
        return result;
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, null);
    }

    static LoginResult locked(Instant until) {
        return new LoginResult(Outcome.LOCKED, null, until);
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

    /** When the account had logged in before this login ("new since my last visit"). */
    public Optional<Instant> previousLoginAt() {
        return Optional.ofNullable(previousLoginAt);
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }
}
