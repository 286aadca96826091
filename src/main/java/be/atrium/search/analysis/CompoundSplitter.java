package be.atrium.search.analysis;

import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.Hyphenation;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.xml.sax.InputSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Splits a Dutch compound into its parts: {@code omgevingsvergunning} → omgeving, vergunning;
 * {@code hemelwaterput} → hemel, water, put, hemelwater, waterput.
 *
 * <p>The approach of Lucene's {@code HyphenationCompoundWordTokenFilter} (parts start and end at the
 * hyphenation points of the Dutch Liang patterns and must be in a dictionary of compound
 * <em>parts</em>), made stricter in one way that removes most nonsense: a word is split only when
 * its parts cover it completely, as a Hunspell compound check does. Lucene's filter emits every
 * dictionary word between two hyphenation points, so {@code omgevingsvergunning} also yields
 * {@code ving} and {@code gunning}, {@code beheerder} yields {@code heer}; here {@code vergunning}
 * stays whole because {@code ver} is no part. The dictionary is OpenTaal's list of words allowed in
 * compounds (flags in {@code nl.aff}) with their forms, in four roles: F anywhere; E only last (an
 * inflected form: {@code vergunningen}); L only before another part (a linking form: {@code
 * omgevings}); B like L but never a result by itself ({@code een} of {@code eengezinswoning}). See
 * {@code README.md} next to the resources; {@code CompoundSplitReport} measures the result.
 *
 * <p>Three guesses fill gaps in the dictionary and the patterns, each only when nothing better
 * exists: a linking {@code s} after any free part ({@code rechts|grond}); a cut before a part that
 * starts with a vowel where the patterns keep the consonant with it ({@code bo|de|mat|test} is
 * {@code bodem|attest}); one long word of the OpenTaal word list as a part ({@code
 * dak|oppervlakte}). Of all complete splits the one with the fewest guesses wins, then the one with
 * the fewest parts, then the one whose shortest part is longest. A part that is a compound itself
 * is split again, into parts of at least four letters ({@code schade|vergoeding}, but no {@code
 * lei|ding}). Besides the parts the splitter gives the runs of adjacent parts ({@code hemelwater}
 * and {@code waterput} of {@code hemelwaterput}), so a query for a sub-compound finds the longer
 * compound directly. The word itself is never among the results. Results are folded, and linking
 * and inflected-only forms are in their base form ({@code omgevings} → {@code omgeving}), ready
 * for the stemmer.
 *
 * <p>Thread-safe; immutable apart from a bounded cache of recent results.
 */
final class CompoundSplitter {

    static final int MIN_PART = 3;
    /** Parts of a part (a dictionary word split again) are longer: lei|ding, dos|sier, kop|pel. */
    static final int MIN_INNER_PART = 4;
    static final int MIN_WORD = 2 * MIN_PART;
    /** Longer tokens are no words (a pasted hash, a URL): not worth splitting. */
    static final int MAX_WORD = 60;
    private static final int MAX_DEPTH = 3;
    private static final int CACHE_SIZE = 50_000;

    private static final char FREE = 'F';
    private static final char LAST_ONLY = 'E';
    private static final char LINKING = 'L';
    /** Like L, but never a result by itself, only inside a run: een(gezinswoning), twee(verdieping). */
    private static final char BOUND = 'B';
    private static final String ROLES = "FELB";

    /** A dictionary form: its role, and the word it is a form of (null: itself). */
    private record Part(char role, String lemma) {
        private static final Part[] SELF = {new Part(FREE, null), new Part(LAST_ONLY, null),
                new Part(LINKING, null), new Part(BOUND, null)};

        /** The shared part of this role that is a form of itself (most of them). */
        static Part of(char role) {
            return SELF[ROLES.indexOf(role)];
        }
    }

    /**
     * A part found in a word: its role there, its base form, and how much of a guess it is (0: a
     * dictionary part; {@link #GUESSED_LINK}: a linking s the dictionary does not list;
     * {@link #WORD_LIST_PART}: a word of the word list that is no dictionary part).
     */
    private record Found(char role, String lemma, int guess) {
    }

    private static final int GUESSED_LINK = 1;
    private static final int ONSET_CUT = 1;
    private static final int WORD_LIST_PART = 4;
    /**
     * Where a part may start or end: at a hyphenation point ({@code HYPHEN}), or ({@code ONSET}) where
     * the consonants starting a syllable end the part before and the next part starts with a vowel:
     * the patterns hyphenate bo|de|mat|test and klan|tac|count, the parts are bodem|attest and
     * klant|account. An onset cut is a guess; both its parts must be dictionary parts, the one after
     * it of five letters (stan|daard is no stand|aard), the one before it of four (han|de|lin|gen is
     * no hand|elingen: a word-list word is not enough).
     */
    private static final byte NONE = 0;
    private static final byte HYPHEN = 1;
    private static final byte ONSET = 2;
    private static final int MIN_PART_AFTER_ONSET = 5;
    private static final int MIN_PART_BEFORE_ONSET = 4;

    /** A word-list word is taken as a part only this long (dak|oppervlakte, zone|vreemd). */
    static final int MIN_WORD_LIST_PART = 6;

    /** A smallest part of a word and where it starts. */
    private record Leaf(int start, Found part) {
    }

    private final HyphenationTree hyphenator;
    private final CharArrayMap<Part> parts;
    private final DutchWordList words;
    private final Set<String> removed;
    private final Map<String, List<String>> cache = new ConcurrentHashMap<>();

    private CompoundSplitter(HyphenationTree hyphenator, CharArrayMap<Part> parts, DutchWordList words,
                             Set<String> removed) {
        this.hyphenator = hyphenator;
        this.parts = parts;
        this.words = words;
        this.removed = removed;
    }

    /**
     * Reads the hyphenation patterns (FOP XML, gzipped), the derived parts (gzipped
     * {@code form<TAB>role[<TAB>lemma]}), and the hand-kept additions and exclusions (plain text:
     * {@code form [role [lemma]]} a line, {@code #} comments).
     */
    static CompoundSplitter read(InputStream hyphenationXmlGz, InputStream partsGz, Reader additions,
                                 Reader exclusions, DutchWordList words) throws IOException {
        HyphenationTree tree;
        try (InputStream in = new GZIPInputStream(hyphenationXmlGz)) {
            tree = HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(in));
        }
        Set<String> removed = new HashSet<>();
        try (BufferedReader in = new BufferedReader(exclusions)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] fields = fields(line);
                if (fields.length > 0) {
                    removed.add(Folding.fold(fields[0]));
                }
            }
        }
        CharArrayMap<Part> parts = new CharArrayMap<>(100_000, false);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(partsGz),
                StandardCharsets.UTF_8))) {
            readParts(in, parts, removed);
        }
        try (BufferedReader in = new BufferedReader(additions)) {
            readParts(in, parts, Set.of());
        }
        return new CompoundSplitter(tree, parts, words, Set.copyOf(removed));
    }

    private static void readParts(BufferedReader in, CharArrayMap<Part> parts, Set<String> removed)
            throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] fields = fields(line);
            if (fields.length == 0) {
                continue;
            }
            String form = Folding.fold(fields[0]);
            if (removed.contains(form)) {
                continue;
            }
            char role = fields.length > 1 ? fields[1].charAt(0) : FREE;
            if (ROLES.indexOf(role) < 0) {
                throw new IOException("unknown compound part role '" + fields[1] + "' in line: " + line);
            }
            String lemma = fields.length > 2 ? Folding.fold(fields[2]) : form;
            parts.put(form, lemma.equals(form) ? Part.of(role) : new Part(role, lemma));
        }
    }

    /** The whitespace-separated fields of a line before any {@code #} (no regular expression: 80,000 lines). */
    private static String[] fields(String line) {
        List<String> fields = new ArrayList<>(3);
        int length = line.length();
        int i = 0;
        while (i < length && line.charAt(i) != '#') {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && !Character.isWhitespace(line.charAt(i)) && line.charAt(i) != '#') {
                i++;
            }
            fields.add(line.substring(start, i));
        }
        return fields.toArray(new String[0]);
    }

    int dictionarySize() {
        return parts.size();
    }

    /** Whether the word (any case, accents allowed) splits completely into known parts. */
    boolean isCompound(String word) {
        return !split(word).isEmpty();
    }

    /**
     * The parts and runs of adjacent parts of a compound, folded, in base form, in reading order;
     * empty when the word is no compound (or no word at all). Never contains the word itself.
     */
    List<String> split(String word) {
        if (word.length() < MIN_WORD || word.length() > MAX_WORD) {
            return List.of();
        }
        List<String> cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        List<String> result = computeSplit(word);
        if (cache.size() >= CACHE_SIZE) {
            cache.clear(); // crude but bounded; the words that matter come back quickly
        }
        cache.put(word, result);
        return result;
    }

    private List<String> computeSplit(String word) {
        String folded = Folding.fold(word);
        int length = folded.length();
        if (length < MIN_WORD || length > MAX_WORD) {
            return List.of();
        }
        for (int i = 0; i < length; i++) {
            char c = folded.charAt(i);
            if (c < 'a' || c > 'z') {
                return List.of(); // digits, apostrophes, letters outside Latin: no Dutch compound
            }
        }
        char[] chars = folded.toCharArray();
        // The patterns know ë and é (ide-ë-en); hyphenate the unfolded word when folding kept the length.
        String lower = word.toLowerCase(Locale.ROOT);
        char[] source = lower.length() == length ? lower.toCharArray() : chars;
        Hyphenation hyphenation = hyphenator.hyphenate(source, 0, length, 1, 1);
        if (hyphenation == null) {
            return List.of();
        }
        byte[] boundary = new byte[length + 1];
        for (int point : hyphenation.getHyphenationPoints()) {
            if (point > 0 && point < length) {
                boundary[point] = HYPHEN;
                if (chars[point] == 's' && point + 1 < length) {
                    boundary[point + 1] = HYPHEN; // a linking s hyphenated with what follows: toe|gang|sto|ken
                }
            }
        }
        for (int point = 1; point < length; point++) {
            if (boundary[point] == HYPHEN) {
                int vowel = point;
                while (vowel < length && !isVowel(chars[vowel])) {
                    vowel++;
                }
                if (vowel > point && vowel < length && boundary[vowel] == NONE) {
                    boundary[vowel] = ONSET; // bo|de|mat|test may be bodem|attest
                }
            }
        }
        int[] cuts = bestSplit(chars, 0, length, boundary, FREE, MIN_PART);
        if (cuts == null) {
            return List.of();
        }
        List<Leaf> leaves = new ArrayList<>();
        addLeaves(chars, cuts, boundary, FREE, 0, leaves);
        Set<String> out = new LinkedHashSet<>();
        for (Leaf leaf : leaves) {
            if (leaf.part().role() != BOUND) {
                out.add(leaf.part().lemma());
            }
        }
        for (int first = 0; first < leaves.size(); first++) {
            for (int last = first + 1; last < leaves.size(); last++) {
                if (first == 0 && last == leaves.size() - 1) {
                    continue; // the whole word
                }
                out.add(folded.substring(leaves.get(first).start(), leaves.get(last).start())
                        + leaves.get(last).part().lemma());
            }
        }
        out.remove(folded);
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /**
     * Adds the smallest parts of the split {@code cuts} of a range with role {@code role}: a part
     * that splits again (a dictionary word that is a compound itself: schade|vergoeding) gives its
     * own parts instead.
     */
    private void addLeaves(char[] chars, int[] cuts, byte[] boundary, char role, int depth, List<Leaf> out) {
        int count = cuts.length - 1;
        for (int i = 0; i < count; i++) {
            int start = cuts[i];
            int end = cuts[i + 1];
            Found part = part(chars, start, end, i == count - 1, role, true);
            int[] inner = depth + 1 < MAX_DEPTH && end - start >= 2 * MIN_INNER_PART
                    ? bestSplit(chars, start, end, boundary, part.role(), MIN_INNER_PART) : null;
            if (inner == null) {
                out.add(new Leaf(start, part));
            } else {
                addLeaves(chars, inner, boundary, part.role(), depth + 1, out);
            }
        }
    }

    /**
     * The cut points (from, ..., to) of the best complete split of chars[from, to) into at least
     * two parts, or null. Best: the fewest guesses (a dictionary part is no guess), then the fewest
     * parts, then the longest shortest part.
     */
    private int[] bestSplit(char[] chars, int from, int to, byte[] boundary, char role, int minPart) {
        int n = to - from;
        int[] guesses = new int[n + 1];   // the guesses of the best split of chars[from, from + i)
        int[] count = new int[n + 1];     // its parts
        int[] shortest = new int[n + 1];  // its shortest part
        int[] previous = new int[n + 1];  // its last cut before i
        Arrays.fill(count, Integer.MAX_VALUE);
        Arrays.fill(guesses, Integer.MAX_VALUE);
        guesses[0] = 0;
        count[0] = 0;
        shortest[0] = Integer.MAX_VALUE;
        for (int end = minPart; end <= n; end++) {
            if (end < n && boundary[from + end] == NONE) {
                continue;
            }
            boolean last = end == n;
            for (int start = end - minPart; start >= (last ? 1 : 0); start--) { // the range as one part is no split
                if (count[start] == Integer.MAX_VALUE || (start > 0 && boundary[from + start] == NONE)) {
                    continue;
                }
                Found part = part(chars, from + start, from + end, last, role, guesses[start] < WORD_LIST_PART);
                boolean afterOnset = start > 0 && boundary[from + start] == ONSET;
                boolean beforeOnset = !last && boundary[from + end] == ONSET;
                if (part == null || ((afterOnset || beforeOnset) && part.guess() > 0)
                        || (afterOnset && end - start < MIN_PART_AFTER_ONSET)
                        || (beforeOnset && end - start < MIN_PART_BEFORE_ONSET)) {
                    continue;
                }
                int parts = count[start] + 1;
                int guess = guesses[start] + part.guess() + (afterOnset ? ONSET_CUT : 0);
                int shortestPart = Math.min(shortest[start], end - start);
                if (guess < guesses[end] || (guess == guesses[end] && (parts < count[end]
                        || (parts == count[end] && shortestPart > shortest[end])))) {
                    count[end] = parts;
                    guesses[end] = guess;
                    shortest[end] = shortestPart;
                    previous[end] = start;
                }
            }
        }
        if (count[n] == Integer.MAX_VALUE) {
            return null;
        }
        int[] cuts = new int[count[n] + 1];
        for (int i = cuts.length - 1, at = n; i >= 0; i--) {
            cuts[i] = from + at;
            at = previous[at];
        }
        return cuts;
    }

    /**
     * What chars[start, end) is as a part at this place, or null. Every part but the last must be
     * allowed before another part (F, L, B); the last must be allowed where the range ends (a word
     * ends with an F or E part; a linking part may end with an L part). Two guesses fill gaps in the
     * dictionary: a linking s after any free part ({@code rechts|grond}), and, once a split, a long
     * word of the word list ({@code dak|oppervlakte}).
     */
    private Found part(char[] chars, int start, int end, boolean last, char rangeRole, boolean wordListAllowed) {
        int length = end - start;
        Part part = parts.get(chars, start, length);
        if (part != null && allowed(part.role(), last, rangeRole)) {
            return new Found(part.role(), part.lemma() != null ? part.lemma() : new String(chars, start, length), 0);
        }
        boolean linkingPlace = !last || rangeRole == LINKING;
        if (linkingPlace && length > MIN_PART && chars[end - 1] == 's' && chars[end - 2] != 's') {
            Part base = parts.get(chars, start, length - 1);
            if (base != null && base.role() == FREE) {
                return new Found(LINKING, new String(chars, start, length - 1), GUESSED_LINK);
            }
        }
        if (wordListAllowed && part == null && length >= MIN_WORD_LIST_PART) {
            String word = new String(chars, start, length);
            if (words.contains(word) && !removed.contains(word)) {
                return new Found(FREE, word, WORD_LIST_PART);
            }
        }
        return null;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static boolean allowed(char partRole, boolean last, char rangeRole) {
        if (partRole == FREE) {
            return true;
        }
        if (!last) {
            return partRole == LINKING || partRole == BOUND;
        }
        return rangeRole == LINKING ? partRole == LINKING || partRole == LAST_ONLY : partRole == LAST_ONLY;
    }
}
