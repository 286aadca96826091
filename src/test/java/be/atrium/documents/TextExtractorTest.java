package be.atrium.documents;

import be.atrium.content.FileTypes;
import be.atrium.content.TextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tika within its bounds, on real files: text from PDF and DOCX; a reason, never an exception, for bad files. */
class TextExtractorTest {

    private final TextExtractor extractor = new TextExtractor(2_000_000, Duration.ofSeconds(30));

    @TempDir
    Path dir;

    private TextExtractor.Outcome extract(byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve("file"), bytes);
        String type = FileTypes.detect(file).orElseThrow();
        return extractor.extract(file, type);
    }

    @Test
    void readsTheTextOfAPdfAndADocx() throws IOException {
        TextExtractor.Outcome pdf = extract(TestFiles.pdf("Verdichting in de dorpskernen van Temse"));
        assertTrue(pdf.done(), pdf.toString());
        assertTrue(pdf.text().contains("dorpskernen"), pdf.text());
        TextExtractor.Outcome docx = extract(TestFiles.docx("Het omgevingsloket vraagt een beschrijvende nota"));
        assertTrue(docx.done(), docx.toString());
        assertTrue(docx.text().contains("beschrijvende nota"), docx.text());
    }

    @Test
    void aBadFileGetsAReason() throws IOException {
        assertEquals(TextExtractor.ENCRYPTED, extract(TestFiles.encryptedPdf("Geheim")).reason());
        assertEquals(TextExtractor.BROKEN, extract(TestFiles.brokenPdf()).reason());
        assertEquals(TextExtractor.BOMB, extract(TestFiles.zipBombDocx(40)).reason());
        // a bomb small enough to pass the look at the zip's directory is stopped by Tika's guard while parsing
        assertEquals(TextExtractor.BOMB, extract(TestFiles.zipBombDocx(12)).reason());
    }

    @Test
    void theTextStopsAtItsLimit() throws IOException {
        TextExtractor small = new TextExtractor(10, Duration.ofSeconds(30));
        Path file = Files.write(dir.resolve("long.txt"), "een twee drie vier vijf zes zeven".getBytes());
        TextExtractor.Outcome outcome = small.extract(file, FileTypes.TEXT);
        assertTrue(outcome.done(), outcome.toString());
        assertTrue(outcome.text().length() <= 10, outcome.text());
    }
}
