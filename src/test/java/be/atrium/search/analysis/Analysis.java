package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The analysis with the built-in synonyms, loaded once for all tests (it is immutable), and token helpers. */
final class Analysis {

    private static DutchAnalysis shared;

    private Analysis() {
    }

    static synchronized DutchAnalysis shared() {
        if (shared == null) {
            try {
                shared = DutchAnalysis.load(null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    /** A term with its position (counted from 0) and offsets. */
    record Token(String term, int position, int start, int end) {
    }

    static List<String> terms(Analyzer analyzer, String text) {
        return tokens(analyzer, text).stream().map(Token::term).toList();
    }

    /** The single term a word becomes. */
    static String term(Analyzer analyzer, String word) {
        List<String> terms = terms(analyzer, word);
        if (terms.size() != 1) {
            throw new AssertionError(word + " gives " + terms + ", not one term");
        }
        return terms.get(0);
    }

    static List<Token> tokens(Analyzer analyzer, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
