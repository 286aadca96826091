package be.atrium.identity;

import be.atrium.platform.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A personal access token for the API. Only the SHA-256 hash of the token is stored; the
 * token itself is shown once, when it is made.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(name = "AccessToken.byHash",
        query = "SELECT t FROM AccessToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(name = "AccessToken.ofAccount",
        query = "SELECT t FROM AccessToken t WHERE t.account = :account AND t.revokedAt IS NULL ORDER BY t.createdAt DESC")
public class AccessToken {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected AccessToken() {
    }

    public AccessToken(Account account, String name, String tokenHash, Instant createdAt) {
        this.account = Objects.requireNonNull(account);
        if (name == null || name.isBlank()) {
            throw new DomainException("token.name.required", "name");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new DomainException("token.name.tooLong", "name", MAX_NAME);
        }
        this.name = name.strip();
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
