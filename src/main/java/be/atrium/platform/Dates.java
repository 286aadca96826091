package be.atrium.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Dates that people and tools type: ISO days ({@code 2026-03-31}) within the years the database
 * can store (1000 to 9999). ISO also reads {@code +99999-01-01}; such a year is bad input, never a
 * failure of the database afterwards.
 */
public final class Dates {

    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 9999;

    private Dates() {
    }

    /**
     * An ISO day, null when blank.
     *
     * @param invalidCode message key for text that is no day or one outside the storable years
     *                    (argument: the text as given)
     */
    public static LocalDate day(String text, String field, String invalidCode) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            LocalDate day = LocalDate.parse(value);
            if (storable(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // the same message as for a year out of range
        }
        throw new DomainException(invalidCode, field, value);
    }

    /** An ISO day within the storable years, or null (a filter in a page address forgives garbage). */
    public static LocalDate dayOrNull(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            return storable(day) ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether the day lies in the years the database stores (1000 to 9999). */
    public static boolean storable(LocalDate day) {
        return day.getYear() >= MIN_YEAR && day.getYear() <= MAX_YEAR;
    }

    /** Whether the moment lies in the years the database stores (UTC). */
    public static boolean storable(Instant moment) {
        return storable(LocalDate.ofInstant(moment, ZoneOffset.UTC));
    }
}
