package be.atrium.network;

import be.atrium.identity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** An account's place in an Atrium, as member or moderator. */
@Entity
@Table(name = "membership")
@NamedQuery(name = "Membership.ofAtrium",
        query = "SELECT m FROM Membership m JOIN FETCH m.account a LEFT JOIN FETCH a.organisation "
                + "WHERE m.atrium = :atrium ORDER BY a.displayName")
@NamedQuery(name = "Membership.ofAccount",
        query = "SELECT m FROM Membership m JOIN FETCH m.atrium WHERE m.account = :account ORDER BY m.atrium.name")
@NamedQuery(name = "Membership.find",
        query = "SELECT m FROM Membership m WHERE m.atrium = :atrium AND m.account = :account")
@NamedQuery(name = "Membership.countByAtrium",
        query = "SELECT m.atrium.id, COUNT(m) FROM Membership m GROUP BY m.atrium.id")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "atrium_id")
    private Atrium atrium;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MembershipRole role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Membership() {
    }

    public Membership(Atrium atrium, Account account, MembershipRole role, Instant createdAt) {
        this.atrium = Objects.requireNonNull(atrium);
        this.account = Objects.requireNonNull(account);
        this.role = Objects.requireNonNull(role);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void changeRole(MembershipRole role) {
        this.role = Objects.requireNonNull(role);
    }

    public Long getId() {
        return id;
    }

    public Atrium getAtrium() {
        return atrium;
    }

    public Account getAccount() {
        return account;
    }

    public MembershipRole getRole() {
        return role;
    }

    public boolean isModerator() {
        return role == MembershipRole.MODERATOR;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
