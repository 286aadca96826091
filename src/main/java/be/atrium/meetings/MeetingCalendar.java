package be.atrium.meetings;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.function.Function;

/**
 * Meetings as iCalendar (RFC 5545), made with ical4j: one VEVENT per meeting with its stable UID,
 * its SEQUENCE (grows with every change, so calendars replace the event they have), start and end
 * in UTC, the place or online link as LOCATION, the agenda as DESCRIPTION, a link to the meeting's
 * page and STATUS CONFIRMED or CANCELLED. The same for one meeting (a download) and for a feed.
 */
public final class MeetingCalendar {

    static final String PRODUCT = "-//Atrium//Samenkomsten//NL";
    /** Where personal calendar feeds are served (no login: the secret in the address is the key). */
    public static final String FEED_PREFIX = "/feeds/meetings/";

    private MeetingCalendar() {
    }

    /**
     * The calendar text of the meetings.
     *
     * @param name    the calendar's name (X-WR-CALNAME) as calendar programs show it; null for none
     * @param pageUrl the absolute address of a meeting's page
     */
    public static String of(Collection<Meeting> meetings, String name, Function<Meeting, URI> pageUrl) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        for (Meeting m : meetings) {
            calendar.add(event(m, pageUrl.apply(m)));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(true).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("a meeting made an invalid calendar: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The address (from the application's root) of the feed with this secret. */
    public static String feedPath(String token) {
        return FEED_PREFIX + token + ".ics";
    }

    static VEvent event(Meeting m, URI page) {
        VEvent event = new VEvent(false)
                .add(new Uid(m.getUid()))
                .add(new DtStamp(stamp(m)))
                .add(new LastModified(stamp(m)))
                .add(new DtStart<>(m.getStartsAt()))
                .add(new DtEnd<>(m.getEndsAt()))
                .add(new Summary(m.getTitle()))
                .add(new Sequence(m.getSequence()))
                .add(m.isCancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String location = location(m);
        if (location != null) {
            event.add(new Location(location));
        }
        StringBuilder description = new StringBuilder();
        if (m.getAgenda() != null) {
            description.append(m.getAgenda());
        }
        if (m.getOnlineUrl() != null) {
            description.append(description.length() == 0 ? "" : "\n\n").append(m.getOnlineUrl());
        }
        if (page != null) {
            description.append(description.length() == 0 ? "" : "\n\n").append(page);
            event.add(new Url(page));
        }
        if (description.length() > 0) {
            event.add(new Description(description.toString()));
        }
        return event;
    }

    /** The place, else the online link (a place and a link: the place; the link is in the description). */
    static String location(Meeting m) {
        return m.getPlace() != null ? m.getPlace() : m.getOnlineUrl();
    }

    /** When the meeting last changed, whole seconds (iCalendar has no fractions). */
    private static Instant stamp(Meeting m) {
        return (m.getUpdatedAt() != null ? m.getUpdatedAt() : m.getCreatedAt()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
