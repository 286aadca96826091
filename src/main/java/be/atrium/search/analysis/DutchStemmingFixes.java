package be.atrium.search.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

import java.io.IOException;

/**
 * Four spelling rules of Dutch that Lucene 9's Snowball Dutch stemmer (the original, Porter-style
 * one) misses, so that a singular and its plural get one stem. Each is general orthography, not a
 * list of words:
 * <ul>
 * <li>a plural in {@code -es} loses its {@code s} before stemming when what remains is a Dutch word:
 *     {@code procedures} → {@code procedure}, {@code deputaties} → {@code deputatie} (the stemmer
 *     removes an {@code s} only after a consonant), while {@code proces} and {@code adres} stay;</li>
 * <li>a word ending in {@code -ts} keeps its {@code s}: it is a singular ({@code toets}, {@code
 *     plaats}, {@code fiets}), which the stemmer would make {@code toet} while {@code toetsen}
 *     becomes {@code toets};</li>
 * <li>after stemming a doubled final consonant is undoubled: {@code plannen} → {@code plann} →
 *     {@code plan}, {@code bossen} → {@code bos} (the stemmer undoubles only kk, dd, tt);</li>
 * <li>after stemming a final {@code v} becomes {@code f} and a final {@code z} an {@code s}:
 *     {@code brieven} → {@code briev} → {@code brief}, {@code huizen} → {@code huis} (no Dutch word
 *     ends in v or z).</li>
 * </ul>
 */
final class DutchStemmingFixes {

    private DutchStemmingFixes() {
    }

    /** Goes before the stemmer (it sets the keyword flag the stemmer respects). */
    static final class BeforeStemming extends TokenFilter {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);
        private final DutchWordList words;

        BeforeStemming(TokenStream input, DutchWordList words) {
            super(input);
            this.words = words;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (keywordAtt.isKeyword()) {
                return true;
            }
            char[] term = termAtt.buffer();
            int length = termAtt.length();
            if (length >= 5 && term[length - 2] == 'e' && term[length - 1] == 's'
                    && words.contains(new String(term, 0, length - 1))) {
                termAtt.setLength(length - 1);
            } else if (length >= 4 && term[length - 2] == 't' && term[length - 1] == 's') {
                keywordAtt.setKeyword(true);
            }
            return true;
        }
    }

    /** Goes after the stemmer. */
    static final class AfterStemming extends TokenFilter {
        private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keywordAtt = addAttribute(KeywordAttribute.class);

        AfterStemming(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int length = termAtt.length();
            if (keywordAtt.isKeyword() || length < 4) {
                return true;
            }
            char[] term = termAtt.buffer();
            char last = term[length - 1];
            if (last == term[length - 2] && isConsonant(last)) {
                termAtt.setLength(--length);
                last = term[length - 1];
            }
            if (last == 'v') {
                term[length - 1] = 'f';
            } else if (last == 'z') {
                term[length - 1] = 's';
            }
            return true;
        }

        private static boolean isConsonant(char c) {
            return c >= 'b' && c <= 'z' && "eiouy".indexOf(c) < 0;
        }
    }
}
