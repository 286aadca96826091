package be.atrium.platform.web;

import be.atrium.platform.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Values from a page's address, read forgivingly: a page number or filter that is garbage falls
 * back to the first page or to no filter, never to an error page; an id that is garbage becomes
 * -1, which nothing has (so: not found).
 */
public final class QueryParams {

    public static final int MAX_PAGE = 100_000;

    private QueryParams() {
    }

    /** A page number, 1 when missing or garbage. */
    public static int page(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** An id; garbage or nothing becomes -1. */
    public static long id(String value) {
        Long id = optionalId(value);
        return id == null ? -1 : id;
    }

    /** An optional id (a filter); garbage or nothing is none. */
    public static Long optionalId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An ISO date ({@code 2026-03-31}, as a date field sends it) in the years the database stores, or null. */
    public static LocalDate date(String value) {
        return Dates.dayOrNull(value);
    }

    /** Page links to show: 1, the last, and two either side of the current page, in order. */
    public static List<Integer> window(int current, int count) {
        TreeSet<Integer> pages = new TreeSet<>();
        pages.add(1);
        pages.add(count);
        for (int i = current - 2; i <= current + 2; i++) {
            if (i >= 1 && i <= count) {
                pages.add(i);
            }
        }
        return new ArrayList<>(pages);
    }
}
