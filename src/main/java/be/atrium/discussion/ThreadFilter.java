package be.atrium.discussion;

import be.atrium.platform.DomainException;

import java.util.Locale;

/** Which threads a board list shows. */
public enum ThreadFilter {
    ALL, SOLVED, UNSOLVED, UNANSWERED;

    public static ThreadFilter parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("thread.filter.invalid", "filter");
        }
    }
}
