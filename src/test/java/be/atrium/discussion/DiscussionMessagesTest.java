package be.atrium.discussion;

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

/**
 * Every message key the discussion code and pages (moderation included) and the page layout use
 * has a Dutch and an English text.
 */
class DiscussionMessagesTest {

    /** Keys of errors and page messages (the audit log's action codes are no keys). */
    private static final Pattern JAVA_KEY = Pattern.compile("(?:Exception\\(|PageMessages\\.(?:info|error|text)\\(|done\\(|"
            + "afterTransfer\\([a-z]+, )\\s*\"((?:thread|moderation|discussion|board|post|flag)\\.[A-Za-z.]+[A-Za-z])\"");
    private static final Pattern PAGE_KEY =
            Pattern.compile("msg\\['((?:thread|moderation|discussion|board|post|flag|nav|common)\\.[A-Za-z.]+)'\\]");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium/discussion"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp/discussion"), ".xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/WEB-INF/templates"), ".xhtml", PAGE_KEY, keys);
        keys.removeIf(k -> k.endsWith("."));
        assertTrue(keys.size() > 100, "the scan found the keys: " + keys.size());
        assertEquals(Set.of(), missing(keys));
    }
}
