package be.atrium.meetings;

import be.atrium.identity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's personal calendar feed: the SHA-256 hash of its secret (the secret itself is
 * shown once and never stored). Calendar programs cannot log in, so whoever knows the address
 * reads the feed; regenerating makes the old address useless, revoking ends the feed.
 */
@Entity
@Table(name = "meeting_calendar_feed")
public class CalendarFeed {

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    public CalendarFeed(Account account, String tokenHash, Instant createdAt) {
        this.account = Objects.requireNonNull(account);
        renew(tokenHash, createdAt);
    }

    public void renew(String tokenHash, Instant at) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(at);
    }

    public Account getAccount() {
        return account;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
