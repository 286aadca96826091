package be.atrium.notify;

import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
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
import java.util.Locale;
import java.util.Objects;

/**
 * What a person chose to watch, and how much: a thread, a board, a tag, a wiki page or a guidance
 * series (everything or nothing), or an Atrium (everything, new threads only, nothing). Without a
 * row the defaults hold: one's own threads and those one answered are watched, experts watch their
 * expert board; a row with {@link WatchLevel#NOTHING} silences a default.
 */
@Entity
@Table(name = "subscription")
@NamedQuery(name = "Subscription.ofAccount",
        query = "SELECT s FROM Subscription s WHERE s.account.id = :account ORDER BY s.targetKind, s.id")
@NamedQuery(name = "Subscription.find", query = "SELECT s FROM Subscription s WHERE s.account.id = :account "
        + "AND s.targetKind = :kind AND s.targetId = :targetId AND s.targetTag = :tag")
public class Subscription {

    public static final int MAX_TAG = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_kind", nullable = false, length = 20)
    private SubscriptionTarget targetKind;

    /** The id of the thread, board, wiki page, guidance or Atrium; 0 for a tag. */
    @Column(name = "target_id", nullable = false)
    private long targetId;

    /** The tag; empty for every other target. */
    @Column(name = "target_tag", nullable = false, length = MAX_TAG)
    private String targetTag = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WatchLevel level;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Subscription() {
    }

    public Subscription(Account account, Target target, WatchLevel level, Instant createdAt) {
        this.account = Objects.requireNonNull(account);
        this.targetKind = target.kind();
        this.targetId = target.id();
        this.targetTag = target.tag();
        this.createdAt = Objects.requireNonNull(createdAt);
        change(level);
    }

    /** Changes how much the person hears; a level the target does not know is refused. */
    public void change(WatchLevel newLevel) {
        this.level = requireLevel(targetKind, newLevel);
    }

    /** New threads only make sense for a board, a tag or an Atrium: elsewhere the level is refused. */
    public static WatchLevel requireLevel(SubscriptionTarget kind, WatchLevel level) {
        if (level == null || !kind.levels().contains(level)) {
            throw new DomainException("notify.subscription.level.invalid", "level");
        }
        return level;
    }

    /**
     * What is watched: a kind of target with an id, or a tag. Tags are compared in lower case, as
     * threads store them.
     */
    public record Target(SubscriptionTarget kind, long id, String tag) {

        public Target {
            Objects.requireNonNull(kind, "kind");
            if (kind == SubscriptionTarget.TAG) {
                tag = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
                if (tag.isEmpty() || tag.length() > MAX_TAG) {
                    throw new DomainException("notify.subscription.tag.invalid", "tag", MAX_TAG);
                }
                id = 0;
            } else {
                if (id <= 0) {
                    throw new DomainException("notify.subscription.id.required", "id");
                }
                tag = "";
            }
        }

        public static Target of(SubscriptionTarget kind, long id) {
            return new Target(kind, id, null);
        }

        public static Target tag(String tag) {
            return new Target(SubscriptionTarget.TAG, 0, tag);
        }
    }

    public Target target() {
        return new Target(targetKind, targetId, targetTag);
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public SubscriptionTarget getTargetKind() {
        return targetKind;
    }

    public long getTargetId() {
        return targetId;
    }

    public String getTargetTag() {
        return targetTag;
    }

    public WatchLevel getLevel() {
        return level;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
