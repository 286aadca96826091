package be.atrium.practice;

import be.atrium.platform.DomainException;

import java.util.List;

/**
 * The four parts of a practice case, in Markdown: the context (what was the situation), the
 * approach (what the municipality did), the result and the lessons. People write at least the
 * context and the approach; a story imported from elsewhere may be one text, kept as its context.
 * Blank optional parts are absent ({@code null}); every part holds at most {@value #MAX_PART}
 * characters.
 */
public record PracticeStory(String context, String approach, String result, String lessons) {

    public static final int MAX_PART = 100_000;

    /** The story as a person writes it: context and approach required. */
    public static PracticeStory of(String context, String approach, String result, String lessons) {
        return new PracticeStory(required(context, "context"), required(approach, "approach"),
                optional(result, "result"), optional(lessons, "lessons"));
    }

    /** Every rule a story as a person writes it breaks, all at once (so the form shows them together). */
    public static List<DomainException> problems(String context, String approach, String result, String lessons) {
        return DomainException.broken(() -> required(context, "context"), () -> required(approach, "approach"),
                () -> optional(result, "result"), () -> optional(lessons, "lessons"));
    }

    /** A story from an import: only the context is required (a whole story may be just that). */
    public static PracticeStory imported(String context, String approach, String result, String lessons) {
        return new PracticeStory(required(context, "context"), optional(approach, "approach"),
                optional(result, "result"), optional(lessons, "lessons"));
    }

    private static String required(String text, String part) {
        String t = optional(text, part);
        if (t == null) {
            throw new DomainException("practice." + part + ".required", part);
        }
        return t;
    }

    private static String optional(String text, String part) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_PART) {
            throw new DomainException("practice.part.tooLong", part, MAX_PART);
        }
        return text.strip();
    }
}
