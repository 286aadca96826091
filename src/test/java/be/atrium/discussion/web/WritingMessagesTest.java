package be.atrium.discussion.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static be.atrium.testsupport.MessageKeys.collect;
import static be.atrium.testsupport.MessageKeys.missing;
import static be.atrium.testsupport.MessageKeys.untranslated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message key of the writing forms (files while writing, tags, title edits, the error
 * summary, the return after a lost session) has a Dutch and an English text, and the two differ.
 */
class WritingMessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:writing|form\\.errors|attachment\\.pending)\\.[A-Za-z.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['((?:writing|form\\.errors)\\.[A-Za-z.]+)'\\]");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, keys);
        assertTrue(keys.size() > 15, "the scan found the keys: " + keys);
        assertEquals(Set.of(), missing(keys), "without a Dutch or an English text");
        assertEquals(Set.of(), untranslated(keys, Set.of()), "the same in Dutch and English");
    }
}
