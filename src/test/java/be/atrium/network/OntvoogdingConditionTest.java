package be.atrium.network;

import be.atrium.organisation.Organisation;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntvoogdingConditionTest {

    /** 28 November 2026, 23:30 in Brussels (22:30 UTC). */
    private static final Instant LATE_EVENING = Instant.parse("2026-11-28T22:30:00Z");

    private final Organisation province = Fixtures.province("Oost-Vlaanderen", "40000");
    private final Organisation deinze = Fixtures.municipality("Deinze", "44083", province);

    @Test
    void aNewConditionIsUnknown() {
        OntvoogdingCondition c = new OntvoogdingCondition(deinze, ConditionKind.PLANS_REGISTER);
        assertEquals(ConditionStatus.UNKNOWN, c.getStatus());
        assertFalse(c.isMet());
    }

    @Test
    void onlyMunicipalitiesHaveConditions() {
        assertEquals("ontvoogding.onlyMunicipalities", assertThrows(DomainException.class,
                () -> new OntvoogdingCondition(province, ConditionKind.PLANS_REGISTER)).code());
    }

    @Test
    void aMetConditionNeedsTheDateItWasMet() {
        OntvoogdingCondition c = new OntvoogdingCondition(deinze, ConditionKind.STRUCTURE_PLAN);
        DomainException e = assertThrows(DomainException.class,
                () -> c.update(ConditionStatus.MET, null, null, "lies.janssens", LATE_EVENING));
        assertEquals("ontvoogding.date.requiredWhenMet", e.code());
        assertEquals("date", e.field().orElseThrow());
        assertEquals(ConditionStatus.UNKNOWN, c.getStatus(), "a rejected update changes nothing");
    }

    @Test
    void otherStatusesMayGoWithoutADate() {
        OntvoogdingCondition c = new OntvoogdingCondition(deinze, ConditionKind.STRUCTURE_PLAN);
        c.update(ConditionStatus.IN_PROGRESS, null, "in opmaak", "lies.janssens", LATE_EVENING);
        assertEquals(ConditionStatus.IN_PROGRESS, c.getStatus());
        assertNull(c.getStatusDate());
    }

    @Test
    void theDateIsNotInTheFutureInBrussels() {
        OntvoogdingCondition c = new OntvoogdingCondition(deinze, ConditionKind.PERMITS_REGISTER);
        DomainException e = assertThrows(DomainException.class, () -> c.update(ConditionStatus.MET,
                LocalDate.of(2026, 11, 29), null, "admin", Instant.parse("2026-11-28T12:00:00Z")));
        assertEquals("ontvoogding.date.future", e.code());
        assertEquals("date", e.field().orElseThrow());

        // At 23:30 in Brussels it is still the 28th; at 23:30 UTC it is already the 29th there.
        c.update(ConditionStatus.MET, LocalDate.of(2026, 11, 28), null, "admin", LATE_EVENING);
        c.update(ConditionStatus.MET, LocalDate.of(2026, 11, 29), null, "admin", Instant.parse("2026-11-28T23:30:00Z"));
        assertEquals(LocalDate.of(2026, 11, 29), c.getStatusDate());
    }

    @Test
    void recordsWhoChangedItAndTidiesTheNote() {
        OntvoogdingCondition c = new OntvoogdingCondition(deinze, ConditionKind.PLANNING_OFFICIAL);
        c.update(ConditionStatus.MET, LocalDate.of(2019, 3, 1), "  aangesteld  ", "lies.janssens", LATE_EVENING);
        assertTrue(c.isMet());
        assertEquals("aangesteld", c.getNote());
        assertEquals("lies.janssens", c.getUpdatedBy());
        assertEquals(LATE_EVENING, c.getUpdatedAt());

        c.update(ConditionStatus.NOT_MET, null, "   ", "admin", LATE_EVENING);
        assertNull(c.getNote());
        assertFalse(c.isMet());
    }

    @Test
    void theNoteHasAMaximumLength() {
        OntvoogdingCondition c = new OntvoogdingCondition(deinze, ConditionKind.PLANNING_OFFICIAL);
        DomainException e = assertThrows(DomainException.class, () -> c.update(ConditionStatus.NOT_MET, null,
                "x".repeat(OntvoogdingCondition.MAX_NOTE + 1), "admin", LATE_EVENING));
        assertEquals("ontvoogding.note.tooLong", e.code());
        assertEquals("note", e.field().orElseThrow());
        c.update(ConditionStatus.NOT_MET, null, "x".repeat(OntvoogdingCondition.MAX_NOTE), "admin", LATE_EVENING);
    }
}
