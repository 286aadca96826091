package be.atrium.wiki;

import be.atrium.content.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WikiLinksTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void findsTheKeysOfLinkedTitles() {
        assertEquals(Set.of("rup", "hemelwater put"),
                WikiLinks.linkedKeys("Zie [[RUP]] en [[ Hemelwater   Put |de put]], en nog eens [[rup]]."));
        assertEquals(Set.of(), WikiLinks.linkedKeys("Geen links, `[[code]]`, [gewone](link)."));
    }

    @Test
    void existingPagesBecomeLinksToThePage() {
        String md = WikiLinks.resolve("Zie [[RUP]].", Map.of("rup", 7L), "gent");
        assertEquals("Zie [RUP](/wiki/page.xhtml?id=7).", md);
        String html = href(renderer.html(md));
        assertTrue(html.contains("href=\"/wiki/page.xhtml?id=7\""), html);
        assertTrue(html.contains("class=\"wiki\""), html);
        assertFalse(html.contains("class=\"new\""), html);
    }

    @Test
    void missingPagesBecomeRedLinksToCreateThem() {
        String md = WikiLinks.resolve("Zie [[Nieuwe pagina]].", Map.of(), "gent");
        assertEquals("Zie [Nieuwe pagina](/wiki/edit.xhtml?atrium=gent&title=Nieuwe+pagina).", md);
        String html = href(renderer.html(md));
        assertTrue(html.contains("class=\"new\""), html);
        assertTrue(html.contains("/wiki/edit.xhtml?atrium=gent&title=Nieuwe+pagina"), html);
        assertEquals("[X](/wiki/edit.xhtml?title=X)", WikiLinks.resolve("[[X]]", Map.of(), null));
    }

    @Test
    void aLabelReplacesTheShownText() {
        assertEquals("[de put](/wiki/page.xhtml?id=3)",
                WikiLinks.resolve("[[Hemelwater put|de put]]", Map.of("hemelwater put", 3L), null));
    }

    @Test
    void titlesAreEscapedSoTheyStayText() {
        String md = WikiLinks.resolve("[[<script>alert(1)</script> *vet*]]", Map.of(), "gent");
        String html = href(renderer.html(md));
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<em>"), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; *vet*"), html);
        assertTrue(html.contains("title=%3Cscript%3Ealert%281%29%3C%2Fscript%3E+*vet*"), html);
        String js = renderer.html(WikiLinks.resolve("[[javascript:alert(1)]]", Map.of(), null));
        assertFalse(js.contains("href=\"javascript"), js);
    }

    @Test
    void codeStaysLiteral() {
        String md = "Inline `[[Niet]]` en [[Wel]]\n```\n[[Ook niet]]\n```\n~~~md\n[[Evenmin]]\n~~~\nNa [[Wel]]";
        String out = WikiLinks.resolve(md, Map.of("wel", 1L), null);
        assertEquals("Inline `[[Niet]]` en [Wel](/wiki/page.xhtml?id=1)\n```\n[[Ook niet]]\n```\n~~~md\n[[Evenmin]]\n~~~\n"
                + "Na [Wel](/wiki/page.xhtml?id=1)", out);
        assertEquals(Set.of("wel"), WikiLinks.linkedKeys(md));
    }

    /** The sanitiser entity-encodes = + & in attributes; decode them to compare URLs. */
    private static String href(String html) {
        return html.replace("&#61;", "=").replace("&#43;", "+").replace("&amp;", "&");
    }

    @Test
    void emptyAndOrdinaryTextIsUntouched() {
        assertEquals("", WikiLinks.resolve(null, Map.of(), null));
        assertEquals("[a](b) [[ ]] [[]]", WikiLinks.resolve("[a](b) [[ ]] [[]]", Map.of(), null));
    }

    @Test
    void aNewPageChangesTheLinksToItsTitle() {
        assertEquals(Set.of("verordening hemelwater"), WikiLinks.changedKeys(null, " Verordening  Hemelwater"));
    }

    @Test
    void aRenameChangesTheLinksToTheOldAndTheNewTitle() {
        assertEquals(List.of("rup", "ruimtelijk uitvoeringsplan"),
                List.copyOf(WikiLinks.changedKeys("RUP", "Ruimtelijk uitvoeringsplan")));
    }

    @Test
    void aChangeOfCaseOrSpacingKeepsEveryLink() {
        assertEquals(Set.of(), WikiLinks.changedKeys("Rup", "RUP"));
        assertEquals(Set.of(), WikiLinks.changedKeys("Hemelwater put", " hemelwater   put "));
    }

    @Test
    void linksReachTheirOwnAtriumAndTheNetworkWidePagesOnly() {
        assertTrue(WikiLinks.reachable(null, 1L), "network-wide pages are reachable from an Atrium");
        assertTrue(WikiLinks.reachable(null, null), "and from network-wide pages");
        assertTrue(WikiLinks.reachable(1L, 1L));
        assertFalse(WikiLinks.reachable(2L, 1L), "never a page of another Atrium");
        assertFalse(WikiLinks.reachable(1L, null), "a network-wide page never links into an Atrium");
    }

    @Test
    void aPageOfTheOwnAtriumGoesBeforeTheNetworkWidePageOfTheSameTitle() {
        List<WikiLinks.Target> candidates = List.of(
                new WikiLinks.Target("rup", 10L, null),
                new WikiLinks.Target("rup", 11L, 1L),
                new WikiLinks.Target("rup", 12L, 2L),
                new WikiLinks.Target("gsv", 13L, 2L),
                new WikiLinks.Target("mer", 14L, null));
        assertEquals(Map.of("rup", 11L, "mer", 14L), WikiLinks.targets(1L, candidates));
        assertEquals(Map.of("rup", 12L, "gsv", 13L, "mer", 14L), WikiLinks.targets(2L, candidates));
        assertEquals(Map.of("rup", 10L, "mer", 14L), WikiLinks.targets(null, candidates));
        List<WikiLinks.Target> ownFirst = List.of(new WikiLinks.Target("rup", 11L, 1L), new WikiLinks.Target("rup", 10L, null));
        assertEquals(Map.of("rup", 11L), WikiLinks.targets(1L, ownFirst), "whatever the order of the rows");
    }

    @Test
    void theLinkTableRecordsEveryLinkedTitleOnceAndNothingInCode() {
        assertEquals(List.of("rup", "gsv hemelwater"), List.copyOf(WikiLinks.linkedKeys(
                "[[RUP]], [[ rup ]] en [[GSV  hemelwater|de verordening]]\n```\n[[In code]]\n```\n`[[ook niet]]`")));
    }
}
