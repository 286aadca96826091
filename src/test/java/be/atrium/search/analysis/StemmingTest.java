package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static be.atrium.search.analysis.Analysis.term;
import static be.atrium.search.analysis.Analysis.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** whole(): a singular and its plural (or other inflections) become one term. */
class StemmingTest {

    private final Analyzer whole = Analysis.shared().whole();

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource({
            "woningen, woning",
            "verkavelingen, verkaveling",
            "signaalgebieden, signaalgebied",
            "vergunningen, vergunning",
            "ruimtelijke, ruimtelijk",
            "stedenbouwkundige, stedenbouwkundig",
            "percelen, perceel",
            // the fixes on top of Snowball
            "plannen, plan",
            "uitvoeringsplannen, uitvoeringsplan",
            "bossen, bos",
            "brieven, brief",
            "huizen, huis",
            "toetsen, toets",
            "plaatsen, plaats",
            "procedures, procedure",
            "deputaties, deputatie",
            "processen, proces",
            "adressen, adres",
            // Dutch plural and possessive 's
            "RUP's, RUP",
            "auto's, auto",
    })
    void inflectionsShareATerm(String inflected, String base) {
        assertEquals(term(whole, base), term(whole, inflected));
    }

    @Test
    void differentWordsStayApart() {
        assertNotEquals(term(whole, "plaats"), term(whole, "plaat"));
        assertNotEquals(term(whole, "proces"), term(whole, "procedure"));
        assertNotEquals(term(whole, "woning"), term(whole, "wonen"));
    }

    @Test
    void theKpStemmerIsNotUsed() {
        assertEquals(term(whole, "omgevingen"), term(whole, "omgeving"));
        assertNotEquals("omgeef", term(whole, "omgeving")); // what Kraaij-Pohlmann makes of it
    }

    @Test
    void noWordIsDropped() {
        // Stop words stay: phrases ("het openbaar onderzoek") and multi-word synonyms ("plan van aanleg") need them.
        List<String> terms = terms(whole, "Het plan van de gemeente en het RUP");
        assertEquals(8, terms.size(), terms.toString());
    }

    @Test
    void wholeNeverSplitsCompounds() {
        assertEquals(List.of(term(whole, "omgevingsvergunning")), terms(whole, "omgevingsvergunning"));
    }
}
