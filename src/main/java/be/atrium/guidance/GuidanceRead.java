package be.atrium.guidance;

import be.atrium.identity.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;

/** A read receipt: one account marked one piece of guidance as read, once (unique per pair). */
@Entity
@Table(name = "guidance_read")
public class GuidanceRead {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "guidance_id")
    private Guidance guidance;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected GuidanceRead() {
    }

    public GuidanceRead(Guidance guidance, Account account, Instant readAt) {
        this.guidance = guidance;
        this.account = account;
        this.readAt = readAt;
    }

    public Long getId() {
        return id;
    }

    public Guidance getGuidance() {
        return guidance;
    }

    public Account getAccount() {
        return account;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
