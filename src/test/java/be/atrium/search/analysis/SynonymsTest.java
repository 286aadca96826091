package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static be.atrium.search.analysis.Analysis.term;
import static be.atrium.search.analysis.Analysis.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** wholeWithSynonyms() with the built-in synonyms (config/search/synonyms.txt). */
class SynonymsTest {

    private final DutchAnalysis analysis = Analysis.shared();
    private final Analyzer synonyms = analysis.wholeWithSynonyms();
    private final Analyzer whole = analysis.whole();

    /** Every abbreviation of DOMAIN.md, both ways. */
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "RUP | ruimtelijk uitvoeringsplan",
            "GRUP | gewestelijk ruimtelijk uitvoeringsplan",
            "PRUP | provinciaal ruimtelijk uitvoeringsplan",
            "BPA | bijzonder plan van aanleg",
            "GRS | gemeentelijk ruimtelijk structuurplan",
            "RSV | Ruimtelijk Structuurplan Vlaanderen",
            "BRV | Beleidsplan Ruimte Vlaanderen",
            "VCRO | Vlaamse Codex Ruimtelijke Ordening",
            "GSV | gewestelijke stedenbouwkundige verordening",
            "GOA | gemeentelijk omgevingsambtenaar",
            "GECORO | gemeentelijke commissie voor ruimtelijke ordening",
            "PROCORO | provinciale commissie voor ruimtelijke ordening",
            "RvVb | Raad voor Vergunningsbetwistingen",
            "MER | milieueffectrapport",
            "HAG | herbevestigd agrarisch gebied",
            "WUG | woonuitbreidingsgebied",
            "OVD | omgevingsvergunningsdecreet",
            "DABM | decreet algemene bepalingen milieubeleid",
    })
    void abbreviationsWorkBothWays(String abbreviation, String fullName) {
        assertTrue(terms(synonyms, abbreviation).containsAll(terms(whole, fullName)),
                abbreviation + " → " + terms(synonyms, abbreviation));
        assertTrue(terms(synonyms, fullName).contains(term(whole, abbreviation)),
                fullName + " → " + terms(synonyms, fullName));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "regenwater | hemelwater",
            "hemelwater | regenwater",
            "planbatenheffing | planbaten",
            "planbaten | planbatenheffing",
            "ruimtelijke uitvoeringsplannen | RUP",      // inflected: the rules are stemmed as the text is
            "de RUP's van de gemeente | ruimtelijk",
            "bouwvergunning | omgevingsvergunning",
            "huis | woning",
    })
    void domainSynonymsAndInflections(String query, String alsoSearched) {
        assertTrue(terms(synonyms, query).containsAll(terms(whole, alsoSearched)),
                query + " → " + terms(synonyms, query));
    }

    @Test
    void oneWayRulesStayOneWay() {
        assertFalse(terms(synonyms, "woning").contains(term(whole, "huis")));
        assertFalse(terms(synonyms, "omgevingsvergunning").contains(term(whole, "bouwvergunning")));
    }

    @Test
    void aWordWithoutSynonymsIsAsWhole() {
        String text = "openbaar onderzoek bij een verkavelingsaanvraag";
        assertEquals(terms(whole, text), terms(synonyms, text));
    }

    @Test
    void aMultiWordSynonymBecomesAPhraseInQueryBuilder() {
        QueryBuilder builder = new QueryBuilder(synonyms);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        String query = builder.createBooleanQuery("body", "RUP").toString();
        assertTrue(query.contains("body:\"ruimtelijk uitvoeringsplan\""), query);
        assertTrue(query.contains("body:rup"), query);
    }

    @Test
    void abbreviationAndFullNameFindEachOther() throws IOException {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(whole))) {
                add(writer, "grup", "Het gewestelijk ruimtelijk uitvoeringsplan voor de haven");
                add(writer, "rup", "Een RUP voor het centrum");
                add(writer, "loose", "Ruimtelijk beleid: geen uitvoeringsplan maar een visie");
                add(writer, "bpa", "De bijzondere plannen van aanleg blijven gelden");
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder builder = new QueryBuilder(synonyms);
                builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
                assertEquals(Set.of("grup"), search(searcher, builder.createBooleanQuery("body", "GRUP")));
                assertEquals(Set.of("grup", "rup"), search(searcher, builder.createBooleanQuery("body", "RUP")));
                assertTrue(search(searcher, builder.createBooleanQuery("body", "ruimtelijk uitvoeringsplan"))
                        .contains("rup"));
                assertEquals(Set.of("bpa"), search(searcher, builder.createBooleanQuery("body", "BPA")));
            }
        }
    }

    private static void add(IndexWriter writer, String id, String body) throws IOException {
        Document document = new Document();
        document.add(new StringField("id", id, Field.Store.YES));
        document.add(new TextField("body", body, Field.Store.NO));
        writer.addDocument(document);
    }

    private static Set<String> search(IndexSearcher searcher, Query query) throws IOException {
        Set<String> ids = new TreeSet<>();
        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        return ids;
    }

    @Test
    void theBuiltInListHasNoRuleTheParserDropped() {
        // A rule whose words the analysis changed beyond recognition would silently never match;
        // every abbreviation line must give a graph for its abbreviation.
        for (String abbreviation : List.of("APA", "PRS", "BVR", "CBS", "GSA")) {
            assertTrue(terms(synonyms, abbreviation).size() > 1, abbreviation);
        }
    }
}
