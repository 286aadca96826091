package be.atrium.discussion.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotesAndPagesTest {

    @Test
    void quotePrefixesEveryLineAndMentionsTheAuthor() {
        assertEquals("> @an.peeters:\n> Eerste regel\n>\n> Tweede\n\n", Quotes.quote("an.peeters", "Eerste regel\n\nTweede\n"));
    }

    @Test
    void quoteNeverReplacesWhatWasTyped() {
        assertEquals("Mijn tekst\n\n> @a:\n> b\n\n", Quotes.prepend(Quotes.quote("a", "b"), "Mijn tekst  \n"));
        assertEquals("> q\n", Quotes.prepend("> q\n", "  "));
    }

    @Test
    void pageParametersNeverFail() {
        assertEquals(1, PageParam.parse(null));
        assertEquals(1, PageParam.parse("abc"));
        assertEquals(1, PageParam.parse("-4"));
        assertEquals(7, PageParam.parse(" 7 "));
        assertEquals(-1, PageParam.id("1; DROP"));
        assertEquals(42, PageParam.id("42"));
    }

    @Test
    void pageWindowShowsFirstLastAndNeighbours() {
        assertEquals(List.of(1), PageParam.window(1, 1));
        assertEquals(List.of(1, 2, 3, 10), PageParam.window(1, 10));
        assertEquals(List.of(1, 3, 4, 5, 6, 7, 10), PageParam.window(5, 10));
    }

    @Test
    void tagsAreSplitOnCommasAndSemicolons() {
        assertEquals(List.of("rup", "omgevingsvergunning", "gsv"), AskPage.tagList(" rup, omgevingsvergunning;gsv ,, "));
        assertEquals(List.of(), AskPage.tagList(null));
    }
}
