package be.atrium.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's personal secret for a feed that its reader cannot log in to (a calendar program,
 * an Atom reader): only the SHA-256 of the secret is kept ({@code platform.Secrets}), the secret
 * itself is shown once. Whoever knows an address with it reads what the account may see;
 * renewing makes the old addresses useless, revoking (deleting the row) ends them. One row per
 * account and kind of feed, each kind in its own table.
 */
@MappedSuperclass
public abstract class PersonalFeedSecret {

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

    protected PersonalFeedSecret() {
    }

    protected PersonalFeedSecret(Account account, String tokenHash, Instant createdAt) {
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
