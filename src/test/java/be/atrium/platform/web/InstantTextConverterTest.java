package be.atrium.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.FormatStyle;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InstantTextConverterTest {

    @Test
    void winterTimeInBelgianDutch() {
        assertEquals("28 november 2026 16:32", InstantTextConverter.format(
                Instant.parse("2026-11-28T15:32:06Z"), Locale.forLanguageTag("nl"), FormatStyle.SHORT));
    }

    @Test
    void summerTimeInEnglishWithSeconds() {
        assertEquals("1 July 2026, 14:05:09", InstantTextConverter.format(
                Instant.parse("2026-07-01T12:05:09Z"), Locale.ENGLISH, FormatStyle.MEDIUM));
    }
}
