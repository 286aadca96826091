package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static be.atrium.search.analysis.Analysis.terms;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever people type or paste: never an exception, from any analyzer or method. */
class OddInputTest {

    private static final DutchAnalysis analysis = Analysis.shared();

    static Stream<String> oddInputs() {
        Random random = new Random(42);
        StringBuilder mixed = new StringBuilder();
        String alphabet = "aeiounrstlkgvbhw ëéï-'.,;:*?\\/\"()[]{}+!~^&|@#0123456789\t\n€😀ĳ";
        while (mixed.length() < 10_000) {
            mixed.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return Stream.of("", " ", "   \t\n", ".", "!!!", "*", "?", ":", "\\", "\"", "'", "''s", "'s-Hertogenbosch",
                "-", "--", "a", "ë", "\u0000", "\uD83D\uDE00", "\uD83D", "omgevings-", "-vergunning", "RUP's's",
                "x".repeat(300), "omgevingsvergunning".repeat(20), "a1b2c3d4e5f6g7h8", "4.4.10", "http://x.be/a?b=c",
                "ideeën'", "ĳĳĳĳĳĳĳĳĳĳ", "ÆØÅæøå ß ﬁ", mixed.toString(), "hemelwater ".repeat(1_000));
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    void noAnalyzerThrows(String input) {
        for (Analyzer analyzer : List.of(analysis.whole(), analysis.parts(), analysis.wholeWithSynonyms(),
                analysis.spelling())) {
            assertDoesNotThrow(() -> terms(analyzer, input), analyzer.getClass().getSimpleName());
        }
    }

    @ParameterizedTest
    @MethodSource("oddInputs")
    void noMethodThrows(String input) {
        assertDoesNotThrow(() -> analysis.isDutchWord(input));
        assertDoesNotThrow(() -> analysis.compoundParts(input));
    }

    @Test
    void punctuationAloneGivesNothing() {
        for (String input : List.of("", "*", ":", "\\", "?!", "--")) {
            assertEquals(List.of(), terms(analysis.whole(), input), input);
            assertEquals(List.of(), terms(analysis.parts(), input), input);
        }
        assertFalse(analysis.isDutchWord(null));
        assertEquals(List.of(), analysis.compoundParts(null));
    }

    @Test
    void aLongTextKeepsEveryWord() {
        List<String> terms = terms(analysis.whole(), "hemelwaterput ".repeat(2_000));
        assertEquals(2_000, terms.size());
        assertEquals(2_000, terms(analysis.parts(), "hemelwaterput ".repeat(2_000)).stream()
                .filter(term -> term.equals(Analysis.term(analysis.whole(), "hemelwater"))).count());
    }

    @Test
    void aVeryLongTokenIsCutNotSplit() {
        // StandardTokenizer cuts tokens at 255 characters; the splitter leaves words over 60 alone.
        List<String> terms = new ArrayList<>(terms(analysis.whole(), "a".repeat(1_000)));
        assertTrue(terms.size() >= 4, terms.size() + " terms");
        assertEquals(List.of(), terms(analysis.parts(), "omgevingsvergunning".repeat(5)));
    }
}
