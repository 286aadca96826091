package be.atrium.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times on discussion pages: {@code #{timeLabels.ago(t)}} says "3 uur geleden" ({@link RelativeTime}),
 * and {@code #{timeLabels.exact(t)}} gives the exact Brussels time for the {@code title} (hover) and
 * the {@code datetime} of a {@code <time>} element via {@code #{timeLabels.iso(t)}};
 * {@code #{timeLabels.date(t)}} is the day in Belgian form ("28 november 2026").
 */
@Named
@ApplicationScoped
public class TimeLabels {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Inject
    Clock clock;

    public String ago(Instant then) {
        return then == null ? "" : RelativeTime.text(then, clock.instant(), Messages.pageLocale());
    }

    public String exact(Instant then) {
        return then == null ? "" : InstantTextConverter.format(then, Messages.pageLocale(), FormatStyle.SHORT);
    }

    /** The day in Brussels, in the page's language as written in Belgium: "28 november 2026". */
    public String date(Instant then) {
        if (then == null) {
            return "";
        }
        Locale belgian = new Locale.Builder().setLanguage(Messages.pageLocale().getLanguage()).setRegion("BE").build();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(belgian).withZone(BRUSSELS).format(then);
    }

    public String iso(Instant then) {
        return then == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(BRUSSELS).format(then);
    }
}
