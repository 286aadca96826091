package be.atrium.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the search box reads what a non-expert types. */
class UserQueryTest {

    @Test
    void wordsPhrasesExclusionsAndAlternatives() {
        UserQuery q = UserQuery.parse("hemelwaterput \"openbaar onderzoek\" -verkaveling OR regenwater -\"oude tekst\"");
        assertEquals(2, q.groups().size());
        assertEquals(List.of("hemelwaterput"), q.groups().get(0).words());
        assertEquals(List.of("openbaar onderzoek"), q.groups().get(0).phrases());
        assertEquals(List.of("regenwater"), q.groups().get(1).words());
        assertEquals(List.of("verkaveling", "oude tekst"), q.excluded());
    }

    @Test
    void queryLanguageCharactersSeparateWords() {
        assertEquals(List.of("titel", "hemelwater", "put"), UserQuery.parse("titel:hemelwater* (put)").allWords());
        assertEquals(List.of("a", "b"), UserQuery.parse("a\\b").allWords());
        assertEquals(List.of("huis-tuin"), UserQuery.parse("huis-tuin").allWords(), "a hyphen inside a word stays");
    }

    @Test
    void anUnbalancedQuoteLeavesWords() {
        UserQuery q = UserQuery.parse("\"openbaar onderzoek");
        assertEquals(List.of("openbaar", "onderzoek"), q.allWords());
        assertTrue(q.groups().get(0).phrases().isEmpty());
    }

    @Test
    void emptyAndOddInputIsEmptyOrText() {
        assertTrue(UserQuery.parse(null).isEmpty());
        assertTrue(UserQuery.parse("   ").isEmpty());
        assertTrue(UserQuery.parse("OR OR").isEmpty());
        assertEquals(List.of("-"), UserQuery.parse("-").allWords(), "a lone dash is text");
        assertTrue(UserQuery.parse("*:\\").isEmpty());
    }

    @Test
    void aVeryLongQueryIsCut() {
        UserQuery q = UserQuery.parse("woord ".repeat(5_000));
        assertEquals(UserQuery.MAX_CLAUSES, q.allWords().size());
        assertTrue(q.text().length() <= UserQuery.MAX_CHARS);
    }
}
