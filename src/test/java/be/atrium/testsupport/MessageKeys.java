package be.atrium.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** For the tests that every message key a capability uses has a Dutch and an English text. */
public final class MessageKeys {

    private MessageKeys() {
    }

    /** Adds the keys (the pattern's first group) found in the files under {@code root} whose names end in {@code suffix}. */
    public static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }

    /** The application's messages in one language only (no fallback to the other's texts). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("be.atrium.i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The keys without a Dutch or an English text. */
    public static Set<String> missing(Set<String> keys) {
        ResourceBundle dutch = bundle(Locale.forLanguageTag("nl"));
        ResourceBundle english = bundle(Locale.ENGLISH);
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!dutch.containsKey(key) || !english.containsKey(key)) {
                missing.add(key);
            }
        }
        return missing;
    }

    /** The keys whose Dutch and English texts are the same (a page left untranslated), but for {@code sameInBoth}. */
    public static Set<String> untranslated(Set<String> keys, Set<String> sameInBoth) {
        ResourceBundle dutch = bundle(Locale.forLanguageTag("nl"));
        ResourceBundle english = bundle(Locale.ENGLISH);
        Set<String> same = new TreeSet<>();
        for (String key : keys) {
            if (dutch.containsKey(key) && english.containsKey(key) && !sameInBoth.contains(key)
                    && dutch.getString(key).equals(english.getString(key))) {
                same.add(key);
            }
        }
        return same;
    }

    /** The keys {@code prefix + constant} of every constant of an enum (its labels on the pages). */
    public static List<String> ofEnum(String prefix, Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> prefix + c.name()).toList();
    }
}
