package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static be.atrium.search.analysis.Analysis.terms;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synonyms file is re-read when it changes, without a restart and without a new analyzer. */
class SynonymsReloadTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("synonyms.txt");
    }

    private void write(String content, int secondsLater) throws IOException {
        Files.writeString(file(), content);
        // a distinct time even on file systems with coarse timestamps
        Files.setLastModifiedTime(file(), FileTime.from(Instant.now().plusSeconds(secondsLater)));
    }

    /** Whether the query, analysed with synonyms, also searches the word. */
    private static boolean expands(Analyzer analyzer, String query, String word) {
        return terms(analyzer, query).contains(Analysis.term(Analysis.shared().whole(), word));
    }

    @Test
    void anAbsentFileMeansTheBuiltInSynonymsUntilItAppears() throws IOException {
        try (DutchAnalysis analysis = DutchAnalysis.load(file())) {
            Analyzer synonyms = analysis.wholeWithSynonyms();
            assertTrue(expands(synonyms, "GRS", "structuurplan"));

            write("# ours\nfietsstraat, fietsweg\n", 1);
            analysis.reloadIfChanged();
            assertSame(synonyms, analysis.wholeWithSynonyms());
            assertTrue(expands(synonyms, "fietsstraat", "fietsweg"));
            assertTrue(expands(synonyms, "fietsweg", "fietsstraat"));
            assertFalse(expands(synonyms, "GRS", "structuurplan"), "the file replaces the built-in list");

            Files.delete(file());
            analysis.reloadIfChanged();
            assertTrue(expands(synonyms, "GRS", "structuurplan"));
            assertFalse(expands(synonyms, "fietsstraat", "fietsweg"));
        }
    }

    @Test
    void aChangedFileIsReadAgainAndAnUnchangedOneIsNot() throws IOException {
        write("rooilijn, bouwlijn\n", 1);
        try (DutchAnalysis analysis = DutchAnalysis.load(file())) {
            Analyzer synonyms = analysis.wholeWithSynonyms();
            assertTrue(expands(synonyms, "rooilijn", "bouwlijn"));
            Object map = analysis.synonymMap();
            analysis.reloadIfChanged();
            assertSame(map, analysis.synonymMap(), "unchanged: not parsed again");

            write("rooilijn, bouwlijn\nmultiword test, mwt\n", 2);
            analysis.reloadIfChanged();
            assertTrue(expands(synonyms, "mwt", "multiword"));
            assertTrue(expands(synonyms, "multiword test", "mwt"));
        }
    }

    @Test
    void aBrokenFileKeepsTheSynonymsInUseAndSaysWhy() throws IOException {
        write("rooilijn, bouwlijn\n", 1);
        try (DutchAnalysis analysis = DutchAnalysis.load(file())) {
            Analyzer synonyms = analysis.wholeWithSynonyms();
            write("rooilijn, bouwlijn\na => b => c\n", 2);
            analysis.reloadIfChanged();
            assertTrue(expands(synonyms, "rooilijn", "bouwlijn"));
            assertTrue(analysis.synonymsProblem().isPresent());

            write("rooilijn, voorgevelbouwlijn\n", 3);
            analysis.reloadIfChanged();
            assertTrue(expands(synonyms, "rooilijn", "voorgevelbouwlijn"));
            assertFalse(analysis.synonymsProblem().isPresent());
        }
    }

    @Test
    void aBrokenFileAtStartMeansTheBuiltInSynonyms() throws IOException {
        write("a => b => c\n", 1);
        try (DutchAnalysis analysis = DutchAnalysis.load(file())) {
            assertTrue(expands(analysis.wholeWithSynonyms(), "GRS", "structuurplan"));
            assertTrue(analysis.synonymsProblem().orElseThrow().contains("synonyms.txt"));
        }
    }

    @Test
    void stopWordsInRulesAreKept() throws IOException {
        write("college van burgemeester en schepenen, cbs\n", 1);
        try (DutchAnalysis analysis = DutchAnalysis.load(file())) {
            assertTrue(expands(analysis.wholeWithSynonyms(), "CBS", "van"));
            assertTrue(expands(analysis.wholeWithSynonyms(), "het college van burgemeester en schepenen", "cbs"));
        }
    }
}
