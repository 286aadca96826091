package be.atrium.content.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tag field of the question and wiki forms ({@code WEB-INF/includes/tag-field.xhtml}): tags separated
 * by commas in one text field, with suggestions for the tag being typed (the last one) that
 * complete the whole field, so choosing a suggestion keeps the tags typed before it.
 */
public final class TagInput {

    private TagInput() {
    }

    /** The tags of the field's text (comma or semicolon separated), as typed. */
    public static List<String> split(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The tag being typed: the text after the last comma, as a tag would be written (lower case, hyphens). */
    public static String current(String typed) {
        String last = typed == null ? "" : typed.substring(Math.max(typed.lastIndexOf(','), typed.lastIndexOf(';')) + 1);
        String tag = last.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        return tag.startsWith("#") ? tag.substring(1) : tag;
    }

    /**
     * The whole field with the tag being typed completed: by each existing tag that starts with it
     * (choosing one keeps one spelling of a tag), then by the typed tag itself, normalised. Tags
     * already in the field are not offered again.
     */
    public static List<String> suggestions(List<String> existing, String typed) {
        String text = typed == null ? "" : typed;
        int cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
        String before = cut < 0 ? "" : text.substring(0, cut).strip();
        Set<String> already = new LinkedHashSet<>();
        split(before).forEach(t -> already.add(t.toLowerCase(Locale.ROOT)));
        String head = before.isEmpty() ? "" : before + ", ";
        Set<String> tags = new LinkedHashSet<>(existing);
        String own = current(text);
        if (!own.isEmpty()) {
            tags.add(own);
        }
        List<String> completions = new ArrayList<>();
        for (String tag : tags) {
            if (!already.contains(tag)) {
                completions.add(head + tag);
            }
        }
        return completions;
    }
}
