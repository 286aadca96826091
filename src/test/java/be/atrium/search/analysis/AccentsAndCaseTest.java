package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static be.atrium.search.analysis.Analysis.term;
import static be.atrium.search.analysis.Analysis.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Case and accents never matter, in any of the analyzers. */
class AccentsAndCaseTest {

    private final DutchAnalysis analysis = Analysis.shared();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "reliëfwijziging, reliefwijziging",
            "Reliëf, relief",
            "ideeën, ideeen",
            "café, cafe",
            "financiële, financiele",
            "REGENWATER, regenwater",
            "Omgevingsvergunning, omgevingsvergunning",
            "ĳzer, ijzer",
            "coördinatie, coordinatie",
    })
    void foldedAlike(String written, String typed) {
        for (Analyzer analyzer : new Analyzer[] {analysis.whole(), analysis.spelling()}) {
            assertEquals(term(analyzer, typed), term(analyzer, written), analyzer.getClass().getSimpleName());
        }
        assertEquals(terms(analysis.wholeWithSynonyms(), typed), terms(analysis.wholeWithSynonyms(), written));
        assertEquals(terms(analysis.parts(), typed), terms(analysis.parts(), written));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"reliëfwijzigingen, reliefwijziging", "Hemelwaterputten, hemelwaterput"})
    void compoundPartsAreFoldedToo(String written, String typed) {
        assertEquals(terms(analysis.parts(), typed).subList(0, 2), terms(analysis.parts(), written).subList(0, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Reliëfwijziging, reliefwijziging", "RUP's, rup", "Ruimtelijke, ruimtelijke"})
    void spellingKeepsTheWordUnstemmed(String written, String expected) {
        assertEquals(expected, term(analysis.spelling(), written));
    }
}
