package be.atrium.search;

import java.util.regex.Pattern;

/** Plain text from the sanitised HTML the content keeps: what is indexed and shown in snippets. */
final class SearchText {

    private static final Pattern BLOCK = Pattern.compile("(?i)</?(p|div|li|ul|ol|h[1-6]|br|tr|td|th|blockquote|pre)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern LINES = Pattern.compile("\\s*\\n\\s*");

    private SearchText() {
    }

    /** The most characters of one file's extracted text that go into a search item (the rest is not searchable). */
    static final int MAX_FILE_TEXT = 300_000;

    /** A file's extracted text as far as search takes it. */
    static String capped(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_FILE_TEXT ? text.substring(0, MAX_FILE_TEXT) : text;
    }

    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        String text = BLOCK.matcher(html).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#61;", "=").replace("&#64;", "@").replace("&#43;", "+").replace("&nbsp;", " ")
                .replace("&amp;", "&");
        text = SPACES.matcher(text).replaceAll(" ");
        return LINES.matcher(text).replaceAll("\n").strip();
    }
}
