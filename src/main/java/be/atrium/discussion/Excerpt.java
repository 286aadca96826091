package be.atrium.discussion;

/**
 * A short plain-text beginning of a post's Markdown, for lists such as the moderation queue.
 * Pages and JSON escape it like any text; it never carries HTML.
 */
public final class Excerpt {

    private Excerpt() {
    }

    public static String of(String markdown, int max) {
        if (markdown == null) {
            return "";
        }
        String text = markdown.replaceAll("(?m)^\\s*(>|#+)\\s?", "").replaceAll("[`*_\\[\\]]", "").replaceAll("\\s+", " ").strip();
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max);
        return text.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
