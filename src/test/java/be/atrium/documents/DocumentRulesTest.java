package be.atrium.documents;

import be.atrium.content.Attachment;
import be.atrium.content.FileTypes;
import be.atrium.identity.Account;
import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of documents that need no server: versions, restoring, the bin, folders, file names. */
class DocumentRulesTest {

    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private final Account els = Account.placeholder("els", T);
    private final Account an = Account.placeholder("an", T);

    private static Document.FileVersion file(String name, String sha) {
        return new Document.FileVersion(name, FileTypes.PDF, 1234, sha.substring(0, 2) + "/" + sha, sha, null, null);
    }

    private static String sha(char c) {
        return String.valueOf(c).repeat(64);
    }

    private Document document() {
        return new Document(null, new Document.Details("  Verslag maart ", null, DocumentKind.REPORT,
                " Verslagen // 2025 ", null, List.of("#Verslag", "Ruimtelijk rendement"), null, null), els,
                file("verslag.pdf", sha('a')), T);
    }

    @Test
    void theNewestVersionIsTheDocumentsFileAndRestoringAddsOne() {
        Document d = document();
        assertEquals("Verslag maart", d.getTitle());
        assertEquals("Verslagen/2025", d.getFolder());
        assertEquals(List.of("verslag", "ruimtelijk-rendement"), List.copyOf(d.getTags()));
        assertEquals(1, d.getCurrentVersion());

        d.addVersion(file("verslag-v2.pdf", sha('b')), an, T.plusSeconds(60));
        assertEquals(2, d.getCurrentVersion());
        assertEquals(an, d.getUpdatedBy());

        DocumentVersion restored = d.restoreVersion(1, "terug naar de eerste", els, T.plusSeconds(120));
        assertEquals(3, restored.getNumber());
        assertEquals(3, d.getCurrentVersion());
        assertEquals(sha('a'), restored.getSha256(), "the same stored bytes as version 1");
        assertEquals("verslag.pdf", restored.getFilename());
        assertEquals(1, restored.getRestoredFrom());
        assertEquals(3, d.getVersions().size(), "nothing is overwritten");
        assertThrows(DomainException.class, () -> d.restoreVersion(3, null, els, T), "the newest is current already");
        assertThrows(DomainException.class, () -> d.restoreVersion(9, null, els, T));
    }

    @Test
    void aDocumentInTheBinTakesNoNewVersionUntilItIsRestored() {
        Document d = document();
        d.moveToBin(an, T.plusSeconds(10));
        assertTrue(d.isBinned());
        assertEquals(an, d.getDeletedBy());
        assertThrows(DomainException.class, () -> d.moveToBin(an, T));
        assertThrows(DomainException.class, () -> d.addVersion(file("x.pdf", sha('c')), an, T));
        d.restoreFromBin(els, T.plusSeconds(20));
        assertFalse(d.isBinned());
        assertNull(d.getDeletedBy());
        assertThrows(DomainException.class, () -> d.restoreFromBin(els, T));
    }

    @Test
    void metadataIsChecked() {
        assertThrows(DomainException.class, () -> Document.requireTitle("  "));
        assertThrows(DomainException.class, () -> Document.requireTitle("x".repeat(Document.MAX_TITLE + 1)));
        assertEquals(DocumentKind.LEGAL_TEXT, DocumentKind.parse("legal-text"));
        assertEquals(DocumentKind.OTHER, DocumentKind.parse(null));
        assertThrows(DomainException.class, () -> DocumentKind.parse("memo"));
    }

    @Test
    void foldersArePathsAsPeopleTypeThem() {
        assertEquals("", DocumentFolders.normalise(null));
        assertEquals("", DocumentFolders.normalise(" / "));
        assertEquals("Verslagen/2025/Maart en april", DocumentFolders.normalise("\\Verslagen\\2025/ Maart   en april /"));
        assertThrows(DomainException.class, () -> DocumentFolders.normalise("Verslagen/../geheim"));
        assertThrows(DomainException.class, () -> DocumentFolders.normalise("a\u0000b"));
        assertThrows(DomainException.class, () -> DocumentFolders.normalise("a/b/c/d/e/f/g/h/i"));
        assertEquals(List.of("2024", "2025"), DocumentFolders.children("Verslagen",
                List.of("Verslagen/2025", "Verslagen/2024/Maart", "Verslagen", "Plannen", "Verslagenarchief")));
        assertEquals(List.of("Plannen", "Verslagen"), DocumentFolders.children("",
                List.of("Verslagen/2025", "Plannen")));
    }

    @Test
    void fileNamesAreSanitisedAndFitTheirContent() {
        assertEquals("plan.pdf", Attachment.cleanFilename("C:\\Users\\els\\plan.pdf"));
        assertEquals("passwd", Attachment.cleanFilename("../../etc/passwd"));
        assertEquals("a_b_.pdf", Attachment.cleanFilename("a<b>.pdf"));
        assertEquals("verborgen.txt", Attachment.cleanFilename("...verborgen.txt"));
        assertThrows(DomainException.class, () -> Attachment.cleanFilename(" / "));
        String longName = "x".repeat(300) + ".docx";
        assertEquals(Attachment.MAX_FILENAME, Attachment.cleanFilename(longName).length());
        assertTrue(Attachment.cleanFilename(longName).endsWith(".docx"));
        // imported text always becomes a .txt file; another file keeps a name that fits its content
        assertEquals("verslag.txt", DocumentImporter.filename("verslag.txt", "Verslag", FileTypes.TEXT, true));
        assertEquals("verslag.pdf.txt", DocumentImporter.filename("verslag.pdf", "Verslag", FileTypes.TEXT, true));
        assertEquals("Verslag maart.txt", DocumentImporter.filename(null, "Verslag maart", FileTypes.TEXT, true));
        assertThrows(DomainException.class, () -> DocumentImporter.filename("plan.html", "Plan", FileTypes.PDF, false));
    }
}
