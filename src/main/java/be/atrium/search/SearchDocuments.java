package be.atrium.search;

import be.atrium.organisation.GovernmentLevel;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Turns a {@link SearchItem} into a Lucene document: text fields (whole words with offsets for
 * highlighting, compound parts, spelling, title beginnings), the filter fields of the reach model,
 * facets and the static weight ({@code standing}) that multiplies a hit's score.
 */
final class SearchDocuments {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** Searched and highlighted text: stored, with offsets in the postings (no re-analysis for snippets). */
    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

    /**
     * Compound parts, with the offsets of their compound in the postings too: the highlighter marks
     * a compound found through a part from the postings instead of analysing the text again.
     */
    private static final FieldType PARTS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
        PARTS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        PARTS.freeze();
    }

    private final FacetsConfig facets;

    SearchDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(SearchFields.TAG, true);
        return config;
    }

    Document document(SearchItem item) {
        Document d = new Document();
        d.add(new StringField(SearchFields.KEY, item.key(), Field.Store.YES));
        d.add(new StringField(SearchFields.TYPE, item.type(), Field.Store.YES));
        d.add(new StoredField(SearchFields.ID, item.id()));
        text(d, SearchFields.TITLE, SearchFields.TITLE_PARTS, item.title());
        text(d, SearchFields.BODY, SearchFields.BODY_PARTS, item.body());
        text(d, SearchFields.ACCEPTED, SearchFields.ACCEPTED_PARTS, item.accepted());
        text(d, SearchFields.ANSWERS, SearchFields.ANSWERS_PARTS, item.answers());
        for (String text : SearchItem.textsOf(item)) {
            if (text != null && !text.isBlank()) {
                d.add(new TextField(SearchFields.SPELL, text, Field.Store.NO));
            }
        }
        d.add(new TextField(SearchFields.SUGGEST, item.title(), Field.Store.NO));

        d.add(new StringField(SearchFields.ATRIUM, item.atriumId() == null ? SearchFields.NETWORK_WIDE
                : item.atriumId().toString(), Field.Store.NO));
        if (item.atriumSlug() != null) {
            d.add(new StringField(SearchFields.ATRIUM_SLUG, item.atriumSlug(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(SearchFields.ATRIUM_SLUG, item.atriumSlug()));
        }
        if (item.audience() != null) {
            SearchItem.Audience a = item.audience();
            if (a.network()) {
                d.add(new StringField(SearchFields.AUDIENCE_NETWORK, "1", Field.Store.NO));
            }
            for (GovernmentLevel level : a.levels()) {
                d.add(new StringField(SearchFields.AUDIENCE_LEVEL, level.name(), Field.Store.NO));
            }
            for (Long atrium : a.atria()) {
                d.add(new StringField(SearchFields.AUDIENCE_ATRIUM, atrium.toString(), Field.Store.NO));
            }
            if (a.publisher() != null) {
                d.add(new StringField(SearchFields.PUBLISHER, a.publisher().toString(), Field.Store.NO));
            }
        }
        if (item.status() != null) {
            d.add(new StringField(SearchFields.STATUS, item.status(), Field.Store.YES));
        }
        d.add(new SortedSetDocValuesFacetField(SearchFields.TYPE, item.type()));
        if (item.level() != null) {
            d.add(new StringField(SearchFields.LEVEL, item.level().name(), Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(SearchFields.LEVEL, item.level().name()));
        }
        for (String tag : item.tags()) {
            d.add(new StringField(SearchFields.TAG, tag, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(SearchFields.TAG, tag));
        }
        Instant created = item.created() == null ? Instant.EPOCH : item.created();
        String year = String.valueOf(created.atZone(BRUSSELS).getYear());
        d.add(new StringField(SearchFields.YEAR, year, Field.Store.NO));
        d.add(new SortedSetDocValuesFacetField(SearchFields.YEAR, year));
        if (item.solved() != null) {
            String solved = item.solved() ? "yes" : "no";
            d.add(new StringField(SearchFields.SOLVED, solved, Field.Store.YES));
            d.add(new SortedSetDocValuesFacetField(SearchFields.SOLVED, solved));
        }
        Instant changed = item.changed() == null ? created : item.changed();
        d.add(new NumericDocValuesField(SearchFields.DATE, changed.toEpochMilli()));
        d.add(new StoredField(SearchFields.DATE, changed.toEpochMilli()));
        d.add(new FloatDocValuesField(SearchFields.STANDING, Math.max(0.1f, item.standing())));
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(Document d, String whole, String parts, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        d.add(new Field(whole, text, HIGHLIGHTED));
        d.add(new Field(parts, text, PARTS));
    }
}
