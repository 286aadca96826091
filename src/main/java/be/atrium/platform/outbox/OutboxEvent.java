package be.atrium.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A content change recorded in the same transaction as the change, for search, notifications
 * and feeds to pick up after commit (and again after a crash: the database is the truth). Read
 * by {@link OutboxConsumer}s, each with its own cursor; never changed once written.
 */
@Entity
@Table(name = "outbox_event")
@NamedQuery(name = "OutboxEvent.after", query = "SELECT e FROM OutboxEvent e WHERE e.id > :position ORDER BY e.id")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "aggregate_type", nullable = false, length = 40)
    private String aggregateType;

    @Column(name = "aggregate_id", nullable = false)
    private long aggregateId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    /** The account that made the change; null for the system (start-up, imports' placeholders, sweeps). */
    @Column(name = "actor_id")
    private Long actorId;

    protected OutboxEvent() {
    }

    public OutboxEvent(Instant createdAt, ChangeType type, long aggregateId, Long actorId) {
        this.createdAt = createdAt;
        this.aggregateType = type.aggregate();
        this.aggregateId = aggregateId;
        this.eventType = type.action();
        this.actorId = actorId;
    }

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getAggregateType() {
        return aggregateType;
    }

    public long getAggregateId() {
        return aggregateId;
    }

    public String getEventType() {
        return eventType;
    }

    public ChangeType getType() {
        return ChangeType.of(aggregateType, eventType);
    }

    public Long getActorId() {
        return actorId;
    }

    @Override
    public String toString() {
        return "#" + id + " " + aggregateType + ":" + aggregateId + " " + eventType;
    }
}
