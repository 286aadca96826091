package be.atrium.notify.feeds;

import be.atrium.identity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * An account's personal Atom feed token: the SHA-256 of its secret (the secret is shown once and
 * never stored). Feed readers cannot log in, so whoever knows an address with the token reads the
 * members-only content its account may see; renewing makes the old addresses useless, revoking
 * ends them.
 */
@Entity
@Table(name = "feed_token")
@NamedQuery(name = "FeedToken.byHash", query = "SELECT f FROM FeedToken f JOIN FETCH f.account WHERE f.tokenHash = :hash")
public class FeedToken {

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

    protected FeedToken() {
    }

    public FeedToken(Account account, String tokenHash, Instant createdAt) {
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
