package be.atrium.network;

import be.atrium.organisation.Organisation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntvoogdingRowTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final Organisation deinze = Fixtures.municipality("Deinze", "44083",
            Fixtures.province("Oost-Vlaanderen", "40000"));

    private OntvoogdingCondition condition(ConditionKind kind, ConditionStatus status) {
        OntvoogdingCondition c = new OntvoogdingCondition(deinze, kind);
        c.update(status, status == ConditionStatus.MET ? LocalDate.of(2012, 6, 1) : null, null, "admin", NOW);
        return c;
    }

    @Test
    void aMunicipalityMeetingAllFiveConditionsIsAutonomous() {
        OntvoogdingRow row = new OntvoogdingRow(deinze);
        for (ConditionKind kind : ConditionKind.values()) {
            row.add(condition(kind, ConditionStatus.MET));
        }
        assertTrue(row.isAutonomous());
        assertEquals(5, row.getMetCount());
    }

    @Test
    void fourOutOfFiveIsNotAutonomous() {
        OntvoogdingRow row = new OntvoogdingRow(deinze);
        for (ConditionKind kind : ConditionKind.values()) {
            row.add(condition(kind, kind == ConditionKind.UNDEVELOPED_PLOTS_REGISTER
                    ? ConditionStatus.IN_PROGRESS : ConditionStatus.MET));
        }
        assertFalse(row.isAutonomous());
        assertEquals(4, row.getMetCount());
        assertEquals(ConditionStatus.IN_PROGRESS, row.getStatuses().get("UNDEVELOPED_PLOTS_REGISTER"));
    }

    @Test
    void conditionsNeverRecordedCountAsUnknownNotAsMet() {
        OntvoogdingRow row = new OntvoogdingRow(deinze);
        row.add(condition(ConditionKind.STRUCTURE_PLAN, ConditionStatus.MET));
        assertFalse(row.isAutonomous());
        assertEquals(1, row.getMetCount());
        assertEquals(ConditionStatus.UNKNOWN, row.status(ConditionKind.PERMITS_REGISTER));
        assertEquals(5, row.getStatuses().size(), "the overview always shows all five conditions");
    }

    @Test
    void aGroupCountsItsAutonomousMunicipalities() {
        OntvoogdingRow autonomous = new OntvoogdingRow(deinze);
        for (ConditionKind kind : ConditionKind.values()) {
            autonomous.add(condition(kind, ConditionStatus.MET));
        }
        OntvoogdingGroup group = new OntvoogdingGroup("Oost-Vlaanderen", null,
                java.util.List.of(autonomous, new OntvoogdingRow(deinze)));
        assertEquals(1, group.getAutonomous());
        assertEquals(2, group.getTotal());
    }
}
