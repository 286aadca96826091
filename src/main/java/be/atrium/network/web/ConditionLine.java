package be.atrium.network.web;

import be.atrium.network.ConditionKind;
import be.atrium.network.ConditionStatus;
import be.atrium.network.OntvoogdingCondition;
import be.atrium.network.OntvoogdingRow;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** One ontvoogding condition of a municipality as a page shows it; a condition never recorded is unknown. */
public class ConditionLine {
    private final ConditionKind kind;
    private final ConditionStatus status;
    private final LocalDate date;
    private final String note;
    private final String updatedBy;
    private final Instant updatedAt;

    ConditionLine(ConditionKind kind, OntvoogdingCondition condition) {
        this.kind = kind;
        this.status = condition == null ? ConditionStatus.UNKNOWN : condition.getStatus();
        this.date = condition == null ? null : condition.getStatusDate();
        this.note = condition == null ? null : condition.getNote();
        this.updatedBy = condition == null ? null : condition.getUpdatedBy();
        this.updatedAt = condition == null ? null : condition.getUpdatedAt();
    }

    static List<ConditionLine> of(OntvoogdingRow row) {
        return Arrays.stream(ConditionKind.values()).map(k -> new ConditionLine(k, row.condition(k))).toList();
    }

    public ConditionKind getKind() {
        return kind;
    }

    public ConditionStatus getStatus() {
        return status;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getNote() {
        return note;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** When it was last changed, on the Brussels clock, for display. */
    public java.time.LocalDateTime getUpdatedAtLocal() {
        return updatedAt == null ? null : java.time.LocalDateTime.ofInstant(updatedAt, java.time.ZoneId.of("Europe/Brussels"));
    }
}
