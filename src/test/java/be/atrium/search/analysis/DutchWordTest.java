package be.atrium.search.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** isDutchWord: what a "did you mean" must leave alone. */
class DutchWordTest {

    private final DutchAnalysis analysis = Analysis.shared();

    @ParameterizedTest
    @ValueSource(strings = {
            "vergunning", "vergunningen", "Vergunning", "reliëf", "relief", "ideeën", "auto's",
            "omgevingsvergunning", "structuurplan", "verkavelingen", "deputatie", "zonevreemde",
            // compounds that are in no list but split into known parts
            "hemelwaterputdeksel", "signaalgebiedenkaart", "parkeernormenbeleid",
            // the abbreviations of the synonyms file
            "GECORO", "RvVb", "grup", "VCRO",
    })
    void dutchWords(String word) {
        assertTrue(analysis.isDutchWord(word), word);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "omgevingsvergunnig", "vergunnnig", "verkavelnig", "struktuurplan", "hemelwaterptu",
            "qwertyuiop", "", " ", "*",
    })
    void notDutchWords(String word) {
        assertFalse(analysis.isDutchWord(word), word);
    }
}
