package be.atrium.content;

import be.atrium.identity.Account;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinkedHtmlTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    /** Thread 5 is visible (with a title that needs escaping), thread 6 and wiki page 7 are not. */
    private final LinkedHtml linked = new LinkedHtml();

    {
        linked.titles = new LinkedTitles() {
            @Override
            public Optional<String> title(Account viewer, String kind, Long id) {
                return "thread".equals(kind) && id == 5 ? Optional.of("Bouwen <in> \"agrarisch\" gebied") : Optional.empty();
            }
        };
    }

    @Test
    void aReferenceShowsTheTitleTheReaderMaySeeAndNothingOfWhatTheyMayNot() {
        Map<String, String> cache = new HashMap<>();
        String html = linked.forReader(null, renderer.html("Zie thread:5, thread:6 en wiki:7."), null, "/ctx", cache);
        assertTrue(html.contains("<a href=\"/ctx/discussion/thread.xhtml?id=5\" class=\"internal\" title=\"thread:5\" "
                + "rel=\"nofollow noopener\">Bouwen &lt;in&gt; &#34;agrarisch&#34; gebied</a>"), html);
        assertTrue(html.contains(", thread:6 en wiki:7."), "plain text for what the reader may not see: " + html);
        assertFalse(html.contains("id=6") || html.contains("id&#61;6") || html.contains("id&#61;7"), html);
        assertEquals(Map.of("thread:5", "Bouwen <in> \"agrarisch\" gebied", "thread:6", "", "wiki:7", ""), cache);
    }

    @Test
    void aWikiTitleWithoutAPageForTheReaderLeadsRedToTheEditorOfItsAtrium() {
        String html = linked.forReader(null, renderer.html("Lees [[Ontvoogding & RUP]]."), "gent", "", new HashMap<>());
        assertTrue(html.contains("<a href=\"/wiki/edit.xhtml?atrium=gent&amp;title=Ontvoogding%20%26%20RUP\" class=\"new\""),
                html);
        assertTrue(html.contains(">Ontvoogding &amp; RUP</a>"), html);
    }

    @Test
    void htmlWithoutReferencesIsLeftAlone() {
        String stored = renderer.html("Gewoon [een link](https://example.org) en @an.peeters.");
        assertEquals(stored, linked.forReader(null, stored, null, "", new HashMap<>()));
    }
}
