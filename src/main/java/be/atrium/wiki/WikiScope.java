package be.atrium.wiki;

import java.util.Locale;

/**
 * Which part of the knowledge base a list shows: everything the reader may see (the default),
 * the network-wide pages, the pages of the reader's own Atria, or the pages of one Atrium.
 */
public enum WikiScope {
    ALL, NETWORK, MINE, ATRIUM;

    /**
     * From an address: {@code network}, {@code mine} or {@code all}; anything else names an Atrium
     * by its slug ({@link #ATRIUM}); nothing at all is {@link #ALL}.
     */
    public static WikiScope parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "all" -> ALL;
            case "network" -> NETWORK;
            case "mine" -> MINE;
            default -> ATRIUM;
        };
    }

    /** The value in an address ({@code scope=network}); null for {@link #ALL} and {@link #ATRIUM}. */
    public String param() {
        return this == NETWORK || this == MINE ? name().toLowerCase(Locale.ROOT) : null;
    }
}
