package be.atrium.guidance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static be.atrium.testsupport.MessageKeys.collect;
import static be.atrium.testsupport.MessageKeys.missing;
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
        assertEquals(Set.of(), missing(keys));
    }
}
