package be.atrium.platform.web;

import org.ocpsoft.prettytime.PrettyTime;
import org.ocpsoft.prettytime.units.Day;
import org.ocpsoft.prettytime.units.JustNow;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long ago something happened, in the words people use ("3 uur geleden", "3 hours ago"):
 * PrettyTime's minutes, hours and days, counted down as a reader does (59 minutes stay
 * "59 minuten geleden", not PrettyTime's rounded "60 minuten"), with the message bundle's "zonet"
 * for the first minute and "gisteren" for the day before. A week or more ago it is the date
 * itself, in Belgian form ("21 november 2026"). A time just ahead of the clock counts as now.
 */
public final class RelativeTime {

    private static final String JUST_NOW = "discussion.time.justNow";
    private static final String YESTERDAY = "discussion.time.yesterday";

    /** From this age on the date is shown instead. */
    private static final Duration DATE_FROM = Duration.ofDays(7);

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /**
     * One PrettyTime per language, kept because building one takes some 0.3 ms (a list page shows
     * dozens of times). Its reference point stays the epoch, so that threads can share it: an age
     * is asked as the instant that long before the epoch.
     */
    private static final Map<String, PrettyTime> PRETTY_TIMES = new ConcurrentHashMap<>();

    private RelativeTime() {
    }

    public static String text(Instant then, Instant now, Locale locale) {
        Duration age = then.isAfter(now) ? Duration.ZERO : Duration.between(then, now);
        if (age.compareTo(DATE_FROM) >= 0) {
            Locale belgian = new Locale.Builder().setLanguage(locale.getLanguage()).setRegion("BE").build();
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(belgian).withZone(BRUSSELS)
                    .format(then);
        }
        PrettyTime prettyTime = PRETTY_TIMES.computeIfAbsent(locale.getLanguage(),
                language -> new PrettyTime(Locale.forLanguageTag(language)).setReference(Instant.EPOCH));
        org.ocpsoft.prettytime.Duration ago = prettyTime.approximateDuration(Instant.EPOCH.minus(age));
        if (ago.getUnit() instanceof JustNow) {
            return Messages.text(locale, JUST_NOW);
        }
        if (ago.getUnit() instanceof Day && ago.getQuantity() == -1) {
            return Messages.text(locale, YESTERDAY);
        }
        return prettyTime.formatUnrounded(ago);
    }
}
