package be.atrium.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatesTest {

    @Test
    void anIsoDayInTheStorableYearsIsRead() {
        assertEquals(LocalDate.of(2026, 3, 31), Dates.day(" 2026-03-31 ", "from", "x.invalid"));
        assertEquals(LocalDate.of(9999, 12, 31), Dates.day("9999-12-31", "from", "x.invalid"));
        assertNull(Dates.day("  ", "from", "x.invalid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-01-01", "-99999-01-01", "0000-01-01", "0999-12-31", "+10000-01-01", "2026-02-30",
            "31/03/2026", "morgen"})
    void otherTextIsBadInputNamingTheField(String text) {
        DomainException e = assertThrows(DomainException.class, () -> Dates.day(text, "validUntil", "x.invalid"));
        assertEquals("x.invalid", e.code());
        assertEquals("validUntil", e.field().orElseThrow());
        assertNull(Dates.dayOrNull(text), "a page address forgives it");
    }

    @Test
    void momentsAreStorableInTheSameYears() {
        assertTrue(Dates.storable(Instant.parse("2026-12-06T10:00:00Z")));
        assertFalse(Dates.storable(Instant.parse("+99999-01-01T00:00:00Z")));
    }
}
