package be.atrium.meetings;

import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What people and tools type for a meeting: times in Brussels, place or link, every error at once. */
class MeetingDetailsTest {

    @Test
    void localTimesAreBrusselsTimeInWinterAndSummerAndInstantsStayAsTheyAre() {
        MeetingDetails winter = MeetingDetails.parse("Samenkomst", "2027-03-04T10:00", "2027-03-04 12:30", "Gent", null, null);
        assertEquals(Instant.parse("2027-03-04T09:00:00Z"), winter.start());
        assertEquals(Instant.parse("2027-03-04T11:30:00Z"), winter.end(), "a space instead of the T, as people type it");
        MeetingDetails summer = MeetingDetails.parse("Samenkomst", "2027-06-04T10:00", "2027-06-04T12:00+02:00", "Gent", null, null);
        assertEquals(Instant.parse("2027-06-04T08:00:00Z"), summer.start());
        assertEquals(Instant.parse("2027-06-04T10:00:00Z"), summer.end());
        assertEquals(Instant.parse("2027-06-04T08:00:00Z"),
                MeetingDetails.parse("S", "2027-06-04T08:00:00Z", "2027-06-04T09:00:00Z", "Gent", null, null).start());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceWithItsField() {
        MeetingRejected rejected = assertThrows(MeetingRejected.class,
                () -> MeetingDetails.parse(" ", "morgen", "2027-03-04T12:00", null, null, null));
        assertEquals(List.of("title", "start", "place"), rejected.errors().stream().map(e -> e.field().orElse(null)).toList());
        assertEquals("meeting.title.required", rejected.code(), "the API answers the first");
    }

    @Test
    void aMeetingEndsAfterItStartsAndLastsAWeekAtMost() {
        assertEquals("meeting.end.beforeStart", field(() -> MeetingDetails.parse("S", "2027-03-04T12:00", "2027-03-04T12:00",
                "Gent", null, null)).code());
        assertEquals("meeting.end.beforeStart", field(() -> MeetingDetails.parse("S", "2027-03-04T12:00", "2027-03-04T10:00",
                "Gent", null, null)).code());
        assertEquals("meeting.end.tooLate", field(() -> MeetingDetails.parse("S", "2027-03-04T12:00", "2028-03-04T10:00",
                "Gent", null, null)).code());
        assertEquals("meeting.time.invalid", field(() -> MeetingDetails.parse("S", "+99999-03-04T12:00:00Z",
                "2027-03-04T10:00", "Gent", null, null)).code(), "a year the database cannot store");
        assertEquals("meeting.time.invalid", field(() -> MeetingDetails.parse("S", "2027-02-30T12:00",
                "2027-03-04T10:00", "Gent", null, null)).code());
    }

    @Test
    void anOnlineLinkIsAnHttpAddressAndAnAddressGivenAsPlaceIsTheLink() {
        MeetingDetails online = MeetingDetails.parse("S", "2027-03-04T10:00", "2027-03-04T11:00",
                "https://meet.example.org/x", null, null);
        assertNull(online.place());
        assertEquals("https://meet.example.org/x", online.link());
        MeetingDetails both = MeetingDetails.parse("S", "2027-03-04T10:00", "2027-03-04T11:00", "Gent, zaal 3",
                "http://meet.example.org/y", null);
        assertEquals("Gent, zaal 3", both.place());
        for (String bad : List.of("javascript:alert(1)", "ftp://files.example.org/a", "https://", "data:text/html,x",
                "no address", "https://exa mple.org")) {
            DomainException e = field(() -> MeetingDetails.parse("S", "2027-03-04T10:00", "2027-03-04T11:00", null, bad, null));
            assertEquals("link", e.field().orElseThrow(), bad);
        }
        assertEquals("link", field(() -> MeetingDetails.parse("S", "2027-03-04T10:00", "2027-03-04T11:00",
                "javascript://x%0Aalert(1)", null, null)).field().orElseThrow(), "a script address as place is refused too");
        assertEquals("Gent: stadhuis", MeetingDetails.parse("S", "2027-03-04T10:00", "2027-03-04T11:00", "Gent: stadhuis",
                null, null).place(), "a colon does not make a place an address");
    }

    @Test
    void textsHaveTheirLimits() {
        assertEquals("title", field(() -> MeetingDetails.parse("x".repeat(201), "2027-03-04T10:00", "2027-03-04T11:00",
                "Gent", null, null)).field().orElseThrow());
        assertEquals("place", field(() -> MeetingDetails.parse("S", "2027-03-04T10:00", "2027-03-04T11:00",
                "x".repeat(301), null, null)).field().orElseThrow());
        assertEquals("agenda", field(() -> MeetingDetails.parse("S", "2027-03-04T10:00", "2027-03-04T11:00",
                "Gent", null, "x".repeat(100_001))).field().orElseThrow());
    }

    private static DomainException field(org.junit.jupiter.api.function.Executable parse) {
        MeetingRejected rejected = assertThrows(MeetingRejected.class, parse);
        assertEquals(1, rejected.errors().size(), rejected.errors().toString());
        return rejected.errors().get(0);
    }
}
