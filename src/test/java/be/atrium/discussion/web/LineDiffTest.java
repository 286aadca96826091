package be.atrium.discussion.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineDiffTest {

    private static String render(List<LineDiff.Line> diff) {
        StringBuilder sb = new StringBuilder();
        diff.forEach(l -> sb.append(l.getKind().name().charAt(0)).append(':').append(l.getText()).append('|'));
        return sb.toString();
    }

    @Test
    void unchangedTextHasOnlySameLines() {
        List<LineDiff.Line> diff = LineDiff.diff("a\nb", "a\nb");
        assertEquals("S:a|S:b|", render(diff));
        assertFalse(LineDiff.changed(diff));
    }

    @Test
    void changedLineIsRemovedThenAdded() {
        assertEquals("S:Eerste|R:RUP in 2024|A:RUP in 2025|S:Slot|",
                render(LineDiff.diff("Eerste\nRUP in 2024\nSlot", "Eerste\nRUP in 2025\nSlot")));
    }

    @Test
    void insertedAndDeletedLinesInTheMiddle() {
        assertEquals("S:a|R:b|S:c|A:x|S:d|", render(LineDiff.diff("a\nb\nc\nd", "a\nc\nx\nd")));
    }

    @Test
    void fromAndToEmptyText() {
        assertEquals("A:nieuw|", render(LineDiff.diff("", "nieuw")));
        assertEquals("R:weg|", render(LineDiff.diff("weg", null)));
        assertTrue(LineDiff.diff(null, "").isEmpty());
    }

    @Test
    void windowsLineEndingsCountAsLineBreaks() {
        assertEquals("S:a|R:b|A:c|", render(LineDiff.diff("a\r\nb", "a\nc")));
    }

    @Test
    void markupIsKeptAsPlainTextForThePageToEscape() {
        List<LineDiff.Line> diff = LineDiff.diff("x", "<script>alert(1)</script>");
        assertEquals("<script>alert(1)</script>", diff.get(1).getText());
        assertEquals("+", diff.get(1).getSign());
        assertEquals("−", diff.get(0).getSign());
    }

    @Test
    void hugeRewritesFallBackToRemovedThenAdded() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 2100; i++) {
            a.append("a").append(i).append('\n');
            b.append("b").append(i).append('\n');
        }
        List<LineDiff.Line> diff = LineDiff.diff(a.toString(), b.toString());
        assertEquals(LineDiff.Kind.REMOVED, diff.get(0).getKind());
        assertEquals(LineDiff.Kind.ADDED, diff.get(2100).getKind());
    }
}
