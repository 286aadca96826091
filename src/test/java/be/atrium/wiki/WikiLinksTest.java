package be.atrium.wiki;

import be.atrium.content.MarkdownRenderer;
import org.junit.jupiter.api.Test;

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
}
