package be.atrium.platform.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-28T15:32:00Z");

    private static String nl(Duration ago) {
        return RelativeTime.text(NOW.minus(ago), NOW, Locale.forLanguageTag("nl"));
    }

    private static String en(Duration ago) {
        return RelativeTime.text(NOW.minus(ago), NOW, Locale.forLanguageTag("en"));
    }

    @Test
    void underAMinuteIsJustNow() {
        assertEquals("zonet", nl(Duration.ofSeconds(59)));
        assertEquals("zonet", nl(Duration.ofSeconds(-30)));
        assertEquals("just now", en(Duration.ofSeconds(0)));
    }

    @Test
    void aTimeAheadOfTheClockIsJustNow() {
        assertEquals("zonet", nl(Duration.ofHours(-3)));
        assertEquals("just now", en(Duration.ofDays(-2)));
    }

    @Test
    void minutesHoursAndDays() {
        assertEquals("1 minuut geleden", nl(Duration.ofSeconds(60)));
        assertEquals("59 minuten geleden", nl(Duration.ofMinutes(59).plusSeconds(59)));
        assertEquals("1 uur geleden", nl(Duration.ofMinutes(61)));
        assertEquals("3 uur geleden", nl(Duration.ofHours(3).plusMinutes(20)));
        assertEquals("3 uur geleden", nl(Duration.ofHours(3).plusMinutes(40)), "counted down, as a reader does");
        assertEquals("23 uur geleden", nl(Duration.ofHours(23).plusMinutes(50)));
        assertEquals("gisteren", nl(Duration.ofHours(24)));
        assertEquals("gisteren", nl(Duration.ofHours(47)));
        assertEquals("2 dagen geleden", nl(Duration.ofHours(48)));
        assertEquals("6 dagen geleden", nl(Duration.ofDays(6)));
    }

    @Test
    void minutesHoursAndDaysInEnglish() {
        assertEquals("1 minute ago", en(Duration.ofSeconds(60)));
        assertEquals("59 minutes ago", en(Duration.ofMinutes(59).plusSeconds(59)));
        assertEquals("1 hour ago", en(Duration.ofMinutes(61)));
        assertEquals("3 hours ago", en(Duration.ofHours(3).plusMinutes(20)));
        assertEquals("23 hours ago", en(Duration.ofHours(23)));
        assertEquals("yesterday", en(Duration.ofHours(24)));
        assertEquals("6 days ago", en(Duration.ofDays(6).plusHours(23)));
    }

    @Test
    void aWeekOrOlderShowsTheDate() {
        assertEquals("21 november 2026", nl(Duration.ofDays(7)));
        assertEquals("24 oktober 2025", nl(Duration.ofDays(400)));
        assertEquals("21 November 2026", en(Duration.ofDays(7)));
    }
}
