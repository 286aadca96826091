package be.atrium.notify.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * What mail one person wants: direct notifications at once (on or off) and a digest (none, daily,
 * weekly). Without a row the defaults hold ({@link #defaults}).
 */
@Entity
@Table(name = "mail_preference")
public class MailPreference {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false)
    private boolean immediate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DigestFrequency digest;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected MailPreference() {
    }

    private MailPreference(long accountId, boolean immediate, DigestFrequency digest, Instant at) {
        this.accountId = accountId;
        this.immediate = immediate;
        this.digest = Objects.requireNonNull(digest);
        this.updatedAt = at;
    }

    /** The preference of someone who never chose: mail at once and a daily digest. */
    public static MailPreference defaults(long accountId, Instant at) {
        return new MailPreference(accountId, true, DigestFrequency.DAILY, at);
    }

    public void choose(boolean immediate, DigestFrequency digest, Instant at) {
        this.immediate = immediate;
        this.digest = Objects.requireNonNull(digest);
        this.updatedAt = at;
    }

    /** Stops what an unsubscribe link names; true when something changed. */
    public boolean stop(UnsubscribeScope scope, Instant at) {
        boolean changed = scope == UnsubscribeScope.IMMEDIATE ? immediate : digest != DigestFrequency.NONE;
        if (scope == UnsubscribeScope.IMMEDIATE) {
            immediate = false;
        } else {
            digest = DigestFrequency.NONE;
        }
        updatedAt = at;
        return changed;
    }

    public void digestMade(Instant at) {
        lastDigestAt = at;
    }

    public Long getAccountId() {
        return accountId;
    }

    public boolean isImmediate() {
        return immediate;
    }

    public DigestFrequency getDigest() {
        return digest;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
