package be.atrium.practice;

import be.atrium.platform.DomainException;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a list of practice cases is narrowed to: a municipality, a province, a theme, an Atrium
 * (by slug), highlighted cases only, and a period of creation (both days included). Every part
 * is optional; an empty filter lists every case the viewer may see.
 */
public record PracticeFilter(Long municipalityId, Long provinceId, String tag, String atrium, boolean highlightedOnly,
                             LocalDate from, LocalDate to) {

    public static final PracticeFilter NONE = new PracticeFilter(null, null, null, null, false, null, null);

    public PracticeFilter {
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase(Locale.ROOT).replaceFirst("^#", "");
        atrium = atrium == null || atrium.isBlank() ? null : atrium.strip().toLowerCase(Locale.ROOT);
        if (from != null && to != null && to.isBefore(from)) {
            throw new DomainException("practice.filter.period", "to");
        }
    }

    public boolean isEmpty() {
        return municipalityId == null && provinceId == null && tag == null && atrium == null && !highlightedOnly
                && from == null && to == null;
    }
}
