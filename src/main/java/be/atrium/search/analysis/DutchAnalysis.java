package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.tartarus.snowball.ext.DutchStemmer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The Dutch analysis of Atrium's search: how title and body text become terms, at index and at
 * query time. Plain Java, loaded once (under a second, see {@link #load}) and shared: every
 * analyzer is thread-safe.
 *
 * <p>Every chain starts the same: Lucene's {@code StandardTokenizer}, lower case, the Dutch plural
 * and possessive {@code 's} removed ({@code RUP's} → {@code rup}, {@code auto's} → {@code auto}),
 * accents folded ({@code reliëf} → {@code relief}). No stop words are removed: phrase queries and
 * the multi-word synonyms ({@code bijzonder plan van aanleg}) need every word.
 * <ul>
 * <li>{@link #whole()}: then Snowball's Dutch stemmer (the original one, not Kraaij-Pohlmann) with
 *     the few fixes of {@link DutchStemmingFixes} ({@code woningen} → {@code woning}, {@code
 *     plannen} → {@code plan}). Fields {@code title}/{@code body}, index and query time.</li>
 * <li>{@link #parts()}: only the parts of compounds ({@link CompoundSplitter}), stemmed the same
 *     way ({@code omgevingsvergunningen} → {@code omgef}, {@code vergunn}); all other tokens are
 *     dropped. Fields {@code title_parts}/{@code body_parts} at index time, and at query time to
 *     split the query's compounds.</li>
 * <li>{@link #wholeWithSynonyms()}: {@link #whole()} plus the domain synonyms and abbreviations as
 *     a token graph; query time only.</li>
 * <li>{@link #spelling()}: unstemmed folded words for a spelling field.</li>
 * </ul>
 */
public final class DutchAnalysis implements Closeable {

    private static final Logger LOG = Logger.getLogger(DutchAnalysis.class.getName());
    private static final String RESOURCES = "be/atrium/search/";

    private final CompoundSplitter splitter;
    private final DutchWordList words;
    private final Analyzer whole;
    private final Analyzer parts;
    private final Analyzer spelling;
    private final Analyzer spellingDictionary;
    private final SynonymsFile synonyms;
    private final SynonymAnalyzer wholeWithSynonyms;

    private DutchAnalysis(CompoundSplitter splitter, DutchWordList words, Path synonymsFile) throws IOException {
        this.splitter = splitter;
        this.words = words;
        this.whole = new WholeAnalyzer();
        this.parts = new PartsAnalyzer();
        this.spelling = new SpellingAnalyzer();
        this.spellingDictionary = new SpellingDictionaryAnalyzer();
        this.synonyms = SynonymsFile.load(synonymsFile, whole);
        this.wholeWithSynonyms = new SynonymAnalyzer();
    }

    /**
     * Loads the bundled resources (hyphenation patterns, compound parts, the OpenTaal word list)
     * and the synonyms file.
     *
     * @param synonymsFile the editable synonyms file (Solr format), which replaces the built-in
     *                     list; null, or a path where no file exists (yet), means the built-in
     *                     synonyms ({@code config/search/synonyms.txt} as packed in the
     *                     application). A file that cannot be parsed is logged and the built-in
     *                     synonyms apply ({@link #synonymsProblem()}).
     * @throws IOException when a bundled resource is missing or damaged
     */
    public static DutchAnalysis load(Path synonymsFile) throws IOException {
        long start = System.nanoTime();
        DutchWordList words;
        try (InputStream in = resource("dutch-words.txt.gz")) {
            words = DutchWordList.read(in);
        }
        long wordsRead = System.nanoTime();
        CompoundSplitter splitter;
        try (InputStream hyphenation = resource("hyph_nl.xml.gz");
             InputStream parts = resource("compound-parts.txt.gz");
             Reader added = reader("compound-parts-added.txt");
             Reader removed = reader("compound-parts-removed.txt")) {
            splitter = CompoundSplitter.read(hyphenation, parts, added, removed, words);
        }
        long splitterRead = System.nanoTime();
        DutchAnalysis analysis = new DutchAnalysis(splitter, words, synonymsFile);
        long end = System.nanoTime();
        LOG.info(() -> String.format("Dutch analysis loaded in %d ms: %d words (%d ms), %d compound parts and the"
                        + " hyphenation patterns (%d ms), synonyms (%d ms)", (end - start) / 1_000_000, words.size(),
                (wordsRead - start) / 1_000_000, splitter.dictionarySize(), (splitterRead - wordsRead) / 1_000_000,
                (end - splitterRead) / 1_000_000));
        return analysis;
    }

    /** Whole words, stemmed: fields title/body, index and query time. */
    public Analyzer whole() {
        return whole;
    }

    /**
     * Only the parts of compound words, stemmed like {@link #whole()}; a token that is no compound
     * yields nothing. Parts stand at the compound's position (the first) or stacked on it
     * (increment 0), with the compound's offsets.
     */
    public Analyzer parts() {
        return parts;
    }

    /**
     * {@link #whole()} followed by the synonyms as a token graph (both directions, multi-word rules
     * as paths). Query time only, through a graph-aware {@code QueryBuilder}. Always the same
     * instance; it picks up the synonyms of {@link #reloadIfChanged()} by itself.
     */
    public Analyzer wholeWithSynonyms() {
        return wholeWithSynonyms;
    }

    /** Unstemmed, folded, lower-case words: a query's words as the spelling correction looks them up. */
    public Analyzer spelling() {
        return spelling;
    }

    /**
     * {@link #spelling()} plus the parts of compounds and the verbs of verbal nouns, for the field
     * that spelling corrections are taken from: a misspelt {@code splitsen} is corrected although the
     * texts write only {@code woningsplitsing}.
     */
    public Analyzer spellingDictionary() {
        return spellingDictionary;
    }

    /**
     * Whether a word is Dutch: in the OpenTaal word list (with inflections), a compound that splits
     * completely into known parts (Dutch makes new compounds every day: {@code signaalgebied}), or
     * a word of the synonyms file (the abbreviations: {@code GECORO}, {@code RvVb}). Case and accents
     * do not matter. A "did you mean" must not correct these.
     */
    public boolean isDutchWord(String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        String folded = Folding.fold(word.strip());
        return words.contains(folded) || splitter.isCompound(folded) || synonyms.containsWord(folded);
    }

    /** The verb a verbal noun in -ing stands for as well ({@code splitsing} → {@code splitsen}), if any (for reports). */
    public Optional<String> verbOf(String word) {
        return word == null ? Optional.empty()
                : Optional.ofNullable(CompoundPartsFilter.verbOf(Folding.fold(word.strip()), words));
    }

    /**
     * The parts of a compound as the parts analyzer finds them, before stemming (for tests, reports
     * and a search explanation page); empty when the word is no compound.
     */
    public List<String> compoundParts(String word) {
        return word == null ? List.of() : splitter.split(word.strip());
    }

    /**
     * The words of the synonyms file (folded, lower case): a misspelt query word may mean one of
     * them even when the index does not contain it (it finds the index's words through the synonyms).
     */
    public Set<String> synonymWords() {
        return synonyms.words();
    }

    /** Re-reads the synonyms file when it changed on disk: one stat call when it did not. */
    public void reloadIfChanged() {
        synonyms.reloadIfChanged();
    }

    /** The synonym map in use (for tests: whether a reload parsed the file again). */
    SynonymMap synonymMap() {
        return synonyms.current();
    }

    /** Why the synonyms file is not in use (a parse error, with its line), if it is not. */
    public Optional<String> synonymsProblem() {
        return synonyms.problem();
    }

    /** Releases the analyzers' per-thread state. */
    @Override
    public void close() {
        whole.close();
        parts.close();
        spelling.close();
        wholeWithSynonyms.close();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DutchAnalysis.class.getClassLoader().getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IOException("resource missing from the class path: " + RESOURCES + name);
        }
        return in;
    }

    private static Reader reader(String name) throws IOException {
        return new InputStreamReader(resource(name), StandardCharsets.UTF_8);
    }

    /** Tokenizer, lower case, plural/possessive 's, folding: the start of every chain. */
    private static TokenStream normalized(Tokenizer source, boolean fold) {
        TokenStream stream = new LowerCaseFilter(source);
        stream = new EnglishPossessiveFilter(stream); // Dutch too: RUP's, auto's, Jan's
        return fold ? new ASCIIFoldingFilter(stream) : stream;
    }

    /** Snowball's Dutch stemmer with the fixes of {@link DutchStemmingFixes}. */
    private TokenStream stemmed(TokenStream stream) {
        stream = new DutchStemmingFixes.BeforeStemming(stream, words);
        stream = new SnowballFilter(stream, new DutchStemmer());
        return new DutchStemmingFixes.AfterStemming(stream);
    }

    private abstract static class DutchAnalyzer extends Analyzer {
        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in)); // for wildcard and fuzzy terms
        }
    }

    private final class WholeAnalyzer extends DutchAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, stemmed(normalized(source, true)));
        }
    }

    private final class PartsAnalyzer extends DutchAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            // unfolded into the splitter: the hyphenation patterns know ë (ide-ë-en); it folds its parts
            TokenStream stream = new CompoundPartsFilter(normalized(source, false), splitter, words, false);
            // a verb with the stem of its noun (omgeving, omgeven) is said once
            return new TokenStreamComponents(source, new RemoveDuplicatesTokenFilter(stemmed(stream)));
        }
    }

    private static final class SpellingAnalyzer extends DutchAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, normalized(source, true));
        }
    }

    private final class SpellingDictionaryAnalyzer extends DutchAnalyzer {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new CompoundPartsFilter(normalized(source, false), splitter, words, true);
            return new TokenStreamComponents(source, new ASCIIFoldingFilter(stream));
        }
    }

        /** {@link WholeAnalyzer} plus one synonym map; replaced as a whole when the map changes. */
    private final class FixedSynonymAnalyzer extends DutchAnalyzer {
        private final SynonymMap map;

        FixedSynonymAnalyzer(SynonymMap map) {
            this.map = map;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = stemmed(normalized(source, true));
            if (map.fst != null) { // an empty map has no FST, and the filter refuses it
                stream = new SynonymGraphFilter(stream, map, false);
            }
            return new TokenStreamComponents(source, stream);
        }
    }

    /**
     * One stable analyzer over the synonyms of the moment: a new map gets a new delegate, whose
     * per-thread components are built afresh, while streams already handed out finish with the map
     * they started with.
     */
    private final class SynonymAnalyzer extends DelegatingAnalyzerWrapper {
        private volatile FixedSynonymAnalyzer delegate;

        SynonymAnalyzer() {
            super(PER_FIELD_REUSE_STRATEGY);
            this.delegate = new FixedSynonymAnalyzer(synonyms.current());
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            FixedSynonymAnalyzer current = delegate;
            SynonymMap map = synonyms.current();
            if (current.map != map) {
                current = new FixedSynonymAnalyzer(map); // the old one is left to the garbage collector:
                delegate = current;                       // other threads may still be reading with it
            }
            return current;
        }

        @Override
        public void close() {
            delegate.close();
            super.close();
        }
    }
}
