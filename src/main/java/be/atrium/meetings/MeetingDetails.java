package be.atrium.meetings;

import be.atrium.platform.Dates;
import be.atrium.platform.DomainException;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What an organiser says about a meeting, checked as a whole: title, start and end (instants,
 * shown in Brussels time), place and/or online link, agenda (Markdown). {@link #parse} reads
 * what people and tools type and reports every broken rule at once ({@link MeetingRejected}).
 *
 * @param place free text ("Stadhuis Gent, zaal 3"); null when none
 * @param link  an http(s) address of the online meeting; null when none
 */
public record MeetingDetails(String title, Instant start, Instant end, String place, String link, String agenda) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    public static final int MAX_TITLE = 200;
    public static final int MAX_PLACE = 300;
    public static final int MAX_LINK = 1000;
    public static final int MAX_AGENDA = 100_000;
    /** A meeting lasts at most this many days (a typo in a year or month is caught). */
    public static final int MAX_DAYS = 7;

    private static final Pattern LOCAL_WITH_SPACE = Pattern.compile("\\d{4}-\\d{2}-\\d{2} +\\d{2}:\\d{2}(:\\d{2})?");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*", Pattern.DOTALL);

    /**
     * Reads typed text. Times are ISO-8601: an instant ({@code 2027-03-04T09:00:00Z}), a time with
     * an offset ({@code 2027-03-04T10:00+01:00}) or a local time in Brussels ({@code 2027-03-04T10:00},
     * also with a space for the T: {@code 2027-03-04 10:00}).
     * A place that is an address ({@code https://...}) is taken as the online link when no link is given.
     */
    public static MeetingDetails parse(String title, String start, String end, String place, String link, String agenda) {
        List<DomainException> errors = new ArrayList<>();
        String t = blankToNull(title);
        if (t == null) {
            errors.add(new DomainException("meeting.title.required", "title"));
        } else if (t.length() > MAX_TITLE) {
            errors.add(new DomainException("meeting.title.tooLong", "title", MAX_TITLE));
        }
        Instant from = time(start, "start", errors);
        Instant to = time(end, "end", errors);
        if (from != null && to != null) {
            if (!to.isAfter(from)) {
                errors.add(new DomainException("meeting.end.beforeStart", "end"));
            } else if (to.isAfter(from.plus(java.time.Duration.ofDays(MAX_DAYS)))) {
                errors.add(new DomainException("meeting.end.tooLate", "end", MAX_DAYS));
            }
        }
        String p = blankToNull(place);
        String l = blankToNull(link);
        if (p != null && l == null && SCHEME.matcher(p).matches()) {
            l = p;
            p = null;
        }
        if (p != null && p.length() > MAX_PLACE) {
            errors.add(new DomainException("meeting.place.tooLong", "place", MAX_PLACE));
        }
        if (l != null) {
            String problem = linkProblem(l);
            if (problem != null) {
                errors.add(new DomainException(problem, "link", MAX_LINK));
            }
        }
        if (p == null && l == null) {
            errors.add(new DomainException("meeting.place.required", "place"));
        }
        String a = blankToNull(agenda);
        if (a != null && a.length() > MAX_AGENDA) {
            errors.add(new DomainException("meeting.agenda.tooLong", "agenda", MAX_AGENDA));
        }
        if (!errors.isEmpty()) {
            throw new MeetingRejected(errors);
        }
        return new MeetingDetails(t, from, to, p, l, a);
    }

    /** The message key of what is wrong with an online link, or null: only http and https addresses with a host. */
    static String linkProblem(String link) {
        if (link.length() > MAX_LINK) {
            return "meeting.link.tooLong";
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null || uri.getHost().isBlank()) {
                return "meeting.link.invalid";
            }
            return null;
        } catch (URISyntaxException e) {
            return "meeting.link.invalid";
        }
    }

    /** An instant from ISO text (see {@link #parse}); null and an error in {@code errors} when it is none. */
    static Instant time(String text, String field, List<DomainException> errors) {
        String value = blankToNull(text);
        if (value == null) {
            errors.add(new DomainException("meeting." + field + ".required", field));
            return null;
        }
        Instant at = parseTime(value);
        if (at == null || !Dates.storable(at)) {
            errors.add(new DomainException("meeting.time.invalid", field, value));
            return null;
        }
        return at;
    }

    /** An ISO instant, offset time or Brussels local time; null when the text is none of these. */
    public static Instant parseTime(String text) {
        // what people type: a space between day and time ("2027-03-04 10:00") as ISO's T
        String value = LOCAL_WITH_SPACE.matcher(text).matches() ? text.replaceFirst(" +", "T") : text;
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            // an offset or a local time, below
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            // a local time, below
        }
        try {
            return LocalDateTime.parse(value).atZone(ZONE).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
