package be.atrium.search;

import be.atrium.identity.Account;
import be.atrium.network.Reach;
import be.atrium.network.Reaches;
import be.atrium.search.analysis.DutchAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Searches the index for what the viewer may read. The text becomes, per word, a choice between
 * its fields (title weighs most, then the question or page, the accepted answer, other answers),
 * with its synonyms and abbreviations, and with compound words met halfway: a word matches the
 * parts of longer words and the parts of a compound match the words a text writes apart, both
 * with less weight than the whole word. A word that is neither in the index nor a Dutch word is
 * also looked for as its closest indexed spelling ("Bedoelde je …?"). The reach of the viewer is
 * part of the query, so totals, facets, suggestions and similar content never count what the
 * viewer may not read. A hit's score is multiplied by its standing (a solved question, guidance
 * in force); recency breaks ties.
 */
@ApplicationScoped
public class SearchService {

    static final Map<String, Float> WHOLE_FIELDS = Map.of(SearchFields.TITLE, 3f, SearchFields.BODY, 1f,
            SearchFields.ACCEPTED, 1.1f, SearchFields.ANSWERS, 0.6f);
    static final Map<String, Float> PARTS_FIELDS = Map.of(SearchFields.TITLE_PARTS, 1.2f, SearchFields.BODY_PARTS, 0.4f,
            SearchFields.ACCEPTED_PARTS, 0.45f, SearchFields.ANSWERS_PARTS, 0.25f);
    private static final String[] HIGHLIGHTED = {SearchFields.BODY, SearchFields.ACCEPTED, SearchFields.ANSWERS};
    private static final List<String> FACETS = List.of(SearchFields.TYPE, SearchFields.ATRIUM_SLUG, SearchFields.LEVEL,
            SearchFields.TAG, SearchFields.YEAR, SearchFields.SOLVED);
    private static final int SNIPPET_CHARS = 240;

    @Inject
    SearchIndex index;

    @Inject
    Reaches reaches;

    /** The search of the search page and the API. */
    public SearchResult search(Account viewer, SearchRequest request) {
        long started = System.nanoTime();
        DutchAnalysis analysis = index.analysis();
        analysis.reloadIfChanged();
        UserQuery query = UserQuery.parse(request.q());
        try {
            return index.search((searcher, facets) -> {
                Correction correction = correct(searcher, analysis, query, reachFilter(viewer));
                Query text = query.isEmpty() ? new MatchAllDocsQuery() : textQuery(analysis, query, correction);
                Query filtered = filtered(text, viewer, request);
                Query ranked = FunctionScoreQuery.boostByValue(filtered,
                        DoubleValuesSource.fromFloatField(SearchFields.STANDING));
                Sort sort = request.byDate() || query.isEmpty()
                        ? new Sort(new SortField(SearchFields.DATE, SortField.Type.LONG, true))
                        : new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.DATE, SortField.Type.LONG, true));
                int wanted = request.offset() + request.limit();
                FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(searcher, ranked, wanted, sort,
                        true, new FacetsCollectorManager());
                TopDocs top = found.topDocs();
                List<SearchResult.Hit> hits = hits(searcher, text, top, request.offset(), analysis);
                Map<String, List<SearchResult.FacetCount>> counts = facets == null ? Map.of()
                        : facetCounts(facets, found.facetsCollector());
                return new SearchResult(top.totalHits.value, (System.nanoTime() - started) / 1_000_000, hits, counts,
                        correction.suggestion());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Titles that begin like what is being typed (every word a beginning), as the viewer may read them. */
    public List<SearchResult.Hit> suggest(Account viewer, String typed, int limit) {
        List<String> words = tokens(index.analysis().spelling(), typed == null ? "" : typed);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : words.subList(0, Math.min(words.size(), 8))) {
            b.add(new TermQuery(new Term(SearchFields.SUGGEST, w.length() > 20 ? w.substring(0, 20) : w)),
                    BooleanClause.Occur.MUST);
        }
        return titles(viewer, b.build(), null, Math.min(limit, 20), 0);
    }

    /**
     * What resembles a question being typed or a page being read: the title's words, any of them,
     * among threads (solved first, by their standing), wiki pages and guidance.
     */
    public List<SearchResult.Hit> similar(Account viewer, String title, String excludeKey, int limit) {
        UserQuery query = UserQuery.parse(title);
        DutchAnalysis analysis = index.analysis();
        List<String> words = query.allWords().stream()
                .filter(w -> !STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))).distinct().toList();
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        int clauses = 0;
        for (String w : words) {
            Query q = wordQuery(analysis, w, null);
            if (q != null) {
                text.add(q, BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        if (clauses == 0) {
            return List.of();
        }
        // one word in three at least: a question about hemelwater is not like every question with "bouwen"
        text.setMinimumNumberShouldMatch(Math.max(1, (int) Math.ceil(clauses / 3.0)));
        BooleanQuery.Builder types = new BooleanQuery.Builder();
        for (String type : List.of(SearchTypes.THREAD, SearchTypes.WIKI, SearchTypes.GUIDANCE)) {
            types.add(new TermQuery(new Term(SearchFields.TYPE, type)), BooleanClause.Occur.SHOULD);
        }
        return titles(viewer, text.build(), types.build(), Math.min(limit, 20), 0, excludeKey);
    }

    /** Words that say nothing about what a title is about (for similar content only; search keeps them). */
    static final Set<String> STOP_WORDS = Set.of("de", "het", "een", "en", "of", "van", "in", "op", "aan", "bij",
            "voor", "met", "over", "naar", "om", "te", "tot", "uit", "door", "als", "dat", "die", "dit", "deze",
            "er", "is", "zijn", "was", "wordt", "worden", "moet", "moeten", "mag", "mogen", "kan", "kunnen", "wie",
            "wat", "hoe", "wanneer", "waar", "welke", "waarom", "we", "wij", "ik", "je", "jullie", "ons", "onze",
            "niet", "geen", "ook", "nog", "al", "dan", "maar", "nu", "na", "zonder", "tegen", "heeft",
            "hebben", "iemand", "ervaring", "vraag");

    private List<SearchResult.Hit> titles(Account viewer, Query text, Query restriction, int limit, int ignored) {
        return titles(viewer, text, restriction, limit, ignored, null);
    }

    private List<SearchResult.Hit> titles(Account viewer, Query text, Query restriction, int limit, int ignored,
                                          String excludeKey) {
        try {
            return index.search((searcher, facets) -> {
                BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                        .add(reachFilter(viewer), BooleanClause.Occur.FILTER);
                if (restriction != null) {
                    b.add(restriction, BooleanClause.Occur.FILTER);
                }
                if (excludeKey != null) {
                    b.add(new TermQuery(new Term(SearchFields.KEY, excludeKey)), BooleanClause.Occur.MUST_NOT);
                }
                Query ranked = FunctionScoreQuery.boostByValue(b.build(),
                        DoubleValuesSource.fromFloatField(SearchFields.STANDING));
                TopDocs top = searcher.search(ranked, limit);
                List<SearchResult.Hit> hits = new ArrayList<>();
                for (ScoreDoc sd : top.scoreDocs) {
                    hits.add(hit(searcher.storedFields().document(sd.doc), null, sd.score));
                }
                return hits;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most used tags of a type (in an Atrium, or network-wide) among what the viewer may read. */
    public List<String> topTags(Account viewer, String type, String atriumSlug, boolean networkWide, int limit) {
        try {
            return index.search((searcher, facets) -> {
                if (facets == null) {
                    return List.of();
                }
                BooleanQuery.Builder b = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(SearchFields.TYPE, type)), BooleanClause.Occur.FILTER)
                        .add(reachFilter(viewer), BooleanClause.Occur.FILTER);
                if (atriumSlug != null) {
                    b.add(new TermQuery(new Term(SearchFields.ATRIUM_SLUG, atriumSlug)), BooleanClause.Occur.FILTER);
                } else if (networkWide) {
                    b.add(new TermQuery(new Term(SearchFields.ATRIUM, SearchFields.NETWORK_WIDE)), BooleanClause.Occur.FILTER);
                }
                FacetsCollector collector = searcher.search(b.build(), new FacetsCollectorManager());
                FacetResult result = new SortedSetDocValuesFacetCounts(facets, collector).getTopChildren(limit,
                        SearchFields.TAG);
                List<String> tags = new ArrayList<>();
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        tags.add(lv.label);
                    }
                }
                return tags;
            });
        } catch (IllegalArgumentException e) {
            return List.of(); // no document has a tag yet
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- the text query

    Query textQuery(DutchAnalysis analysis, UserQuery query, Correction correction) {
        BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
        for (UserQuery.Group group : query.groups()) {
            if (group.isEmpty()) {
                continue;
            }
            alternatives.add(groupQuery(analysis, group, correction), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(alternatives.build(), BooleanClause.Occur.MUST);
        for (String excluded : query.excluded()) {
            Query q = phraseOrWord(analysis, excluded);
            if (q != null) {
                all.add(q, BooleanClause.Occur.MUST_NOT);
            }
        }
        return all.build();
    }

    /**
     * Any of the words (all of them score best), and every phrase.
     * Function words ("de", "een", "bij") count only when the query has little else: they match
     * nearly every text and cost more than they tell.
     */
    private Query groupQuery(DutchAnalysis analysis, UserQuery.Group group, Correction correction) {
        List<String> meaningful = group.words().stream().filter(w -> !STOP_WORDS.contains(lower(w))).toList();
        List<String> words = meaningful.size() >= 2 ? meaningful : group.words();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        BooleanQuery.Builder every = new BooleanQuery.Builder();
        int clauses = 0;
        for (String w : words) {
            Query q = wordQuery(analysis, w, correction.corrected().get(w));
            if (q != null) {
                any.add(q, BooleanClause.Occur.SHOULD);
                every.add(q, BooleanClause.Occur.MUST);
                clauses++;
            }
        }
        BooleanQuery.Builder g = new BooleanQuery.Builder();
        if (clauses > 0) {
            g.add(any.build(), group.phrases().isEmpty() ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
        }
        if (clauses > 1 && clauses <= 4) {
            // a text with all the words beats one that has a single word many times
            g.add(new BoostQuery(every.build(), 0.5f), BooleanClause.Occur.SHOULD);
        }
        for (String phrase : group.phrases()) {
            Query q = phraseOrWord(analysis, phrase);
            g.add(q == null ? new MatchNoDocsQuery() : q, BooleanClause.Occur.MUST);
        }
        return g.build();
    }

    /** One word in every field: whole words with synonyms, compound parts, and a spelling correction. */
    Query wordQuery(DutchAnalysis analysis, String word, String correction) {
        List<Query> choices = new ArrayList<>();
        QueryBuilder synonyms = builder(analysis.wholeWithSynonyms());
        QueryBuilder whole = builder(analysis.whole());
        for (Map.Entry<String, Float> f : WHOLE_FIELDS.entrySet()) {
            add(choices, synonyms.createBooleanQuery(f.getKey(), word, BooleanClause.Occur.MUST), f.getValue());
        }
        for (Map.Entry<String, Float> f : PARTS_FIELDS.entrySet()) {
            add(choices, whole.createBooleanQuery(f.getKey(), word, BooleanClause.Occur.MUST), f.getValue());
        }
        // a query compound's parts meet words written apart; the verb of a plain verbal noun is left
        // to the index side (a text's splitsing holds splitsen), which costs a query nothing
        if (!analysis.compoundParts(word.toLowerCase(Locale.ROOT)).isEmpty()) {
            QueryBuilder partsBuilder = builder(analysis.parts());
            for (Map.Entry<String, Float> f : WHOLE_FIELDS.entrySet()) {
                add(choices, partsBuilder.createBooleanQuery(f.getKey(), word, BooleanClause.Occur.MUST),
                        f.getValue() * 0.4f);
            }
        }
        if (correction != null) {
            for (Map.Entry<String, Float> f : WHOLE_FIELDS.entrySet()) {
                add(choices, synonyms.createBooleanQuery(f.getKey(), correction, BooleanClause.Occur.MUST),
                        f.getValue() * 0.8f);
            }
            for (Map.Entry<String, Float> f : PARTS_FIELDS.entrySet()) {
                add(choices, whole.createBooleanQuery(f.getKey(), correction, BooleanClause.Occur.MUST),
                        f.getValue() * 0.8f);
            }
        }
        return choices.isEmpty() ? null : new DisjunctionMaxQuery(choices, 0.1f);
    }

    /** A phrase (or a single word) in the text fields: words next to each other, synonyms included. */
    private Query phraseOrWord(DutchAnalysis analysis, String text) {
        QueryBuilder synonyms = builder(analysis.wholeWithSynonyms());
        List<Query> choices = new ArrayList<>();
        for (Map.Entry<String, Float> f : WHOLE_FIELDS.entrySet()) {
            add(choices, synonyms.createPhraseQuery(f.getKey(), text), f.getValue());
        }
        return choices.isEmpty() ? null : new DisjunctionMaxQuery(choices, 0.1f);
    }

    private static QueryBuilder builder(Analyzer analyzer) {
        QueryBuilder b = new QueryBuilder(analyzer);
        b.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        return b;
    }

    private static void add(List<Query> choices, Query q, float boost) {
        if (q != null) {
            choices.add(boost == 1f ? q : new BoostQuery(q, boost));
        }
    }

    // --- spelling

    /**
     * Query words that are neither in what the viewer may read nor Dutch words, with their closest
     * spelling in what the viewer may read. The index's words are everybody's: a word only a
     * member-only Atrium uses must neither be proposed to an outsider nor change what they are
     * proposed, so each candidate is checked against the viewer's reach.
     */
    record Correction(Map<String, String> corrected, String suggestion) {
        static final Correction NONE = new Correction(Map.of(), null);
    }

    /** How many indexed spellings a misspelt word is compared with before the closest readable one is chosen. */
    private static final int SPELLING_CANDIDATES = 5;

    private Correction correct(IndexSearcher searcher, DutchAnalysis analysis, UserQuery query, Query reach)
            throws IOException {
        IndexReader reader = searcher.getIndexReader();
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinQueryLength(4);
        Map<String, String> corrected = new LinkedHashMap<>();
        String suggestion = query.text();
        for (String word : query.allWords()) {
            List<String> tokens = tokens(analysis.spelling(), word);
            if (tokens.size() != 1) {
                continue;
            }
            String token = tokens.get(0);
            if (token.length() < 4 || token.chars().anyMatch(Character::isDigit)
                    || analysis.isDutchWord(token) || readable(searcher, reach, token)) {
                continue;
            }
            SuggestWord found = null;
            for (SuggestWord candidate : checker.suggestSimilar(new Term(SearchFields.SPELL, token), SPELLING_CANDIDATES,
                    reader, SuggestMode.SUGGEST_ALWAYS)) {
                if (readable(searcher, reach, candidate.string)) {
                    found = candidate;
                    break;
                }
            }
            String best = found != null ? found.string : null;
            String domain = closest(token, analysis.synonymWords());
            if (domain != null && (best == null || distance.getDistance(token, domain) >= found.score)) {
                best = domain; // a domain word (regenwater) that the index has only through its synonyms
            }
            if (best != null) {
                corrected.put(word, best);
                suggestion = suggestion.replace(word, best);
            }
        }
        return corrected.isEmpty() ? Correction.NONE : new Correction(corrected, suggestion);
    }

    /**
     * Whether a spelling occurs in something the viewer may read: stops at the first such document
     * (a frequent word is found at once, not counted through all its documents).
     */
    private static boolean readable(IndexSearcher searcher, Query reach, String spelling) throws IOException {
        if (searcher.getIndexReader().docFreq(new Term(SearchFields.SPELL, spelling)) == 0) {
            return false;
        }
        Query readableSpelling = searcher.rewrite(new BooleanQuery.Builder()
                .add(new TermQuery(new Term(SearchFields.SPELL, spelling)), BooleanClause.Occur.FILTER)
                .add(reach, BooleanClause.Occur.FILTER).build());
        Weight weight = searcher.createWeight(readableSpelling, ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return true;
                }
            }
        }
        return false;
    }

    private final LevenshteinDistance distance = new LevenshteinDistance();

    /** The word of {@code candidates} closest to {@code token} within two edits (as the spell checker), or null. */
    String closest(String token, Set<String> candidates) {
        String best = null;
        float bestScore = 0;
        for (String c : candidates) {
            if (c.indexOf(' ') >= 0 || Math.abs(c.length() - token.length()) > 2 || c.length() < 5) {
                continue;
            }
            float score = distance.getDistance(token, c);
            int edits = Math.round((1 - score) * Math.max(token.length(), c.length()));
            if (edits <= 2 && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    static List<String> tokens(Analyzer analyzer, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("x", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken() && tokens.size() < 64) {
                tokens.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    // --- who may read what

    private Query filtered(Query text, Account viewer, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(reachFilter(viewer), BooleanClause.Occur.FILTER);
        filter(b, SearchFields.TYPE, r.type());
        filter(b, SearchFields.ATRIUM_SLUG, r.atrium());
        filter(b, SearchFields.TAG, r.tag());
        filter(b, SearchFields.LEVEL, r.level());
        filter(b, SearchFields.YEAR, r.year());
        filter(b, SearchFields.SOLVED, r.solved());
        return b.build();
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /**
     * The reach model as a filter: content of the Atria the viewer sees and network-wide content;
     * guidance for its audience (the whole network, the viewer's level, the Atria the viewer is a
     * member of), for relationship managers, and for the publishers of its organisation.
     */
    Query reachFilter(Account viewer) {
        Reach reach = reaches.of(viewer);
        if (!reach.isSignedIn()) {
            return new MatchNoDocsQuery();
        }
        if (reach.seesEverything()) {
            return new MatchAllDocsQuery();
        }
        Set<Long> atria = reaches.visibleAtriumIds(viewer);
        List<BytesRef> visible = new ArrayList<>();
        visible.add(new BytesRef(SearchFields.NETWORK_WIDE));
        atria.forEach(id -> visible.add(new BytesRef(id.toString())));
        Query inAtria = new BooleanQuery.Builder()
                .add(new TermInSetQuery(SearchFields.ATRIUM, visible), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(SearchFields.TYPE, SearchTypes.GUIDANCE)), BooleanClause.Occur.MUST_NOT)
                .build();
        Query guidance;
        Query isGuidance = new TermQuery(new Term(SearchFields.TYPE, SearchTypes.GUIDANCE));
        if (viewer.isRelationshipManager()) {
            guidance = isGuidance;
        } else {
            BooleanQuery.Builder audience = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(SearchFields.AUDIENCE_NETWORK, "1")), BooleanClause.Occur.SHOULD);
            if (viewer.getOrganisation() != null) {
                audience.add(new TermQuery(new Term(SearchFields.AUDIENCE_LEVEL, viewer.getOrganisation().getLevel().name())),
                        BooleanClause.Occur.SHOULD);
                if (viewer.isPublisher()) {
                    audience.add(new TermQuery(new Term(SearchFields.PUBLISHER, viewer.getOrganisation().getId().toString())),
                            BooleanClause.Occur.SHOULD);
                }
            }
            List<BytesRef> memberOf = reach.memberAtria().stream().map(id -> new BytesRef(id.toString()))
                    .collect(Collectors.toList());
            if (!memberOf.isEmpty()) {
                audience.add(new TermInSetQuery(SearchFields.AUDIENCE_ATRIUM, memberOf), BooleanClause.Occur.SHOULD);
            }
            guidance = new BooleanQuery.Builder().add(isGuidance, BooleanClause.Occur.MUST)
                    .add(audience.build(), BooleanClause.Occur.MUST).build();
        }
        return new BooleanQuery.Builder().add(inAtria, BooleanClause.Occur.SHOULD)
                .add(guidance, BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
    }

    // --- hits and facets

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query text, TopDocs top, int offset,
                                        DutchAnalysis analysis) throws IOException {
        ScoreDoc[] page = top.scoreDocs.length <= offset ? new ScoreDoc[0]
                : java.util.Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
        if (page.length == 0) {
            return List.of();
        }
        TopDocs pageDocs = new TopDocs(top.totalHits, page);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(20_000).withMaxNoHighlightPassages(0)
                // a field is marked from the query's terms of that field (and its parts field) in the
                // postings, instead of asking the whole query (every field's clauses) for its matches in
                // each document and field: most of a search's time went there
                .withWeightMatches(false)
                // a compound found through its parts is marked whole
                .withMaskedFieldsFunc(field -> Set.of(field + "_parts")).build();
        Map<String, String[]> snippets = highlighter.highlightFields(HIGHLIGHTED, text, pageDocs,
                new int[] {1, 1, 1});
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = searcher.storedFields().document(page[i].doc);
            String snippet = null;
            for (String field : HIGHLIGHTED) {
                String[] s = snippets.get(field);
                if (s != null && s[i] != null) {
                    snippet = s[i];
                    break;
                }
            }
            hits.add(hit(d, snippet, Float.isNaN(page[i].score) ? 0f : page[i].score));
        }
        return hits;
    }

    private SearchResult.Hit hit(Document d, String snippet, float score) {
        String type = d.get(SearchFields.TYPE);
        long id = d.getField(SearchFields.ID).numericValue().longValue();
        if (snippet == null) {
            String body = d.get(SearchFields.BODY);
            snippet = body == null ? "" : escape(body.length() > SNIPPET_CHARS ? body.substring(0, SNIPPET_CHARS) + " …" : body);
        }
        String solved = d.get(SearchFields.SOLVED);
        var date = d.getField(SearchFields.DATE);
        return new SearchResult.Hit(type, id, d.get(SearchFields.TITLE), SearchItem.url(type, id), snippet,
                d.get(SearchFields.ATRIUM_SLUG), d.get(SearchFields.LEVEL), date == null ? 0 : date.numericValue().longValue(),
                d.get(SearchFields.STATUS), solved == null ? null : "yes".equals(solved), score);
    }

    private static Map<String, List<SearchResult.FacetCount>> facetCounts(SortedSetDocValuesReaderState state,
                                                                        FacetsCollector collector) throws IOException {
        Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
        Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
        for (String dim : FACETS) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            try {
                FacetResult result = facets.getTopChildren(dim.equals(SearchFields.TAG) ? 25 : 40, dim);
                if (result != null) {
                    for (LabelAndValue lv : result.labelValues) {
                        values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
                    }
                }
            } catch (IllegalArgumentException e) {
                // a dimension no document has yet
            }
            counts.put(dim.equals(SearchFields.ATRIUM_SLUG) ? "atrium" : dim, values);
        }
        return counts;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
