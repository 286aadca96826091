package be.atrium.search.analysis;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.HyphenationCompoundWordTokenFilter;
import org.apache.lucene.analysis.compound.hyphenation.HyphenationTree;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.xml.sax.InputSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;

/**
 * How often the compound splitter cuts words into nonsense: splits every word of at least ten
 * letters in the given texts and compares the result with the judgements kept by hand in
 * {@code compound-split-judgements.txt} (next to this class in src/test/resources). Not a unit test
 * (its input is outside the repository); run it after changing the resources:
 *
 * <pre>
 * mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     be.atrium.search.analysis.CompoundSplitReport \
 *     ../shared/data/search-dev/corpus.jsonl src/main/resources/be/atrium/i18n/messages.properties \
 *     src/test/resources/be/atrium/search/analysis/sample-long-words.txt
 * </pre>
 *
 * Prints each word with its parts, its verdict (ok, questionable, nonsense; missed for a compound
 * left whole; "?" for a split nobody judged yet), what Lucene's own
 * {@code HyphenationCompoundWordTokenFilter} makes of it with the same patterns and parts, and
 * the counts; then every word in -ing(en) with the verb it also stands for (2026-12-06 on the three
 * files above: 96 such words, 51 with a verb, none nonsense, one questionable:
 * ondernemingsplanning → ondernemingsplannen). Input files: {@code .jsonl} (title, body and text of each line), {@code .properties}
 * (the values) or {@code .txt} (a word a line, such as {@code sample-long-words.txt} here: 200 words
 * of 10+ letters drawn at random from the OpenTaal list, seed 2026).
 */
public final class CompoundSplitReport {

    private CompoundSplitReport() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> judged = judgements();
        DutchAnalysis analysis = DutchAnalysis.load(null);
        HyphenationCompoundWordTokenFilterProbe lucene = HyphenationCompoundWordTokenFilterProbe.load();
        TreeSet<String> all = new TreeSet<>();
        List<String> summaries = new ArrayList<>();
        for (String file : args) {
            TreeSet<String> words = new TreeSet<>();
            for (String text : texts(Path.of(file))) {
                words.addAll(longWords(text));
            }
            all.addAll(words);
            summaries.add(report(file, words, analysis, lucene, judged, false));
        }
        summaries.add(report("all files", all, analysis, lucene, judged, true));
        System.out.println();
        summaries.forEach(System.out::println);
        // verbal nouns: every word in -ing(en) of the texts and the verb it also stands for
        TreeSet<String> ing = new TreeSet<>();
        for (String file : args) {
            for (String text : texts(Path.of(file))) {
                for (String word : words(text, 7)) {
                    if (word.endsWith("ing") || word.endsWith("ingen")) {
                        ing.add(word);
                    }
                }
            }
        }
        int withVerb = 0;
        StringBuilder list = new StringBuilder();
        for (String word : ing) {
            var verb = analysis.verbOf(word);
            if (verb.isPresent()) {
                withVerb++;
                list.append("  ").append(word).append(" -> ").append(verb.get()).append('\n');
            }
        }
        System.out.printf("%nverbal nouns: %d words of 7+ letters in -ing(en), %d stand for a verb as well:%n%s", ing.size(),
                withVerb, list);
    }

    private static String report(String name, TreeSet<String> words, DutchAnalysis analysis,
                                 HyphenationCompoundWordTokenFilterProbe lucene, Map<String, String> judged,
                                 boolean print) throws IOException {
        int split = 0;
        int luceneSplit = 0;
        Map<String, Integer> verdicts = new TreeMap<>();
        List<String> unjudged = new ArrayList<>();
        for (String word : words) {
            List<String> parts = analysis.compoundParts(word);
            List<String> luceneParts = lucene.parts(word);
            String verdict = judged.getOrDefault(word, parts.isEmpty() ? "" : "?");
            if (!parts.isEmpty()) {
                split++;
                verdicts.merge(verdict.equals("missed") ? "? (judged missed)" : verdict, 1, Integer::sum);
                if (verdict.equals("?")) {
                    unjudged.add(word);
                }
            } else if (verdict.equals("missed")) {
                verdicts.merge("missed", 1, Integer::sum);
            }
            if (!luceneParts.isEmpty()) {
                luceneSplit++;
            }
            if (print) {
                System.out.printf("%-13s %-30s %s%n      lucene filter: %s%n", verdict.isEmpty() ? "-" : verdict, word,
                        parts.isEmpty() ? "" : parts, luceneParts.isEmpty() ? "-" : luceneParts);
            }
        }
        return String.format("%s: %d words of 10+ letters, %d split (Lucene's filter: %d); verdicts %s%s", name,
                words.size(), split, luceneSplit, verdicts,
                unjudged.isEmpty() ? "" : "\n  not judged yet (add to compound-split-judgements.txt): " + unjudged);
    }

    /** The texts of a file: title, body, text of each JSON line, the values of a properties file, or the lines. */
    static List<String> texts(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        if (file.toString().endsWith(".txt")) {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        if (file.toString().endsWith(".properties")) {
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            properties.values().forEach(value -> texts.add((String) value));
            return texts;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                JsonObject object = reader.readObject();
                texts.add(object.getString("title", ""));
                texts.add(object.getString("body", ""));
                texts.add(object.getString("text", "")); // documents
            }
        }
        return texts;
    }

    /** Lower-case words of ten letters or more, as the tokenizer of the analyzers finds them. */
    static List<String> longWords(String text) throws IOException {
        return words(text, 10);
    }

    /** Lower-case words of at least {@code minLength} letters, as the tokenizer of the analyzers finds them. */
    static List<String> words(String text, int minLength) throws IOException {
        List<String> words = new ArrayList<>();
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        try (TokenStream stream = new LowerCaseFilter(tokenizer)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (word.length() >= minLength && word.chars().allMatch(Character::isLetter)) {
                    words.add(word);
                }
            }
            stream.end();
        }
        return words;
    }

    /** word → ok | questionable | nonsense | missed, from the hand-kept judgements. */
    static Map<String, String> judgements() throws IOException {
        Map<String, String> judged = new LinkedHashMap<>();
        try (InputStream in = CompoundSplitReport.class.getResourceAsStream("compound-split-judgements.txt")) {
            if (in == null) {
                return judged;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int comment = line.indexOf('#');
                String[] fields = (comment >= 0 ? line.substring(0, comment) : line).strip().split("\\s+");
                if (fields.length >= 2) {
                    judged.put(fields[0], fields[1]);
                }
            }
        }
        return judged;
    }

    /**
     * Lucene's stock filter with the same hyphenation patterns and every form of the parts list,
     * for comparison: what the splitter would give without its complete-cover rule.
     */
    static final class HyphenationCompoundWordTokenFilterProbe {
        private final HyphenationTree tree;
        private final CharArraySet dictionary;

        private HyphenationCompoundWordTokenFilterProbe(HyphenationTree tree, CharArraySet dictionary) {
            this.tree = tree;
            this.dictionary = dictionary;
        }

        static HyphenationCompoundWordTokenFilterProbe load() throws IOException {
            ClassLoader loader = CompoundSplitReport.class.getClassLoader();
            HyphenationTree tree;
            try (InputStream in = new GZIPInputStream(loader.getResourceAsStream("be/atrium/search/hyph_nl.xml.gz"))) {
                tree = HyphenationCompoundWordTokenFilter.getHyphenationTree(new InputSource(in));
            }
            CharArraySet dictionary = new CharArraySet(100_000, false);
            try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                    loader.getResourceAsStream("be/atrium/search/compound-parts.txt.gz")), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String form = line.split("\t")[0];
                    if (form.length() >= 4) { // Lucene's usual minimum part size; 3 gives far more noise
                        dictionary.add(form);
                    }
                }
            }
            return new HyphenationCompoundWordTokenFilterProbe(tree, dictionary);
        }

        List<String> parts(String word) throws IOException {
            List<String> parts = new ArrayList<>();
            StandardTokenizer tokenizer = new StandardTokenizer();
            tokenizer.setReader(new StringReader(Folding.fold(word)));
            try (TokenStream stream = new HyphenationCompoundWordTokenFilter(tokenizer, tree, dictionary, 5, 4, 15,
                    false)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    if (increment.getPositionIncrement() == 0) {
                        parts.add(term.toString());
                    }
                }
                stream.end();
            }
            return parts;
        }
    }
}
