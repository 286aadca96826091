package be.atrium.notify.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One mail in the queue, composed when it was queued (in the recipient's language, with its
 * unsubscribe link), so sending is only delivery. Its dedupe key is unique: the same mail is never
 * queued twice. The back-off rules live here: a failed attempt waits twice as long as the one
 * before, and after {@code maxAttempts} the mail is {@link MailStatus#FAILED} until an
 * administrator retries it.
 */
@Entity
@Table(name = "mail_message")
@NamedQuery(name = "MailMessage.claimedBy",
        query = "SELECT m FROM MailMessage m WHERE m.claimedBy = :claim AND m.status = be.atrium.notify.mail.MailStatus.SENDING ORDER BY m.id")
@NamedQuery(name = "MailMessage.byDedupeKey", query = "SELECT m FROM MailMessage m WHERE m.dedupeKey = :key")
@NamedQuery(name = "MailMessage.countByStatus", query = "SELECT m.status, COUNT(m) FROM MailMessage m GROUP BY m.status")
@NamedQuery(name = "MailMessage.failed",
        query = "SELECT m FROM MailMessage m WHERE m.status = be.atrium.notify.mail.MailStatus.FAILED ORDER BY m.id DESC")
public class MailMessage {

    public static final int MAX_SUBJECT = 300;
    public static final int MAX_ERROR = 1000;
    /** The first retry waits this long; each next one twice as long. */
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration MAX_RETRY = Duration.ofHours(6);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "to_address", nullable = false, length = 254)
    private String toAddress;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "text_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String textBody;

    @Column(name = "html_body", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String htmlBody;

    @Column(name = "unsubscribe_url", length = 1000)
    private String unsubscribeUrl;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "dedupe_key", nullable = false, length = 190, unique = true)
    private String dedupeKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "claimed_by", length = 150)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected MailMessage() {
    }

    public MailMessage(Long accountId, String toAddress, String language, String kind, String dedupeKey,
                       ComposedMail mail, Instant at) {
        if (toAddress == null || toAddress.isBlank()) {
            throw new IllegalArgumentException("a mail needs an address");
        }
        this.accountId = accountId;
        this.toAddress = toAddress.strip();
        this.language = Objects.requireNonNull(language);
        this.kind = Objects.requireNonNull(kind);
        this.dedupeKey = Objects.requireNonNull(dedupeKey);
        this.subject = cut(mail.subject(), MAX_SUBJECT);
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.unsubscribeUrl = mail.unsubscribeUrl();
        this.status = MailStatus.QUEUED;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    /** The server took it. */
    public void sent(Instant at) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = at;
        lastError = null;
        release();
    }

    /**
     * An attempt failed: wait before the next ({@link #FIRST_RETRY}, doubling, at most
     * {@link #MAX_RETRY}), or give up after {@code maxAttempts}.
     */
    public void failed(String error, Instant at, int maxAttempts) {
        attempts++;
        lastError = cut(error == null ? "unknown error" : error, MAX_ERROR);
        release();
        if (attempts >= maxAttempts) {
            status = MailStatus.FAILED;
            return;
        }
        status = MailStatus.QUEUED;
        nextAttemptAt = at.plus(backOff(attempts));
    }

    /** The wait after the given number of failed attempts. */
    static Duration backOff(int failedAttempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(20, Math.max(0, failedAttempts - 1)));
        return wait.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : wait;
    }

    /** An administrator tries a failed mail again: from the start, now. */
    public void retry(Instant at) {
        if (status != MailStatus.FAILED) {
            throw new IllegalStateException("only a failed mail is retried");
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = at;
        release();
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public String getUnsubscribeUrl() {
        return unsubscribeUrl;
    }

    public String getKind() {
        return kind;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public Instant getClaimedUntil() {
        return claimedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
