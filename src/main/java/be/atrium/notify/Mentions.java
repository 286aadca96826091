package be.atrium.notify;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code @username}s a post names, as Discourse reads them: an {@code @} at the start of a word
 * (not inside an e-mail address), followed by a user name; a trailing full stop or hyphen ends the
 * sentence, not the name. Code (fenced blocks and {@code `inline`} spans) names nobody. At most
 * {@link #MAX} names per post, so a post cannot page the whole network.
 */
public final class Mentions {

    public static final int MAX = 20;

    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?(^\\s*\\1\\s*$|\\z)");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)[^`].*?\\1", Pattern.DOTALL);
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@/-])@([A-Za-z0-9][A-Za-z0-9._-]{1,59})");

    private Mentions() {
    }

    /** The user names (lower case, in order of first mention) the Markdown text names. */
    public static Set<String> in(String markdown) {
        Set<String> names = new LinkedHashSet<>();
        if (markdown == null || markdown.indexOf('@') < 0) {
            return names;
        }
        String text = INLINE_CODE.matcher(FENCE.matcher(markdown).replaceAll(" ")).replaceAll(" ");
        Matcher m = MENTION.matcher(text);
        while (m.find() && names.size() < MAX) {
            String name = m.group(1).replaceAll("[.\\-]+$", "");
            if (name.length() >= 2) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
