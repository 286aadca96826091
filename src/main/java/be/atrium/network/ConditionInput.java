package be.atrium.network;

import java.time.LocalDate;

/** What a person entered for one ontvoogding condition. */
public record ConditionInput(ConditionStatus status, LocalDate date, String note) {
}
