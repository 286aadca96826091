package be.atrium.content;

import be.atrium.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FileTypesTest {

    @TempDir
    Path dir;

    private Optional<String> detect(byte[] content) throws IOException {
        Path f = Files.createTempFile(dir, "f", ".bin");
        Files.write(f, content);
        return FileTypes.detect(f);
    }

    private Optional<String> zip(String... entries) throws IOException {
        Path f = Files.createTempFile(dir, "z", ".zip");
        try (OutputStream out = Files.newOutputStream(f); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return FileTypes.detect(f);
    }

    @Test
    void recognisesAllowedTypesByTheirBytes() throws IOException {
        assertEquals(Optional.of(FileTypes.PNG), detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}));
        assertEquals(Optional.of(FileTypes.JPEG), detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
        assertEquals(Optional.of(FileTypes.GIF), detect("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileTypes.WEBP), detect("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileTypes.PDF), detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileTypes.TEXT), detect("Café, één\r\n\tregel".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(FileTypes.DOCX), zip("[Content_Types].xml", "<x/>", "word/document.xml", "<w/>"));
        assertEquals(Optional.of(FileTypes.XLSX), zip("[Content_Types].xml", "<x/>", "xl/workbook.xml", "<w/>"));
        assertEquals(Optional.of(FileTypes.PPTX), zip("[Content_Types].xml", "<x/>", "ppt/presentation.xml", "<w/>"));
        assertEquals(Optional.of(FileTypes.ODT), zip("mimetype", FileTypes.ODT, "content.xml", "<c/>"));
        assertEquals(Optional.of(FileTypes.ODS), zip("mimetype", FileTypes.ODS));
    }

    @Test
    void refusesEverythingElseWhateverItsName() throws IOException {
        assertEquals(Optional.empty(), detect(new byte[] {'M', 'Z', (byte) 0x90, 0, 3}));         // Windows program
        assertEquals(Optional.empty(), detect(new byte[] {0x7F, 'E', 'L', 'F', 2, 1}));          // Linux program
        assertEquals(Optional.empty(), detect(new byte[] {(byte) 0xC3, 0x28, 'a'}));            // not UTF-8
        assertEquals(Optional.empty(), detect("tekst\0met nul".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), zip("evil.exe", "MZ"));                                   // a plain zip
        assertEquals(Optional.empty(), zip("mimetype", "application/epub+zip"));
        assertEquals(Optional.empty(), detect("PK\3\4 broken".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void cleansFilenames() {
        assertEquals("plan.pdf", Attachment.cleanFilename("C:\\Users\\an\\plan.pdf"));
        assertEquals("passwd", Attachment.cleanFilename("../../etc/passwd"));
        assertEquals("a_b.txt", Attachment.cleanFilename("a\"b.txt"));
        assertEquals("htaccess", Attachment.cleanFilename(".htaccess"));
        String longName = Attachment.cleanFilename("x".repeat(300) + ".docx");
        assertEquals(Attachment.MAX_FILENAME, longName.length());
        assertEquals(".docx", longName.substring(longName.length() - 5));
        assertThrows(DomainException.class, () -> Attachment.cleanFilename("  "));
        assertThrows(DomainException.class, () -> Attachment.cleanFilename(null));
    }

    @Test
    void theNameMustFitTheContent() {
        assertEquals("plan.pdf", FileTypes.nameFor("plan.pdf", FileTypes.PDF));
        assertEquals("Foto.JPG", FileTypes.nameFor("Foto.JPG", FileTypes.JPEG));
        assertEquals("notities.txt", FileTypes.nameFor("notities", FileTypes.TEXT));
        assertEquals("attachment.type.mismatch",
                assertThrows(DomainException.class, () -> FileTypes.nameFor("plan.pdf", FileTypes.TEXT)).code());
        assertEquals("attachment.type.mismatch",
                assertThrows(DomainException.class, () -> FileTypes.nameFor("page.html", FileTypes.TEXT)).code());
    }

    @Test
    void downloadsAreInlineOnlyForImages() {
        assertEquals("inline; filename=\"foto.png\"; filename*=UTF-8''foto.png",
                new AttachmentView(1, AttachmentOwner.post(2), "foto.png", FileTypes.PNG, 10, true).contentDisposition());
        assertEquals("attachment; filename=\"n_ta.pdf\"; filename*=UTF-8''n%C3%B3ta.pdf",
                new AttachmentView(1, AttachmentOwner.post(2), "nóta.pdf", FileTypes.PDF, 10, false).contentDisposition());
    }
}
