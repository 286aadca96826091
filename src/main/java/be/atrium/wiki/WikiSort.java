package be.atrium.wiki;

import java.util.Locale;

/** How the knowledge base is listed: by title (A to Z) or by last change (newest first). */
public enum WikiSort {
    TITLE, CHANGED;

    /** From an address: {@code title} or {@code changed}; anything else is by title. */
    public static WikiSort parse(String value) {
        if (value != null && "changed".equals(value.strip().toLowerCase(Locale.ROOT))) {
            return CHANGED;
        }
        return TITLE;
    }

    /** The value in an address. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }
}
