package be.atrium.search.analysis;

import be.atrium.search.analysis.Analysis.Token;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static be.atrium.search.analysis.Analysis.term;
import static be.atrium.search.analysis.Analysis.terms;
import static be.atrium.search.analysis.Analysis.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * parts(): compounds give their parts, stemmed like whole(), at index time (a text's compound) and
 * at query time (a query's compound); other words give nothing.
 */
class CompoundPartsTest {

    private final DutchAnalysis analysis = Analysis.shared();
    private final Analyzer whole = analysis.whole();
    private final Analyzer parts = analysis.parts();

    /** Compound, then parts (as written) that must be among its parts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "omgevingsvergunning | omgeving vergunning",
            "omgevingsvergunningen | omgeving vergunning",
            "hemelwaterput | hemel water put hemelwater waterput",
            "planschadevergoeding | plan schade vergoeding planschade schadevergoeding",
            "verkavelingsaanvraag | verkaveling aanvraag",
            "stedenbouwkundige | steden bouw kundige stedenbouw bouwkundige",
            "eengezinswoning | gezin woning gezinswoning",
            "woonuitbreidingsgebied | woon uitbreiding gebied woonuitbreiding",
            "milieueffectrapport | milieu effect rapport",
            "bouwvergunningsaanvraag | bouw vergunning aanvraag bouwvergunning",
            "gewestplanwijziging | gewestplan wijziging",
            "structuurplan | structuur plan",
            "watertoets | water toets",
            "signaalgebieden | signaal gebied",
            "parkeerplaatsen | parkeer plaats",
            "zonnepanelen | zonne paneel",
            "rechtsgrond | recht grond",
            "toegangstoken | toegang token",
            "bodemattest | bodem attest",
            "dakoppervlakte | dak oppervlakte",
            "vloerterreinindex | vloer terrein index",
    })
    void compoundsSplitIntoTheirParts(String compound, String expected) {
        List<String> found = terms(parts, compound);
        for (String part : expected.split(" ")) {
            assertTrue(found.contains(term(whole, part)), compound + " → " + found + " lacks " + part);
        }
        assertFalse(found.contains(term(whole, compound)), "never the compound itself: " + found);
    }

    /** Words that are no compound, or whose split would be nonsense: no parts at all. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "vergunning", "aanvraag", "voorwaarde", "voorwaarden", "onderzoek", "verordening", "bestemming",
            "gemeentelijk", "ruimtelijk", "ruimtelijke", "burgemeester", "oppervlakte", "praktijken",
            "handelingen", "standaard", "geschiedenis", "verkaveling", "toelichting", "overeenkomst",
            "beschikbaar", "lidmaatschap", "landschap", "wetenschap", "gemeenschap", "verplichting",
            "afstand", "bestand", "toestand", "onderdeel", "voorbeeld", "voorschrift", "herinnering",
            "ontwikkeling", "controleren", "kanton", "dossier", "leiding", "parkeer",
            "gebied", "woning", "deputatie", "uitbreiding",
    })
    void nonCompoundsGiveNothing(String word) {
        // a verbal noun (vergunning, verordening) gives its verb (vergunnen), nothing else
        List<String> found = terms(parts, word);
        String verb = word.replaceAll("ing(en)?$", "en");
        assertTrue(found.isEmpty() || !verb.equals(word) && found.equals(List.of(term(whole, verb))),
                word + " → " + found);
    }

    /** Verbal noun (or a compound ending in one), then the verbs its parts must hold. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "splitsing | splitsen",
            "woningsplitsing | woning splitsing splitsen",
            "verkavelingen | verkavelen",
            "verkavelingsaanvraag | verkaveling verkavelen aanvraag",
            "verdichting | verdichten",
            "bebouwing | bebouwen",
            "vergunning | vergunnen",
    })
    void verbalNounsAlsoGiveTheirVerb(String word, String expected) {
        List<String> found = terms(parts, word);
        for (String part : expected.split(" ")) {
            assertTrue(found.contains(term(whole, part)), word + " → " + found + " lacks " + part);
        }
    }

    /** Words in -ing that are no verbal noun of a Dutch verb, or too short: no verb. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ring", "ding", "leerling", "koning", "tekortkoming"})
    void otherWordsInIngGiveNoVerb(String word) {
        List<String> found = terms(parts, word);
        for (String nonsense : List.of("ren", "den", "leerlen", "konen", "komen")) {
            assertFalse(found.contains(term(whole, nonsense)), word + " → " + found);
        }
    }

    @Test
    void theSpellingDictionaryHoldsTheWordsTheirPartsAndVerbs() {
        List<String> found = terms(analysis.spellingDictionary(), "Is een woningsplitsing in het Reliëf mogelijk?");
        for (String word : List.of("is", "woningsplitsing", "woning", "splitsing", "splitsen", "relief", "mogelijk")) {
            assertTrue(found.contains(word), word + " not in " + found);
        }
        assertEquals(List.of("woningsplitsing"), terms(analysis.spelling(), "woningsplitsing"), "queries: the word only");
    }

    @Test
    void aVerbFindsTheTextOfItsVerbalNoun() {
        // the query "woning splitsen" meets a text about a "woningsplitsing" in both words
        List<String> text = terms(parts, "Is een woningsplitsing vergunningsplichtig?");
        assertTrue(text.contains(term(whole, "splitsen")), text.toString());
        assertTrue(text.contains(term(whole, "woning")), text.toString());
    }

    @Test
    void nonsensePartsOfLuceneDictionaryFilterNeverAppear() {
        // What HyphenationCompoundWordTokenFilter with a word list makes of these: truc, gunning, vraag, ving.
        List<String> found = new ArrayList<>();
        for (String word : List.of("structuurplan", "omgevingsvergunning", "verkavelingsaanvraag", "vergunning")) {
            found.addAll(analysis.compoundParts(word));
        }
        for (String nonsense : List.of("truc", "gunning", "vraag", "ving", "kaveling", "tuur")) {
            assertFalse(found.contains(nonsense), nonsense + " in " + found);
        }
    }

    @Test
    void aQueryCompoundFindsItsPartsWrittenApart() {
        // planschadevergoeding (query, split) matches a text writing "planschade vergoeding":
        // the text's whole words and parts together cover every part of the query.
        List<String> text = new ArrayList<>(terms(whole, "de planschade vergoeding"));
        text.addAll(terms(parts, "de planschade vergoeding"));
        for (String queryPart : List.of("plan", "schade", "vergoeding", "planschade")) {
            assertTrue(terms(parts, "planschadevergoeding").contains(term(whole, queryPart)));
            assertTrue(text.contains(term(whole, queryPart)), queryPart + " not in " + text);
        }
    }

    @Test
    void aWordFindsTheCompoundsItIsPartOf() {
        // index side: the parts field of "omgevingsvergunning" holds the term of the query "vergunning"
        assertTrue(terms(parts, "Een omgevingsvergunning aanvragen").contains(term(whole, "vergunning")));
        assertTrue(terms(parts, "Is een hemelwaterput verplicht?").contains(term(whole, "hemelwater")));
        // query side: "regenwater" split meets "hemelwaterput" split in their common part
        List<String> query = terms(parts, "regenwater");
        assertTrue(query.stream().anyMatch(terms(parts, "hemelwaterput")::contains), query.toString());
    }

    @Test
    void partsStandWhereTheCompoundStandsWithItsOffsets() {
        String text = "Het omgevingsloket en de hemelwaterput";
        List<Token> wholeTokens = tokens(whole, text);
        List<Token> partTokens = tokens(parts, text);
        Token loket = wholeTokens.get(1);
        Token put = wholeTokens.get(4);
        for (Token part : partTokens) {
            Token compound = part.start() == loket.start() ? loket : put;
            assertEquals(compound.position(), part.position(), part.toString());
            assertEquals(compound.start(), part.start());
            assertEquals(compound.end(), part.end());
        }
        assertEquals(List.of(term(whole, "omgeving"), term(whole, "loket")),
                partTokens.stream().filter(t -> t.position() == 1).map(Token::term).toList());
    }

    @Test
    void aCompoundFoundThroughItsPartsIsHighlightedWhole() throws IOException {
        // The parts carry the compound's offsets, so the UnifiedHighlighter can mark the compound in
        // the body when the match was in body_parts (a masked field).
        String text = "Voor de omgevingsvergunning is een hemelwaterput verplicht.";
        Analyzer index = new PerFieldAnalyzerWrapper(whole, Map.of("body_parts", parts));
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(index))) {
                Document document = new Document();
                document.add(new TextField("body", text, Field.Store.YES));
                document.add(new TextField("body_parts", text, Field.Store.NO));
                writer.addDocument(document);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new QueryBuilder(whole).createBooleanQuery("body_parts", "vergunning");
                TopDocs hits = searcher.search(query, 1);
                UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index)
                        .withMaskedFieldsFunc(field -> field.equals("body") ? Set.of("body_parts") : Set.of())
                        .build();
                assertEquals("Voor de <b>omgevingsvergunning</b> is een hemelwaterput verplicht.",
                        highlighter.highlight("body", query, hits)[0].strip());
            }
        }
    }

    @Test
    void droppedWordsKeepTheirPositions() {
        assertEquals(List.of(), terms(parts, "geen enkel samengesteld woord hier"));
        assertEquals(3, tokens(parts, "er is een hemelwaterput").get(0).position());
    }

    @Test
    void partsAreDeterministicAndIndependentOfTheCache() {
        String[] words = {"hemelwaterput", "omgevingsvergunningsaanvraag", "grondwaterstand"};
        List<List<String>> first = Arrays.stream(words).map(analysis::compoundParts).toList();
        List<List<String>> second = Arrays.stream(words).map(analysis::compoundParts).toList();
        assertEquals(first, second);
    }
}
