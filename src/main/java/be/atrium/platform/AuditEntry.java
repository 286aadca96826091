package be.atrium.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * One administration, moderation or security action (a failed or throttled login, a password or
 * token change): who did what to what, when, and from which client address. Never changed.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = "AuditEntry.latest", query = "SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(length = 2000)
    private String detail;

    /** Where the request came from (platform.web.ClientAddress), or null when no request did it. */
    @Column(name = "client_address", length = 45)
    private String clientAddress;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, String actor, String action, String subject, String detail) {
        this.at = Objects.requireNonNull(at);
        this.actor = truncate(Objects.requireNonNull(actor), 60);
        this.action = Objects.requireNonNull(action);
        this.subject = truncate(Objects.requireNonNull(subject), 200);
        this.detail = detail == null ? null : truncate(detail, 2000);
    }

    public AuditEntry(Instant at, String actor, String action, String subject, String detail, String clientAddress) {
        this(at, actor, action, subject, detail);
        this.clientAddress = clientAddress == null ? null : truncate(clientAddress, 45);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubject() {
        return subject;
    }

    public String getDetail() {
        return detail;
    }

    public String getClientAddress() {
        return clientAddress;
    }
}
