package be.atrium.discussion.web;

/**
 * The Markdown quote a reply starts with when someone clicks "Citeer": who wrote it (a mention,
 * so they hear about it) and their text, each line prefixed with {@code > }. The page's script
 * builds the same quote in the browser so typing is never interrupted.
 */
public final class Quotes {

    private Quotes() {
    }

    public static String quote(String username, String markdown) {
        StringBuilder sb = new StringBuilder();
        sb.append("> @").append(username).append(":\n");
        String text = markdown == null ? "" : markdown.strip();
        for (String line : text.split("\\R", -1)) {
            sb.append(line.isEmpty() ? ">" : "> " + line).append('\n');
        }
        return sb.append('\n').toString();
    }

    /** Puts a quote in front of what was already typed, never replacing it. */
    public static String prepend(String quote, String typed) {
        if (typed == null || typed.isBlank()) {
            return quote;
        }
        return typed.stripTrailing() + "\n\n" + quote;
    }
}
