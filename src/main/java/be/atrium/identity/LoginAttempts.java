package be.atrium.identity;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.AuditLog;
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
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The database side of a password check (login, or the current password on the profile page),
 * for {@link LoginService} only: short transactions before and after the password hash, so
 * that no pooled connection is held while it is computed.
 * <ul>
 * <li>{@link #admit}: with the pair's row locked, refuses the attempt while the pair's delay
 * runs, and otherwise counts it at once, as if it failed. Counting before checking is what makes
 * the limit hold under parallel attempts: the check and the count are one locked step.</li>
 * <li>{@link #succeeded}: forgets the pair's count, if the password matched the hash that is
 * still the account's; {@link #failed}: audits the failure.</li>
 * </ul>
 */
@ApplicationScoped
public class LoginAttempts {

    static final String PAIR = "pair:";
    /** Audit actions: a wrong password, and an attempt refused while its pair waits. */
    static final String LOGIN_FAILED = "login.failed";
    static final String LOGIN_THROTTLED = "login.throttled";
    static final String PASSWORD_CHECK_FAILED = "account.passwordCheck.failed";
    static final String PASSWORD_CHECK_THROTTLED = "account.passwordCheck.throttled";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountRepository accounts;

    @Inject
    AtriumConfig config;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** What a password is checked for: a login (anonymous) or a signed-in person's current password. */
    enum Purpose {
        LOGIN(LOGIN_FAILED, LOGIN_THROTTLED),
        CURRENT_PASSWORD(PASSWORD_CHECK_FAILED, PASSWORD_CHECK_THROTTLED);

        final String failed;
        final String throttled;

        Purpose(String failed, String throttled) {
            this.failed = failed;
            this.throttled = throttled;
        }
    }

    /** What the first transaction decided. */
    public record Admission(String key, String name, String address, Instant lockedUntil, boolean refused,
                            int failures, Long accountId, String passwordHash) {

        public boolean isRefused() {
            return refused;
        }

        /** Whether there is a password to check: the account exists and may log in. */
        public boolean hasPassword() {
            return passwordHash != null;
        }
    }

    /** The throttle key of an account name and a client address. */
    static String key(String username, String address) {
        return PAIR + name(username) + "|" + (address == null ? "unknown" : address);
    }

    static String name(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 140 ? name.substring(0, 140) : name;
    }

    /**
     * Refuses the attempt while the pair's delay runs (audited once per delay), or counts it and
     * tells which hash the password must match.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Admission admit(String username, String address, Purpose purpose) {
        Instant now = clock.instant();
        String name = name(username);
        String key = key(username, address);
        LoginThrottle row = lockedRow(key, now);
        Duration maxDelay = maxDelay();
        row.forgetIfQuiet(now, maxDelay);
        if (row.isLocked(now)) {
            if (row.refuse()) {
                audit.recordFrom(address, actor(purpose, name), purpose.throttled, name,
                        "refused until " + row.lockedUntil() + " after " + row.failures() + " failures");
            }
            return new Admission(key, name, address, row.lockedUntil(), true, row.failures(), null, null);
        }
        row.count(now, config.loginMaxFailures(), maxDelay);
        Instant lockedUntil = row.isLocked(now) ? row.lockedUntil() : null;
        Optional<Account> account = name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
        if (account.isPresent() && account.get().canAuthenticate() && account.get().getPasswordHash() != null) {
            return new Admission(key, name, address, lockedUntil, false, row.failures(), account.get().getId(),
                    account.get().getPasswordHash());
        }
        return new Admission(key, name, address, lockedUntil, false, row.failures(), null, null);
    }

    /**
     * The password matched: forgets the pair's count, if the hash is still the account's and the
     * account may still log in (else it is a failure after all). A login also notes its moment.
     *
     * @param newHash the password hashed anew when the stored hash is too weak, or null
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<LoginResult> succeeded(Admission admission, String newHash, Purpose purpose) {
        Account account = em.find(Account.class, admission.accountId());
        if (account == null || !account.canAuthenticate()
                || !Objects.equals(account.getPasswordHash(), admission.passwordHash())) {
            return Optional.empty(); // disabled or given a new password while this attempt was checked
        }
        em.createQuery("DELETE FROM LoginThrottle t WHERE t.key = :key").setParameter("key", admission.key())
                .executeUpdate();
        if (purpose == Purpose.LOGIN) {
            // one statement without the account's version: logins of one account at once (parallel
            // API calls with its credentials) never conflict with each other
            em.createNativeQuery("UPDATE account SET last_login_at = GREATEST(COALESCE(last_login_at, ?1), ?1) "
                    + "WHERE id = ?2").setParameter(1, Timestamp.from(clock.instant()))
                    .setParameter(2, account.getId()).executeUpdate();
        }
        if (newHash != null) {
            account.setPasswordHash(newHash);
        }
        return Optional.of(LoginResult.success(account));
    }

    /** Audits a wrong password; the attempt was counted when it was admitted. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public LoginResult failed(Admission admission, Purpose purpose) {
        String detail = admission.failures() + " of " + config.loginMaxFailures() + " attempts"
                + (admission.lockedUntil() == null ? "" : "; refused until " + admission.lockedUntil());
        audit.recordFrom(admission.address(), actor(purpose, admission.name()), purpose.failed, admission.name(), detail);
        return admission.lockedUntil() == null ? LoginResult.invalid() : LoginResult.locked(admission.lockedUntil());
    }

    /**
     * Deletes the rows of pairs that have been quiet for longer than a count is remembered: such a
     * row would start a new count anyway, so the table keeps only pairs with recent attempts, not
     * every address that ever tried a name. Returns how many were deleted. ({@link #admit} holds its
     * pair's row locked from its first statement, so a row being counted is never deleted under it.)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int prune() {
        Timestamp before = Timestamp.from(clock.instant().minus(LoginThrottle.remembered(maxDelay())));
        return em.createNativeQuery("DELETE FROM login_throttle WHERE COALESCE(last_failure_at, first_failure_at) < ?1 "
                + "AND (locked_until IS NULL OR locked_until < ?1)").setParameter(1, before).executeUpdate();
    }

    /** The longest delay: {@code atrium.login.lock-minutes}. */
    Duration maxDelay() {
        return Duration.ofMinutes(Math.max(1, config.loginLockMinutes()));
    }

    private static String actor(Purpose purpose, String name) {
        return purpose == Purpose.LOGIN || name.isEmpty() ? AuditLog.ANONYMOUS : name;
    }

    /** The throttle row of a key, created if missing, locked for this transaction. */
    private LoginThrottle lockedRow(String key, Instant now) {
        em.createNativeQuery("INSERT INTO login_throttle (throttle_key, failures, first_failure_at, last_failure_at, refused) "
                        + "VALUES (?, 0, ?, ?, 0) ON DUPLICATE KEY UPDATE throttle_key = throttle_key")
                .setParameter(1, key).setParameter(2, Timestamp.from(now)).setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    }
}
