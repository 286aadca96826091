package be.atrium.discussion.web;

import jakarta.faces.context.FacesContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tag field of the discussion forms ({@code WEB-INF/includes/tag-field.xhtml}, a
 * {@code p:autoComplete} of several values): the tags chosen, plus a tag still typed in the field
 * but not yet chosen (never lost on saving), and the suggestions shown while typing.
 */
final class TagInput {

    private TagInput() {
    }

    /**
     * The chosen tags, then what is still typed in the field ({@code <clientId>_input}) and what
     * an older form or link sent as text (comma or semicolon separated).
     */
    static List<String> chosen(List<String> chosen, String typedText, String clientId) {
        Set<String> all = new LinkedHashSet<>(chosen == null ? List.of() : chosen);
        FacesContext faces = FacesContext.getCurrentInstance();
        String unfinished = faces == null ? null
                : faces.getExternalContext().getRequestParameterMap().get(clientId + "_input");
        all.addAll(split(unfinished));
        all.addAll(split(typedText));
        return new ArrayList<>(all);
    }

    static List<String> split(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * The existing tags that start with what is typed (choosing one of them keeps one spelling of
     * a tag), then the typed text itself as a tag (lower case, hyphens for spaces).
     */
    static List<String> suggestions(List<String> existing, String typed) {
        Set<String> all = new LinkedHashSet<>(existing);
        String own = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (own.startsWith("#")) {
            own = own.substring(1);
        }
        if (!own.isEmpty()) {
            all.add(own);
        }
        return new ArrayList<>(all);
    }
}
