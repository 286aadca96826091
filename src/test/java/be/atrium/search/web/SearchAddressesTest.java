package be.atrium.search.web;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The addresses of the search page and the header box: what a bookmark or a chosen title becomes. */
class SearchAddressesTest {

    @Test
    void aSearchIsItsAddressInAFixedOrderWithTheWordsEncoded() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("year", "2026");
        filters.put("type", "thread");
        filters.put("tag", null);
        filters.put("atrium", "gent");
        assertEquals("q=hemelwater+%26+%22GSV%22&type=thread&atrium=gent&year=2026&sort=date&page=3",
                SearchPage.build(" hemelwater & \"GSV\" ", filters, "date", 3));
        assertEquals("type=thread&atrium=gent&year=2026", SearchPage.build(null, filters, "relevance", 1),
                "relevance is the default order and page 1 the default page: neither is in the address");
        assertEquals("", SearchPage.build("  ", Map.of(), null, 1));
    }

    @Test
    void aChosenSuggestionOpensOnlyAPageOfAtrium() {
        assertTrue(SiteSearch.isInternal("/discussion/thread.xhtml?id=12"));
        assertFalse(SiteSearch.isInternal("https://elders.example/"));
        assertFalse(SiteSearch.isInternal("//elders.example/"));
        assertFalse(SiteSearch.isInternal("/\\elders.example/"));
        assertFalse(SiteSearch.isInternal("/wiki/page.xhtml?id=1\r\nSet-Cookie: x=1"));
        assertFalse(SiteSearch.isInternal(null));
    }
}
