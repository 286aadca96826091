package be.atrium.meetings.web;

import be.atrium.meetings.Meeting;
import be.atrium.meetings.MeetingDetails;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When a meeting is, as people in Belgium read it, in Brussels time:
 * {@code #{meetingTimes.range(m)}} gives "donderdag 4 maart 2027, 10:00–12:00" (the end's day too
 * when it ends on another day); {@code #{meetingTimes.input(t)}} the form's "2027-03-04 10:00".
 */
@Named
@ApplicationScoped
public class MeetingTimes {

    static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String range(Meeting m) {
        return m == null ? "" : range(m.getStartsAt(), m.getEndsAt(), locale());
    }

    static String range(Instant start, Instant end, Locale locale) {
        ZonedDateTime from = start.atZone(MeetingDetails.ZONE);
        ZonedDateTime to = end.atZone(MeetingDetails.ZONE);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return day.format(from) + ", " + TIME.format(from) + "\u2013" + TIME.format(to);
        }
        return day.format(from) + ", " + TIME.format(from) + " \u2013 " + day.format(to) + ", " + TIME.format(to);
    }

    /** The day in Belgian form: "4 maart 2027". */
    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
    }

    /** A moment as the form shows and reads it: "2027-03-04 10:00", Brussels time. */
    public static String input(Instant at) {
        return at == null ? null : INPUT.format(at.atZone(MeetingDetails.ZONE));
    }

    /** The start as ISO with offset, for {@code <time datetime>}. */
    public String iso(Instant at) {
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(MeetingDetails.ZONE));
    }

    private static Locale locale() {
        return new Locale.Builder().setLanguage(Messages.pageLocale().getLanguage()).setRegion("BE").build();
    }
}
