package be.atrium.content;

import be.atrium.platform.DomainException;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one tag rule of all content: lower-case words joined by hyphens (omgevingsvergunning,
 * rup, hemelwater-put), a leading {@code #} and spaces forgiven, at most 50 characters each.
 */
public final class Tags {

    private static final Pattern TAG = Pattern.compile("[a-z0-9\\u00e0-\\u00ff]+(-[a-z0-9\\u00e0-\\u00ff]+)*");

    private Tags() {
    }

    /**
     * Normalised, de-duplicated tags in their given order.
     *
     * @param invalidCode message key for a tag that breaks the rule (argument: the tag)
     * @param tooManyCode message key for more than {@code max} tags (argument: max)
     */
    public static Set<String> normalise(Collection<String> tags, int max, String invalidCode, String tooManyCode) {
        Set<String> normalised = new LinkedHashSet<>();
        if (tags != null) {
            for (String tag : tags) {
                if (tag == null || tag.isBlank()) {
                    continue;
                }
                String t = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
                if (t.startsWith("#")) {
                    t = t.substring(1);
                }
                if (t.length() > 50 || !TAG.matcher(t).matches()) {
                    throw new DomainException(invalidCode, "tags", tag.strip());
                }
                normalised.add(t);
            }
        }
        if (normalised.size() > max) {
            throw new DomainException(tooManyCode, "tags", max);
        }
        return normalised;
    }
}
