package be.atrium.content;

import be.atrium.content.WordDiff.Kind;
import be.atrium.content.WordDiff.Result;
import be.atrium.content.WordDiff.Row;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordDiffTest {

    @Test
    void equalTextsAreAllUnchangedRowsSideBySide() {
        Result r = WordDiff.compare("Een\nTwee", "Een\nTwee");
        assertFalse(r.isChanged());
        assertEquals(List.of(new Row(Kind.SAME, 1, "Een", 1, "Een"), new Row(Kind.SAME, 2, "Twee", 2, "Twee")), r.rows());
        assertEquals(0, r.removedWords());
        assertEquals(0, r.addedWords());
    }

    @Test
    void insideAChangedLineOnlyTheChangedWordsAreMarked() {
        Result r = WordDiff.compare("Een hemelwaterput van 5000 liter is verplicht.",
                "Een hemelwaterput van 10000 liter is aanbevolen.");
        Row row = r.rows().get(0);
        assertEquals(Kind.CHANGED, row.kind());
        assertEquals("Een hemelwaterput van <del>5000</del> liter is <del>verplicht</del>.", row.leftHtml());
        assertEquals("Een hemelwaterput van <ins>10000</ins> liter is <ins>aanbevolen</ins>.", row.rightHtml());
        assertEquals(2, r.removedWords());
        assertEquals(2, r.addedWords());
    }

    @Test
    void neighbouringChangedWordsFormOneMarkWithTheSpaceBetweenThem() {
        Row row = WordDiff.compare("De aanvraag wordt snel behandeld", "De aanvraag wordt heel traag behandeld")
                .rows().get(0);
        assertEquals("De aanvraag wordt <del>snel</del> behandeld", row.leftHtml());
        assertEquals("De aanvraag wordt <ins>heel traag</ins> behandeld", row.rightHtml());
    }

    @Test
    void marksHoldWordsNotTheSpacesAroundThem() {
        Row row = WordDiff.compare("Een put is verplicht.", "Een put is verplicht voor [[Nieuwbouw]].").rows().get(0);
        assertEquals("Een put is verplicht <ins>voor [[Nieuwbouw]]</ins>.", row.rightHtml());
        assertEquals("Een put is verplicht.", row.leftHtml());
        Row spaces = WordDiff.compare("a b", "a  b").rows().get(0);
        assertEquals("a<ins>  </ins>b", spaces.rightHtml(), "a change of spacing alone stays visible");
    }

    @Test
    void unchangedLinesStayAlignedAroundInsertedAndDeletedLines() {
        Result r = WordDiff.compare("Titel\n\nOude alinea\n\nSlot", "Titel\n\nNieuwe regel\n\nOude alinea\n\nSlot");
        List<Row> rows = r.rows();
        assertEquals(new Row(Kind.SAME, 1, "Titel", 1, "Titel"), rows.get(0));
        assertTrue(rows.stream().anyMatch(x -> x.kind() == Kind.ADDED && x.leftNumber() == null
                && x.rightHtml().equals("<ins>Nieuwe regel</ins>")), rows.toString());
        Row old = rows.stream().filter(x -> "Oude alinea".equals(x.leftHtml())).findFirst().orElseThrow();
        assertEquals(Kind.SAME, old.kind());
        assertEquals(3, old.leftNumber());
        assertEquals(5, old.rightNumber(), "the same line faces itself although it moved down");
        Row last = rows.get(rows.size() - 1);
        assertEquals(new Row(Kind.SAME, 5, "Slot", 7, "Slot"), last);
        assertEquals(0, r.removedWords());
        assertEquals(2, r.addedWords());
    }

    @Test
    void aDeletedLineIsMarkedOnTheLeftWithNothingOnTheRight() {
        Result r = WordDiff.compare("A\nweg ermee\nB", "A\nB");
        Row removed = r.rows().get(1);
        assertEquals(Kind.REMOVED, removed.kind());
        assertEquals("<del>weg ermee</del>", removed.leftHtml());
        assertNull(removed.rightNumber());
        assertEquals("", removed.rightHtml());
        assertEquals(2, r.removedWords());
        assertEquals(new Row(Kind.SAME, 3, "B", 2, "B"), r.rows().get(2));
    }

    @Test
    void changedLinesOfOneBlockArePairedInOrder() {
        Result r = WordDiff.compare("x\neen twee\ndrie vier\ny", "x\neen 2\n3 vier\nextra\ny");
        List<Row> rows = r.rows();
        assertEquals(Kind.CHANGED, rows.get(1).kind());
        assertEquals("een <del>twee</del>", rows.get(1).leftHtml());
        assertEquals("een <ins>2</ins>", rows.get(1).rightHtml());
        assertEquals(Kind.CHANGED, rows.get(2).kind());
        assertEquals("<ins>3</ins> vier", rows.get(2).rightHtml());
        assertEquals(new Row(Kind.ADDED, null, "", 4, "<ins>extra</ins>"), rows.get(3));
        assertEquals(new Row(Kind.SAME, 4, "y", 5, "y"), rows.get(4));
    }

    @Test
    void everythingIsEscapedAndOnlyTheMarksAreHtml() {
        Row row = WordDiff.compare("<b>oud</b> & \"zo\"", "<script>alert('x')</script> & \"zo\"").rows().get(0);
        assertFalse(row.leftHtml().contains("<b>"), row.leftHtml());
        assertFalse(row.rightHtml().contains("<script>"), row.rightHtml());
        assertTrue(row.rightHtml().contains("&lt;"), row.rightHtml());
        assertTrue(row.leftHtml().endsWith("&amp; &quot;zo&quot;"), row.leftHtml());
        assertEquals(row.leftHtml().replaceAll("</?del>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&amp;", "&"), "<b>oud</b> & \"zo\"");
        Row same = WordDiff.compare("a < b", "a < b").rows().get(0);
        assertEquals("a &lt; b", same.leftHtml());
    }

    @Test
    void wordsKeepInnerHyphensAndApostrophesAndDutchLetters() {
        assertEquals(List.of("Zo'n", " ", "ruimtelijk-uitvoeringsplan", " ", "één", ","),
                WordDiff.tokens("Zo'n ruimtelijk-uitvoeringsplan één,"));
        Row row = WordDiff.compare("het café sluit", "het cafés sluit").rows().get(0);
        assertEquals("het <del>café</del> sluit", row.leftHtml());
    }

    @Test
    void emptyAndMissingTextsCompareToEverythingAdded() {
        Result r = WordDiff.compare(null, "Nieuw\nTweede");
        assertEquals(List.of(new Row(Kind.ADDED, null, "", 1, "<ins>Nieuw</ins>"),
                new Row(Kind.ADDED, null, "", 2, "<ins>Tweede</ins>")), r.rows());
        assertTrue(WordDiff.compare("", "").rows().isEmpty());
        assertEquals(new Row(Kind.SAME, 2, "", 2, ""), WordDiff.compare("a\n\nb", "a\n\nc").rows().get(1));
    }

    @Test
    void windowsLineEndingsCountAsLineBreaks() {
        assertFalse(WordDiff.compare("Een\r\nTwee", "Een\nTwee").isChanged());
    }

    @Test
    void veryLargeChangesFallBackToWholeLinesWithoutRunningOutOfMemory() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int x = 0; x < 3000; x++) {
            a.append("oud ").append(x).append('\n');
            b.append("nieuw ").append(x).append('\n');
        }
        Result r = WordDiff.compare(a.toString(), b.toString());
        assertTrue(r.isChanged());
        assertTrue(r.rows().size() >= 3000);
        assertEquals(Kind.CHANGED, r.rows().get(0).kind(), "the block is still paired line by line");
        assertEquals("<del>oud</del> 0", r.rows().get(0).leftHtml());
    }

    @Test
    void aLongPageWithScatteredEditsShowsOnlyThoseEdits() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int x = 0; x < 5000; x++) {
            a.append("Regel ").append(x).append(" over hemelwater.\n");
            b.append("Regel ").append(x).append(x % 250 == 7 ? " over regenwater.\n" : " over hemelwater.\n");
            if (x % 1000 == 500) {
                b.append("Een nieuwe regel.\n");
            }
        }
        Result r = WordDiff.compare(a.toString(), b.toString());
        assertEquals(25, r.getChangedRows(), "20 changed lines and 5 new ones, the rest unchanged");
        Row changed = r.rows().stream().filter(x -> x.kind() == Kind.CHANGED).findFirst().orElseThrow();
        assertEquals("Regel 7 over <del>hemelwater</del>.", changed.leftHtml());
        assertEquals(new Row(Kind.SAME, 5000, "Regel 4999 over hemelwater.", 5005, "Regel 4999 over hemelwater."),
                r.rows().get(r.rows().size() - 2));
    }

    @Test
    void aRewriteTooLargeToAlignKeepsTheUnchangedStartAndEnd() {
        StringBuilder a = new StringBuilder("Titel\n");
        StringBuilder b = new StringBuilder("Titel\n");
        for (int x = 0; x < 3000; x++) {
            a.append("oud ").append(x).append('\n');
            b.append("nieuw ").append(x).append('\n');
        }
        a.append("Slot");
        b.append("Slot");
        List<Row> rows = WordDiff.compare(a.toString(), b.toString()).rows();
        assertEquals(new Row(Kind.SAME, 1, "Titel", 1, "Titel"), rows.get(0));
        assertEquals(new Row(Kind.CHANGED, 2, "<del>oud</del> 0", 2, "<ins>nieuw</ins> 0"), rows.get(1));
        assertEquals(new Row(Kind.SAME, 3002, "Slot", 3002, "Slot"), rows.get(rows.size() - 1));
    }
}
