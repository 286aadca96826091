package be.atrium.search;

/**
 * The names of the index's fields, in one place. Text fields come in pairs: the whole words
 * ({@code title}) and the parts of compound words ({@code title_parts}), searched with a lower
 * weight; {@code StringField}s are for ids and filters, doc values for sorting and facets.
 */
public final class SearchFields {

    /** The unique key of a document: {@code thread:12}, {@code wiki:5}, ... (stored). */
    public static final String KEY = "key";
    /** {@code thread}, {@code wiki}, {@code guidance}, {@code practice} (also a facet). */
    public static final String TYPE = "type";
    /** The content's database id (stored). */
    public static final String ID = "id";

    public static final String TITLE = "title";
    public static final String TITLE_PARTS = "title_parts";
    /** The question, the page, the guidance or the case. */
    public static final String BODY = "body";
    public static final String BODY_PARTS = "body_parts";
    /** A thread's accepted answer: weighs more than other answers. */
    public static final String ACCEPTED = "accepted";
    public static final String ACCEPTED_PARTS = "accepted_parts";
    /** A thread's other visible answers and replies. */
    public static final String ANSWERS = "answers";
    public static final String ANSWERS_PARTS = "answers_parts";
    /** Unstemmed words of title and text: the dictionary of spelling suggestions. */
    public static final String SPELL = "spell";
    /** Beginnings of the title's words, for suggestions while typing. */
    public static final String SUGGEST = "suggest";

    /** The Atrium's id, or {@link #NETWORK_WIDE}: the reach filter. */
    public static final String ATRIUM = "atrium";
    /** The Atrium's slug (stored; a facet and a filter). */
    public static final String ATRIUM_SLUG = "atrium_slug";
    public static final String NETWORK_WIDE = "-";

    /** Guidance audience: {@code 1} for the whole network, levels, Atrium ids, publishing organisation. */
    public static final String AUDIENCE_NETWORK = "g_network";
    public static final String AUDIENCE_LEVEL = "g_level";
    public static final String AUDIENCE_ATRIUM = "g_atrium";
    public static final String PUBLISHER = "g_org";
    /** Guidance status ({@code PUBLISHED}, {@code SUPERSEDED}, {@code WITHDRAWN}), stored. */
    public static final String STATUS = "status";

    /** The author's (or publisher's) government level: facet. */
    public static final String LEVEL = "level";
    public static final String TAG = "tag";
    public static final String YEAR = "year";
    /** {@code yes}/{@code no} for questions (facet). */
    public static final String SOLVED = "solved";
    /** Last change, epoch millis: doc values for sorting, stored for display. */
    public static final String DATE = "date";
    /** The static weight a hit's score is multiplied by (a solved question, guidance in force). */
    public static final String STANDING = "standing";

    private SearchFields() {
    }
}
