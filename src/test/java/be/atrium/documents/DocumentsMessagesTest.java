package be.atrium.documents;

import be.atrium.content.FileTextStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static be.atrium.testsupport.MessageKeys.collect;
import static be.atrium.testsupport.MessageKeys.missing;
import static be.atrium.testsupport.MessageKeys.ofEnum;
import static be.atrium.testsupport.MessageKeys.untranslated;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message key the document pages and their beans use has a Dutch and an English text, and
 * the two differ (a page left untranslated would show the same words twice).
 */
class DocumentsMessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"(document\\.[A-Za-z.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['((?:document|file\\.text|nav\\.documents)[A-Za-z.]*)'\\]");
    /** Words that are the same in both languages. */
    private static final Set<String> SAME = Set.of("document.library.col.tags", "document.page.tags",
            "document.library.tag", "document.page.version.file", "document.page.newVersion.file", "document.kind.PLAN");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium/documents/web"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp/documents"), ".xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/WEB-INF/templates"), ".xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/network"), "atrium.xhtml", PAGE_KEY, keys);
        keys.removeIf(k -> k.endsWith("."));
        keys.addAll(ofEnum("document.kind.", DocumentKind.class));
        keys.addAll(ofEnum("file.text.status.", FileTextStatus.class));
        assertTrue(keys.size() > 80, "the scan found the keys: " + keys.size());
        assertEquals(Set.of(), missing(keys), "without a Dutch or an English text");
        assertEquals(Set.of(), untranslated(keys, SAME), "the same in Dutch and English");
    }
}
