package be.atrium.discussion;

import be.atrium.content.imports.ImportLineReader;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportLineTest {

    private static String code(String line) {
        return assertThrows(DomainException.class, () -> ImportLine.parse(line)).code();
    }

    @Test
    void readsAQuestion() {
        ImportLine q = ImportLine.parse("{\"id\": \"q1\", \"type\": \"question\", \"atrium\": \"Kempen\", "
                + "\"author\": \"an.peeters\", \"created\": \"2025-02-03T09:10:00Z\", \"tags\": [\"rup\"], "
                + "\"title\": \" Een carport regulariseren \", \"body\": \"Mag dat?\", \"unknown\": 3}");
        assertEquals(ImportLine.Type.QUESTION, q.type());
        assertEquals("q1", q.sourceId());
        assertEquals("kempen", q.atrium());
        assertEquals("Een carport regulariseren", q.title());
        assertEquals(Instant.parse("2025-02-03T09:10:00Z"), q.created());
        assertEquals(List.of("rup"), q.tags());
        assertFalse(q.accepted());
    }

    @Test
    void readsAnAcceptedAnswerAndANullAtrium() {
        ImportLine a = ImportLine.parse("{\"id\": \"a1\", \"type\": \"answer\", \"parent\": \"q1\", \"author\": \"koen\", "
                + "\"accepted\": true, \"body\": \"Nee.\", \"created\": \"2025-02-03T11:40:00+01:00\"}");
        assertEquals("q1", a.parent());
        assertTrue(a.accepted());
        assertEquals(Instant.parse("2025-02-03T10:40:00Z"), a.created());
        ImportLine q = ImportLine.parse("{\"id\": \"q2\", \"type\": \"question\", \"atrium\": null, \"author\": \"x\", "
                + "\"title\": \"Een vraag\", \"body\": \"Tekst\"}");
        assertNull(q.atrium());
        assertNull(q.created());
    }

    @Test
    void reportsWhatIsWrongWithALine() {
        assertEquals("import.line.invalidJson", code("{\"id\": \"q1\", "));
        assertEquals("import.line.invalidJson", code("not json"));
        assertEquals("import.line.notObject", code("[1, 2]"));
        assertEquals("import.id.required", code("{\"type\": \"question\"}"));
        assertEquals("import.type.required", code("{\"id\": \"x\"}"));
        assertEquals("import.type.unknown", code("{\"id\": \"x\", \"type\": \"poll\"}"));
        assertEquals("import.author.required", code("{\"id\": \"x\", \"type\": \"question\", \"title\": \"Titel\", \"body\": \"b\"}"));
        assertEquals("import.title.required", code("{\"id\": \"x\", \"type\": \"question\", \"author\": \"a\", \"body\": \"b\"}"));
        assertEquals("post.body.required", code("{\"id\": \"x\", \"type\": \"question\", \"author\": \"a\", \"title\": \"Titel\", \"body\": \" \"}"));
        assertEquals("import.parent.required", code("{\"id\": \"x\", \"type\": \"answer\", \"author\": \"a\", \"body\": \"b\"}"));
        assertEquals("import.field.string", code("{\"id\": 5, \"type\": \"question\"}"));
        assertEquals("import.field.array", code("{\"id\": \"x\", \"type\": \"question\", \"author\": \"a\", \"title\": \"Titel\", \"body\": \"b\", \"tags\": \"rup\"}"));
        assertEquals("import.field.boolean", code("{\"id\": \"x\", \"type\": \"answer\", \"parent\": \"q\", \"author\": \"a\", \"body\": \"b\", \"accepted\": \"yes\"}"));
        assertEquals("import.created.invalid", code("{\"id\": \"x\", \"type\": \"answer\", \"parent\": \"q\", \"author\": \"a\", \"body\": \"b\", \"created\": \"gisteren\"}"));
        assertEquals("import.id.tooLong", code("{\"id\": \"" + "x".repeat(201) + "\", \"type\": \"question\"}"));
    }

    @Test
    void everyImportErrorHasADutchAndAnEnglishText() {
        ResourceBundle nl = ResourceBundle.getBundle("be.atrium.i18n.messages", Locale.forLanguageTag("nl"));
        ResourceBundle en = ResourceBundle.getBundle("be.atrium.i18n.messages", Locale.ENGLISH);
        for (String key : List.of("import.line.invalidJson", "import.line.notObject", "import.id.required",
                "import.id.tooLong", "import.type.required", "import.type.unknown",
                "import.author.required", "import.title.required", "import.parent.required", "import.parent.notFound",
                "import.field.string", "import.field.array", "import.field.boolean", "import.created.invalid",
                "import.line.tooLong", "import.line.failed", "import.id.otherType", "import.atrium.noBoard")) {
            assertTrue(nl.containsKey(key), key);
            assertTrue(en.containsKey(key), key);
            assertFalse(nl.getString(key).equals(en.getString(key)), key);
        }
    }

    private static List<ImportLineReader.Line> lines(ImportLineReader reader) throws IOException {
        List<ImportLineReader.Line> lines = new ArrayList<>();
        for (ImportLineReader.Line l = reader.next(); l != null; l = reader.next()) {
            lines.add(l);
        }
        return lines;
    }

    @Test
    void readerNumbersLinesAndSkipsOverlongOnes() throws IOException {
        String text = "\uFEFFeen\r\n" + "x".repeat(50) + "\n\ndrie";
        List<ImportLineReader.Line> lines = lines(new ImportLineReader(new StringReader(text), 10));
        assertEquals(4, lines.size());
        assertEquals("een", lines.get(0).text());
        assertTrue(lines.get(1).tooLong());
        assertNull(lines.get(1).text());
        assertEquals("", lines.get(2).text());
        assertEquals(4, lines.get(3).number());
        assertEquals("drie", lines.get(3).text());
    }

    @Test
    void readerStreamsAHugeInputWithoutHoldingIt() throws IOException {
        // 200,000 lines (~20 MB) generated on the fly: only one line is ever held.
        InputStream endless = new InputStream() {
            private final byte[] line = ("{\"id\": \"q\", \"type\": \"question\", \"body\": \"" + "b".repeat(50) + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8);
            private long position;
            private final long size = 200_000L * line.length;

            @Override
            public int read() {
                return position >= size ? -1 : line[(int) (position++ % line.length)];
            }
        };
        int count = 0;
        try (ImportLineReader reader = new ImportLineReader(endless, 1000)) {
            for (ImportLineReader.Line l = reader.next(); l != null; l = reader.next()) {
                assertFalse(l.tooLong());
                count++;
            }
        }
        assertEquals(200_000, count);
        assertEquals(1, lines(new ImportLineReader(new ByteArrayInputStream("a\n".getBytes()), 5)).size());
    }
}
