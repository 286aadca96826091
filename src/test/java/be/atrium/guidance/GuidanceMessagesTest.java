package be.atrium.guidance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every message key the guidance code and pages use has a Dutch and an English text. */
class GuidanceMessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"(guidance\\.[A-Za-z.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['((?:guidance|nav\\.guidance)[A-Za-z.]*)'\\]");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium/guidance"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp/guidance"), ".xhtml", PAGE_KEY, keys);
        for (String kind : new String[] {"CIRCULAR", "GUIDELINE", "MANUAL", "FAQ"}) {
            keys.add("guidance.kind." + kind);
        }
        for (GuidanceStatus s : GuidanceStatus.values()) {
            keys.add("guidance.status." + s);
            keys.add("guidance.status.filter." + s);
        }
        keys.add("guidance.status.filter.all");
        for (String level : new String[] {"FLEMISH", "PROVINCIAL", "MUNICIPAL"}) {
            keys.add("guidance.audience.level." + level);
        }
        keys.removeIf(k -> k.endsWith("."));
        assertTrue(keys.size() > 100, "the scan found the keys: " + keys.size());
        ResourceBundle nl = ResourceBundle.getBundle("be.atrium.i18n.messages", Locale.forLanguageTag("nl"));
        ResourceBundle en = ResourceBundle.getBundle("be.atrium.i18n.messages", Locale.ENGLISH);
        Set<String> missing = new TreeSet<>();
        for (String key : keys) {
            if (!nl.containsKey(key) || !en.containsKey(key)) {
                missing.add(key);
            }
        }
        assertEquals(Set.of(), missing);
    }

    private static void collect(Path root, String suffix, Pattern pattern, Set<String> keys) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
    }
}
