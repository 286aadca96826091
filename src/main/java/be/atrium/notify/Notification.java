package be.atrium.notify;

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

/**
 * One line in a person's notifications: what happened ({@link NotificationKind}), where (the title
 * and path of the place, as the recipient may see it), who did it, when, and whether the person has
 * read it. Made by {@link NotificationFanOut} from outbox events, in batches; only its read mark
 * changes afterwards.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.ofRecipient", query = "SELECT n FROM Notification n LEFT JOIN FETCH n.actor "
        + "WHERE n.recipient.id = :recipient ORDER BY n.id DESC")
@NamedQuery(name = "Notification.unreadOfRecipient", query = "SELECT n FROM Notification n LEFT JOIN FETCH n.actor "
        + "WHERE n.recipient.id = :recipient AND n.readAt IS NULL ORDER BY n.id DESC")
@NamedQuery(name = "Notification.countUnread",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :recipient AND n.readAt IS NULL")
@NamedQuery(name = "Notification.count",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :recipient")
@NamedQuery(name = "Notification.markRead", query = "UPDATE Notification n SET n.readAt = :at "
        + "WHERE n.recipient.id = :recipient AND n.id = :id AND n.readAt IS NULL")
@NamedQuery(name = "Notification.markAllRead", query = "UPDATE Notification n SET n.readAt = :at "
        + "WHERE n.recipient.id = :recipient AND n.readAt IS NULL")
@NamedQuery(name = "Notification.exists",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :recipient AND n.id = :id")
public class Notification {

    public static final int MAX_TITLE = 300;
    public static final int MAX_PATH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Account recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private NotificationKind kind;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_PATH)
    private String path;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Account actor;

    @Column(name = "source_key", nullable = false, length = 100)
    private String sourceKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    /** A title cut to what the column holds (a thread title is shorter; a guidance title may not be). */
    public static String fitTitle(String title) {
        String t = title == null || title.isBlank() ? "-" : title.strip();
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1) + "\u2026";
    }

    /** A path below the context root, as the pages link it; anything else is a programming error. */
    public static String requirePath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.length() > MAX_PATH) {
            throw new IllegalArgumentException("a notification's path is below the context root: " + path);
        }
        return path;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public Account getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getPath() {
        return path;
    }

    public Account getActor() {
        return actor;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
