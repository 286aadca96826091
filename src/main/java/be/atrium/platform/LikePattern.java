package be.atrium.platform;

/**
 * Patterns for JPQL {@code LIKE ... ESCAPE '!'} that match what someone typed literally: its
 * wildcards ({@code %}, {@code _}) and the escape character itself are escaped. Every query that
 * looks for typed text with LIKE takes its pattern from here and says {@code ESCAPE '!'}.
 */
public final class LikePattern {

    /** The escape character the patterns use; queries say {@code ESCAPE '!'}. */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** The text, matched literally. */
    public static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** Anything that contains the text. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** Anything that starts with the text. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }
}
