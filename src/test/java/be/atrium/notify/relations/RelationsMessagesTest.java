package be.atrium.notify.relations;

import be.atrium.home.QuestionState;
import be.atrium.network.ConditionKind;
import be.atrium.network.ConditionStatus;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static be.atrium.testsupport.MessageKeys.collect;
import static be.atrium.testsupport.MessageKeys.missing;
import static be.atrium.testsupport.MessageKeys.ofEnum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every message key of the relationship manager's view, its CSV, the feeds and the home page's
 * questions has a Dutch and an English text; and a CSV cell can never start a formula.
 */
class RelationsMessagesTest {

    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:relations|feeds|home)\\.[A-Za-z.]+)\"");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['((?:relations|feeds|home|condition|status)[A-Za-z.]*)'\\]");

    @Test
    void everyKeyUsedHasADutchAndAnEnglishText() throws IOException {
        Set<String> keys = new TreeSet<>();
        collect(Path.of("src/main/java/be/atrium/notify/relations"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/java/be/atrium/notify"), ".java", JAVA_KEY, keys);
        collect(Path.of("src/main/webapp/notify"), ".xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp"), "index.xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/WEB-INF/includes"), "relations-cells.xhtml", PAGE_KEY, keys);
        collect(Path.of("src/main/webapp/WEB-INF/includes"), "relations-headers.xhtml", PAGE_KEY, keys);
        keys.addAll(ofEnum("home.question.state.", QuestionState.class));
        keys.addAll(ofEnum("condition.", ConditionKind.class));
        keys.addAll(ofEnum("status.", ConditionStatus.class));
        keys.removeIf(k -> k.endsWith("."));
        assertTrue(keys.size() > 40, "the scan found the keys: " + keys.size());
        assertEquals(Set.of(), missing(keys));
    }

    @Test
    void aCellThatASpreadsheetWouldRunIsDefused() {
        assertEquals("'=1+1", RelationsCsv.cell("=1+1"));
        assertEquals("'+32 2 553 00 00", RelationsCsv.cell("+32 2 553 00 00"));
        assertEquals("'-2", RelationsCsv.cell("-2"));
        assertEquals("'@SUM(A1)", RelationsCsv.cell("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\"", RelationsCsv.cell("=HYPERLINK(\"x\";\"y\")"));
        assertEquals("\"Gent; Stad\"", RelationsCsv.cell("Gent; Stad"));
        assertEquals("Aalst", RelationsCsv.cell("Aalst"));
        assertTrue(RelationsCsv.of(new RelationsOverview(java.time.Instant.now(), java.util.List.of(),
                java.util.List.of(), 0), Locale.forLanguageTag("en")).startsWith("Kind;Name;"));
    }
}
