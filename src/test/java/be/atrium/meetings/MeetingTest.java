package be.atrium.meetings;

import be.atrium.identity.Account;
import be.atrium.network.Atrium;
import be.atrium.network.AtriumKind;
import be.atrium.platform.DomainException;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on a meeting, its invitations and tasks, and the iCalendar made of it. */
class MeetingTest {

    private static final Instant NOW = Instant.parse("2027-03-01T08:00:00Z");
    private final Atrium atrium = new Atrium("gent", "Atrium Gent", AtriumKind.REGIONAL, false, NOW);
    private final Account organiser = Account.placeholder("organiser", NOW);

    private Meeting meeting(String start) {
        Instant at = Instant.parse(start);
        return Meeting.plan(atrium, organiser, new MeetingDetails("Samenkomst", at, at.plus(Duration.ofHours(2)),
                "Stadhuis", null, "- RUP"), "<ul><li>RUP</li></ul>", NOW);
    }

    @Test
    void everyChangeACalendarMustFollowRaisesTheSequenceAndTheUidStays() {
        Meeting m = meeting("2027-03-10T09:00:00Z");
        String uid = m.getUid();
        assertEquals(0, m.getSequence());
        m.revise(new MeetingDetails("Verplaatst", Instant.parse("2027-03-11T09:00:00Z"), Instant.parse("2027-03-11T10:00:00Z"),
                null, "https://meet.example.org/a", null), null, organiser, NOW);
        assertEquals(1, m.getSequence());
        assertEquals(uid, m.getUid());
        assertEquals(null, m.getAgendaHtml(), "no agenda, no HTML of one");
        m.cancel(organiser, NOW);
        assertEquals(2, m.getSequence());
        assertTrue(m.isCancelled());
        assertEquals("meeting.cancelled", assertThrows(DomainException.class, () -> m.cancel(organiser, NOW)).code());
        assertThrows(DomainException.class, () -> m.revise(new MeetingDetails("Toch", NOW, NOW.plusSeconds(60), "Gent",
                null, null), null, organiser, NOW));
    }

    @Test
    void aReportAndAttendanceAreForAMeetingThatHasBegun() {
        Meeting future = meeting("2027-03-10T09:00:00Z");
        assertEquals("meeting.report.notStarted", assertThrows(DomainException.class, () -> future.requireReportable(NOW)).code());
        assertThrows(DomainException.class, () -> future.requireAttendanceTakeable(NOW));
        Meeting running = meeting("2027-03-01T07:30:00Z");
        running.requireReportable(NOW);
        assertTrue(running.hasStarted(NOW));
        assertFalse(running.isPast(NOW));
        Meeting past = meeting("2027-02-01T09:00:00Z");
        past.requireReportable(NOW);
        Invitation invitation = new Invitation(past, Account.placeholder("member", NOW));
        assertEquals("meeting.answer.past", assertThrows(DomainException.class, () -> invitation.answer(Answer.YES, NOW)).code());
        invitation.record(Attendance.PRESENT, NOW);
        assertEquals(Attendance.PRESENT, invitation.getAttendance());
    }

    @Test
    void aTaskOfAnotherKindNeedsADescriptionAndIsLateOnlyWhileOpenPastItsDay() {
        Meeting m = meeting("2027-03-10T09:00:00Z");
        Account member = Account.placeholder("member", NOW);
        assertEquals("meeting.task.description.required", assertThrows(DomainException.class,
                () -> new MeetingTask(m, TaskKind.OTHER, " ", member, null, organiser, NOW)).code());
        MeetingTask task = new MeetingTask(m, TaskKind.WRITE_REPORT, null, member, LocalDate.of(2027, 3, 12), organiser, NOW);
        assertFalse(task.isLate(LocalDate.of(2027, 3, 12)));
        assertTrue(task.isLate(LocalDate.of(2027, 3, 13)));
        task.mark(TaskStatus.DONE, NOW);
        assertFalse(task.isLate(LocalDate.of(2027, 3, 13)));
        assertEquals(NOW, task.getDoneAt());
        task.mark(TaskStatus.OPEN, NOW);
        assertEquals(null, task.getDoneAt());
    }

    @Test
    void theCalendarReadsBackWithItsUidSequenceTimesInUtcAndStatus() throws Exception {
        Meeting m = meeting("2027-03-10T09:00:00Z");
        m.cancel(organiser, NOW);
        String text = MeetingCalendar.of(List.of(m), "Atrium", x -> URI.create("https://atrium.example/meetings/meeting.xhtml?id=1"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        List<VEvent> events = calendar.getComponents();
        assertEquals(1, events.size());
        VEvent e = events.get(0);
        assertEquals(m.getUid(), e.getProperty(Property.UID).orElseThrow().getValue());
        assertEquals("1", e.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CANCELLED", e.getProperty(Property.STATUS).orElseThrow().getValue());
        assertEquals("20270310T090000Z", e.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("20270310T110000Z", e.getProperty(Property.DTEND).orElseThrow().getValue());
        assertEquals("Stadhuis", e.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertTrue(e.getProperty(Property.DESCRIPTION).orElseThrow().getValue().contains("- RUP"));
        assertTrue(text.contains("METHOD:PUBLISH"), text);
    }
}
