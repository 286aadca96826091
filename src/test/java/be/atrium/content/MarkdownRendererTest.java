package be.atrium.content;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** The sanitiser writes = and @ as character references; browsers read them as the characters. */
    private static String decoded(String html) {
        return html.replace("&#61;", "=").replace("&#64;", "@");
    }

    @Test
    void rawScriptIsShownAsTextNeverRun() {
        String html = renderer.html("Hallo <script>alert('x')</script>");
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("&lt;script&gt;") || !html.contains("alert('x')</script>"), html);
    }

    @Test
    void eventHandlersAreStripped() {
        String html = renderer.html("<img src=x onerror=alert(1)>\n\n![foto](https://example.org/a.png)");
        assertFalse(html.contains("onerror=alert"), html);
        assertFalse(html.contains("<img src=\"x\""), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void anImageFromAnotherHostBecomesALinkSoItsOwnerCannotSeeWhoReads() {
        String html = renderer.html("Zie ![het plan](https://tracker.example.org/p.png?reader=1 \"Plan\") en "
                + "![](http://example.org/leeg.gif) en ![kort](//example.org/b.png) en ![slash](/\\example.org/c.png)");

        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("<a href=\"https://tracker.example.org/p.png?reader&#61;1\" title=\"Plan\" "
                + "rel=\"nofollow noopener\">het plan</a>"), html);
        assertTrue(decoded(html).contains(">http://example.org/leeg.gif</a>"), html);
        assertTrue(html.contains(">kort</a>"), html);
        assertTrue(html.contains(">slash</a>"), html);
    }

    @Test
    void anImageOfAtriumItselfIsShown() {
        String html = renderer.html("![bijlage](/files/12) en ![relatief](files/13 \"Titel\")");

        assertTrue(html.contains("<img src=\"/files/12\" alt=\"bijlage\" />"), html);
        assertTrue(html.contains("<img src=\"files/13\" alt=\"relatief\" title=\"Titel\" />"), html);
    }

    @Test
    void onlyAtriumsOwnAddressesCountAsOwn() {
        for (String own : new String[]{"/files/12", "files/12", "/api/v1/attachments/3?x=1", "./a.png"}) {
            assertTrue(MarkdownRenderer.OWN_ADDRESS.matcher(own).matches(), own);
        }
        for (String other : new String[]{"https://example.org/a.png", "//example.org/a.png", "/\\example.org/a.png",
                "HTTP://example.org", "data:image/png;base64,AAAA", "javascript:alert(1)", "/files/1 2"}) {
            assertFalse(MarkdownRenderer.OWN_ADDRESS.matcher(other).matches(), other);
        }
    }

    @Test
    void javascriptLinksAreRemoved() {
        String html = renderer.html("[klik](javascript:alert(1)) en [ook](JaVaScRiPt:alert(2))");
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertTrue(html.contains("klik"), html);
    }

    @Test
    void externalLinksGetNofollowNoopener() {
        String html = renderer.html("Zie [de omzendbrief](https://www.omgeving.vlaanderen.be/x) of https://example.org");
        assertTrue(html.contains("href=\"https://www.omgeving.vlaanderen.be/x\""), html);
        assertTrue(html.matches("(?s).*rel=\"[^\"]*nofollow[^\"]*\".*"), html);
        assertTrue(html.matches("(?s).*rel=\"[^\"]*noopener[^\"]*\".*"), html);
        assertTrue(html.contains("href=\"https://example.org\""), html);
    }

    @Test
    void mentionsLinkToThePersonAndAreCollected() {
        MarkdownRenderer.Rendered r = renderer.render("Vraag aan @an.peeters en @sofie.maes. Mail: x@y.be");
        String html = decoded(r.html());
        assertTrue(html.contains("href=\"/identity/person.xhtml?username=an.peeters\""), html);
        assertTrue(html.contains(">@an.peeters</a>"), html);
        assertEquals(Set.of("an.peeters", "sofie.maes"), r.mentions());
    }

    @Test
    void mentionsInCodeStayLiteral() {
        MarkdownRenderer.Rendered r = renderer.render("`@an.peeters` en\n\n    @sofie.maes");
        assertTrue(r.mentions().isEmpty(), r.mentions().toString());
        assertFalse(r.html().contains("person.xhtml"), r.html());
    }

    @Test
    void threadAndWikiReferencesBecomeLinks() {
        String html = decoded(renderer.html("Zie thread:123 en [de pagina](wiki:45)."));
        assertTrue(html.contains("href=\"/discussion/thread.xhtml?id=123\""), html);
        assertTrue(html.contains(">thread:123</a>"), html);
        assertTrue(html.contains("href=\"/wiki/page.xhtml?id=45\""), html);
    }

    @Test
    void aReferenceWrittenAsTextIsMarkedSoItsTitleIsFilledInForEachReader() {
        String html = decoded(renderer.html("Zie thread:123, [de pagina](wiki:45) en wiki:7."));
        assertTrue(html.contains("<a href=\"/discussion/thread.xhtml?id=123\" class=\"ref\" rel=\"nofollow noopener\">thread:123</a>"), html);
        assertTrue(html.contains("<a href=\"/wiki/page.xhtml?id=7\" class=\"ref\""), html);
        assertTrue(html.contains("<a href=\"/wiki/page.xhtml?id=45\" class=\"wiki\" rel=\"nofollow noopener\">de pagina</a>"),
                "a link with its own text keeps it: " + html);
    }

    @Test
    void aWikiTitleLinkBecomesALinkByTitleOutsideCodeOnly() {
        String html = decoded(renderer.html("Lees [[Omgevingsvergunning  aanvragen]] en [[RUP|het RUP]], niet `[[Code]]`."));
        assertTrue(html.contains("<a href=\"/wiki/page.xhtml?title=Omgevingsvergunning%20aanvragen\" class=\"wikiref\" "
                + "rel=\"nofollow noopener\">Omgevingsvergunning aanvragen</a>"), html);
        assertTrue(html.contains("title=RUP\" class=\"wikiref\" rel=\"nofollow noopener\">het RUP</a>"), html);
        assertTrue(html.contains("<code>[[Code]]</code>"), html);
        String tricky = decoded(renderer.html("[[<script>alert(1)</script>]] en [[\"x\" onclick=\"y]]"));
        assertFalse(tricky.contains("<script"), tricky);
        assertFalse(tricky.contains("onclick=\""), tricky);
    }

    @Test
    void markdownFormattingSurvivesSanitising() {
        String html = renderer.html("**vet** *schuin*\n\n> citaat\n\n- een\n- twee\n\n| a | b |\n|---|---|\n| 1 | 2 |");
        assertTrue(html.contains("<strong>vet</strong>"), html);
        assertTrue(html.contains("<em>schuin</em>"), html);
        assertTrue(html.contains("<blockquote>"), html);
        assertTrue(html.contains("<li>een</li>"), html);
        assertTrue(html.contains("<table>"), html);
    }

    @Test
    void nullAndEmptyGiveEmptyHtml() {
        assertEquals("", renderer.html(null).strip());
        assertEquals("", renderer.html("").strip());
    }
}
