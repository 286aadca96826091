package be.atrium.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The domain synonyms and abbreviations, from an editable file in the Solr synonyms format,
 * re-read when the file changes. Without the file the built-in list shipped in the application
 * applies ({@code config/search/synonyms.txt}, packed as {@code reference/search/synonyms.txt}).
 * A file that cannot be parsed never takes search down: the list in use stays (or, at the first
 * load, the built-in list applies), the problem is logged and kept for a health check.
 */
final class SynonymsFile {

    static final String BUILT_IN = "reference/search/synonyms.txt";
    private static final Logger LOG = Logger.getLogger(SynonymsFile.class.getName());

    /** What was last seen on disk: null when the file did not exist. */
    private record Stamp(FileTime modified, long size, Object key) {
    }

    /** A parsed file: the map, and its words as written (folded), for {@link #containsWord}. */
    private record Rules(SynonymMap map, Set<String> words) {
    }

    private final Path file;
    private final Analyzer analyzer;
    private final Rules builtIn;
    private volatile Rules current;
    private volatile String problem;
    private Stamp seen;

    private SynonymsFile(Path file, Analyzer analyzer, Rules builtIn) {
        this.file = file;
        this.analyzer = analyzer;
        this.builtIn = builtIn;
        this.current = builtIn;
    }

    /**
     * @param file     the editable file, or null for the built-in list only
     * @param analyzer analyses each side of a rule exactly as the text is analysed before the
     *                 synonym filter (so {@code ruimtelijke uitvoeringsplannen} matches a rule
     *                 written {@code ruimtelijk uitvoeringsplan})
     */
    static SynonymsFile load(Path file, Analyzer analyzer) throws IOException {
        Rules builtIn;
        try (InputStream in = SynonymsFile.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IOException("built-in synonyms missing from the class path: " + BUILT_IN);
            }
            builtIn = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), analyzer);
        } catch (ParseException e) {
            throw new IOException("built-in synonyms " + BUILT_IN + ": " + e.getMessage(), e);
        }
        SynonymsFile synonyms = new SynonymsFile(file, analyzer, builtIn);
        synonyms.reloadIfChanged();
        return synonyms;
    }

    /** The map in use; {@code fst} is null when it is empty. */
    SynonymMap current() {
        return current.map();
    }

    /** Whether a folded word is written in a rule in use ({@code grs}, {@code rvvb}). */
    boolean containsWord(String foldedWord) {
        return current.words().contains(foldedWord);
    }

    /** Every word the synonyms file names (folded): spelling corrections may aim at them. */
    Set<String> words() {
        return current.words();
    }

    /** Why the file on disk is not in use, if it is not. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Re-reads the file when its time, size or identity changed; a stat call when nothing did. */
    synchronized void reloadIfChanged() {
        if (file == null) {
            return;
        }
        Stamp stamp = stamp();
        if (Objects.equals(stamp, seen)) {
            return;
        }
        seen = stamp;
        if (stamp == null) {
            current = builtIn;
            problem = null;
            LOG.info(() -> "Synonyms file " + file + " absent: the built-in synonyms apply");
            return;
        }
        try {
            current = parse(Files.readString(file, StandardCharsets.UTF_8), analyzer);
            problem = null;
            LOG.info(() -> "Synonyms read from " + file);
        } catch (IOException | ParseException | RuntimeException e) {
            problem = file + ": " + e.getMessage();
            LOG.log(Level.WARNING, "Synonyms file " + file + " not used (the synonyms in use stay): "
                    + e.getMessage(), e);
        }
    }

    private Stamp stamp() {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read the attributes of the synonyms file " + file, e);
            return seen; // as if unchanged
        }
    }

    private static Rules parse(String text, Analyzer analyzer) throws IOException, ParseException {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
        parser.parse(new StringReader(text));
        Set<String> words = new HashSet<>();
        for (String line : text.split("\\R")) {
            if (!line.strip().startsWith("#")) {
                for (String word : line.split("[\\s,]+|=>")) {
                    if (!word.isBlank()) {
                        words.add(Folding.fold(word.strip()));
                    }
                }
            }
        }
        return new Rules(parser.build(), Set.copyOf(words));
    }
}
