package be.atrium.discussion.web;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-11-28T15:32:00Z");

    private static String ago(Duration d) {
        RelativeTime.Ago ago = RelativeTime.of(NOW.minus(d), NOW);
        return ago.key().substring("discussion.time.".length()) + ":" + ago.amount();
    }

    @Test
    void underAMinuteIsJustNow() {
        assertEquals("justNow:0", ago(Duration.ofSeconds(59)));
        assertEquals("justNow:0", ago(Duration.ofSeconds(-30)));
    }

    @Test
    void minutesHoursAndDays() {
        assertEquals("minutes:1", ago(Duration.ofSeconds(60)));
        assertEquals("minutes:59", ago(Duration.ofMinutes(59).plusSeconds(59)));
        assertEquals("hours:3", ago(Duration.ofHours(3).plusMinutes(20)));
        assertEquals("hours:23", ago(Duration.ofHours(23)));
        assertEquals("days:1", ago(Duration.ofHours(24)));
        assertEquals("days:6", ago(Duration.ofDays(6)));
    }

    @Test
    void aWeekOrOlderShowsTheDate() {
        assertEquals("date:0", ago(Duration.ofDays(7)));
        assertEquals("date:0", ago(Duration.ofDays(400)));
    }
}
