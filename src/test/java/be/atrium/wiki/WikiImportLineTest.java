package be.atrium.wiki;

import be.atrium.content.imports.ImportItem;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A {@code wiki} line of an import is checked under the page rules before anything is written. */
class WikiImportLineTest {

    private static WikiImportLine parse(String json) {
        return WikiImportLine.of(ImportItem.parse(json));
    }

    private static String code(String json) {
        return assertThrows(DomainException.class, () -> parse(json)).code();
    }

    @Test
    void readsAPageWithItsAtriumParentAndTags() {
        WikiImportLine line = parse("{\"id\": \"w2\", \"type\": \"wiki\", \"title\": \"  Hemelwater   en GSV \", "
                + "\"body\": \"Tekst\\n\", \"atrium\": \" Kempen \", \"parent\": \"w1\", \"author\": \"an.peeters\", "
                + "\"created\": \"2025-02-03T09:10:00Z\", \"tags\": [\"hemelwater\"]}");
        assertEquals("w2", line.sourceId());
        assertEquals("Hemelwater en GSV", line.title());
        assertEquals("Tekst", line.body());
        assertEquals("kempen", line.atrium());
        assertEquals("w1", line.parent());
        assertEquals("an.peeters", line.author());
        assertEquals(Instant.parse("2025-02-03T09:10:00Z"), line.created());
        assertEquals(List.of("hemelwater"), line.tags());
    }

    @Test
    void withoutAtriumOrParentAPageIsNetworkWideAndTopLevel() {
        WikiImportLine line = parse("{\"id\": \"w3\", \"type\": \"wiki\", \"title\": \"Begrippen\", \"body\": \"x\", "
                + "\"atrium\": null, \"parent\": \" \", \"author\": \"lies.janssens\"}");
        assertNull(line.atrium());
        assertNull(line.parent());
        assertNull(line.created());
    }

    @Test
    void aLineWithoutTitleTextOrAuthorOrWithALinkCharacterInItsTitleIsRefused() {
        assertEquals("wiki.title.required", code("{\"id\": \"a\", \"type\": \"wiki\", \"body\": \"x\", \"author\": \"a.b\"}"));
        assertEquals("wiki.body.required", code("{\"id\": \"a\", \"type\": \"wiki\", \"title\": \"T\", \"author\": \"a.b\"}"));
        assertEquals("import.author.required", code("{\"id\": \"a\", \"type\": \"wiki\", \"title\": \"T\", \"body\": \"x\"}"));
        assertEquals("wiki.title.invalid", code("{\"id\": \"a\", \"type\": \"wiki\", \"title\": \"[[T]]\", \"body\": \"x\", "
                + "\"author\": \"a.b\"}"));
        assertEquals("import.field.string", code("{\"id\": \"a\", \"type\": \"wiki\", \"title\": \"T\", \"body\": \"x\", "
                + "\"author\": \"a.b\", \"parent\": 5}"));
    }
}
