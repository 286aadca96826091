package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The Dutch analysis of the search (placeholder until the full analysis lands: stemming and
 * folding only).
 */
public final class DutchAnalysis {

    private final Analyzer whole = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, new SnowballFilter(s, "Dutch"));
        }
    };

    private final Analyzer parts = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new org.apache.lucene.analysis.FilteringTokenFilter(source) {
                @Override
                protected boolean accept() {
                    return false;
                }
            });
        }
    };

    private final Analyzer spelling = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
        }
    };

    private DutchAnalysis() {
    }

    public static DutchAnalysis load(Path synonymsFile) throws IOException {
        return new DutchAnalysis();
    }

    public Analyzer whole() {
        return whole;
    }

    public Analyzer parts() {
        return parts;
    }

    public Analyzer wholeWithSynonyms() {
        return whole;
    }

    public Analyzer spelling() {
        return spelling;
    }

    public boolean isDutchWord(String word) {
        return false;
    }

    public void reloadIfChanged() {
    }

    static String unused(CharTermAttribute t) {
        return t.toString();
    }
}
