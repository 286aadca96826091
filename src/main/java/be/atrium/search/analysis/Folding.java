package be.atrium.search.analysis;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

import java.util.Locale;

/**
 * The one definition of "folded" shared by the analyzers and the word lists: lower case, then
 * Lucene's ASCII folding ({@code reliëf} → {@code relief}, {@code ĳ} → {@code ij}), exactly what
 * {@code LowerCaseFilter} + {@code ASCIIFoldingFilter} do to a token.
 */
final class Folding {

    private Folding() {
    }

    static String fold(String word) {
        if (isFolded(word)) {
            return word;
        }
        char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] folded = new char[lower.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower, 0, folded, 0, lower.length);
        return new String(folded, 0, length);
    }

    private static boolean isFolded(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 0x7F) {
                return false;
            }
        }
        return true;
    }
}
