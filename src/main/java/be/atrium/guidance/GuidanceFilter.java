package be.atrium.guidance;

import be.atrium.organisation.GovernmentLevel;
import be.atrium.platform.DomainException;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a guidance list is narrowed to: statuses (published by default), kind, level, an Atrium of
 * the audience (by slug), a tag, and a date range on the effective date or on the publication date.
 * Null means "any".
 */
public record GuidanceFilter(Set<GuidanceStatus> statuses, GuidanceKind kind, GovernmentLevel level, String atrium,
                             String tag, DateField dateField, LocalDate from, LocalDate to) {

    /** Which date the from/to range applies to. */
    public enum DateField {
        EFFECTIVE, PUBLISHED
    }

    public GuidanceFilter {
        statuses = statuses == null || statuses.isEmpty() ? EnumSet.of(GuidanceStatus.PUBLISHED)
                : EnumSet.copyOf(statuses);
        atrium = atrium == null || atrium.isBlank() ? null : atrium.strip().toLowerCase(Locale.ROOT);
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
        dateField = dateField == null ? DateField.EFFECTIVE : dateField;
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("guidance.filter.datesOrder", "to");
        }
    }

    /** Published guidance of any kind, level, Atrium, tag and date. */
    public static GuidanceFilter published() {
        return new GuidanceFilter(null, null, null, null, null, null, null, null);
    }

    /**
     * Statuses from an address or API parameter: one name, several separated by commas, or
     * {@code all}; nothing means published only.
     */
    public static Set<GuidanceStatus> parseStatuses(String value) {
        if (value == null || value.isBlank()) {
            return EnumSet.of(GuidanceStatus.PUBLISHED);
        }
        if ("all".equalsIgnoreCase(value.strip())) {
            return EnumSet.allOf(GuidanceStatus.class);
        }
        Set<GuidanceStatus> statuses = EnumSet.noneOf(GuidanceStatus.class);
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                statuses.add(parse(GuidanceStatus.class, part, "status"));
            }
        }
        return statuses.isEmpty() ? EnumSet.of(GuidanceStatus.PUBLISHED) : statuses;
    }

    /** An enum constant from an address or API parameter; blank is null, an unknown name a 400. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("guidance.filter.invalid", field, value.strip());
        }
    }

    /** An enum constant by name (any case), or null when blank or unknown. */
    public static <E extends Enum<E>> E parseOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
