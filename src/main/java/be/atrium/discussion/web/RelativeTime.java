package be.atrium.discussion.web;

import java.time.Duration;
import java.time.Instant;

/**
 * How long ago something happened, in the words people use ("3 uur geleden"): the unit and
 * amount to show, or a plain date once it is more than a week old. The text itself comes from
 * the message bundle ({@link TimeLabels}).
 */
public final class RelativeTime {

    /** A message key and the number to put in it. */
    public static final class Ago {
        private final String key;
        private final long amount;

        Ago(String key, long amount) {
            this.key = key;
            this.amount = amount;
        }

        public String key() {
            return key;
        }

        public long amount() {
            return amount;
        }

        @Override
        public String toString() {
            return key + "(" + amount + ")";
        }
    }

    public static final String JUST_NOW = "discussion.time.justNow";
    public static final String MINUTES = "discussion.time.minutes";
    public static final String HOURS = "discussion.time.hours";
    public static final String DAYS = "discussion.time.days";
    /** Older than a week: show the date itself. */
    public static final String DATE = "discussion.time.date";

    private RelativeTime() {
    }

    public static Ago of(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.getSeconds() < 60) {
            return new Ago(JUST_NOW, 0);
        }
        if (d.toMinutes() < 60) {
            return new Ago(MINUTES, d.toMinutes());
        }
        if (d.toHours() < 24) {
            return new Ago(HOURS, d.toHours());
        }
        if (d.toDays() < 7) {
            return new Ago(DAYS, d.toDays());
        }
        return new Ago(DATE, 0);
    }
}
