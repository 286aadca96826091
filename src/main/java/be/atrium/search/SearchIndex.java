package be.atrium.search;

import be.atrium.platform.AtriumConfig;
import be.atrium.platform.DataDirectory;
import be.atrium.search.analysis.DutchAnalysis;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * The one Lucene index of this node, under {@code <data dir>/search/index}: one long-lived
 * {@link IndexWriter} and a {@link SearcherManager} whose searchers see every change as soon as
 * it is applied (near-real-time; {@link #refresh} after each batch). A commit records the last
 * outbox position applied and the version of the index's layout, so after a crash the indexer
 * continues from there and an index of another layout is rebuilt. A rebuild is written beside
 * the live index and swapped in when complete, so searching goes on meanwhile.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    /** Changes when fields or analysis change: an index of another layout is rebuilt. */
    static final String LAYOUT = "atrium-search-5";
    static final String POSITION = "outbox.position";
    private static final String LAYOUT_KEY = "layout";

    @Inject
    DataDirectory dataDirectory;

    @Inject
    AtriumConfig config;

    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private volatile Generation live;
    private volatile DutchAnalysis analysis;
    private final FacetsConfig facetsConfig = SearchDocuments.facetsConfig();

    /** An open index: its directory, writer, searchers and the facet state of the current reader. */
    static final class Generation implements AutoCloseable {
        final Path path;
        final Directory directory;
        final IndexWriter writer;
        final SearcherManager searchers;
        volatile long position;
        private volatile FacetState facetState;

        Generation(Path path, Directory directory, IndexWriter writer, long position) throws IOException {
            this.path = path;
            this.directory = directory;
            this.writer = writer;
            this.searchers = new SearcherManager(writer, new SearcherFactory());
            this.position = position;
        }

        @Override
        public void close() throws IOException {
            searchers.close();
            writer.close();
            directory.close();
        }
    }

    /** The facet ordinals of one reader, built once per refresh, not per query. */
    record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /** The analysis, loaded once (the synonyms file is re-read when it changes). */
    public DutchAnalysis analysis() {
        DutchAnalysis a = analysis;
        if (a == null) {
            synchronized (this) {
                if (analysis == null) {
                    try {
                        analysis = DutchAnalysis.load(synonymsFile());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Atrium cannot load the search analysis", e);
                    }
                }
                a = analysis;
            }
        }
        return a;
    }

    /** config/search/synonyms.txt beside the data dir's config, editable without a restart. */
    Path synonymsFile() {
        return config.searchSynonyms();
    }

    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    Path folder() {
        return dataDirectory.folder("search");
    }

    /**
     * Opens the live index. Empty when there is none, it cannot be read, or it has another
     * layout: the caller rebuilds it.
     */
    Optional<Long> open() {
        Path path = folder().resolve("index");
        try {
            if (!Files.isDirectory(path) || !DirectoryReader.indexExists(FSDirectory.open(path))) {
                return Optional.empty();
            }
            Directory directory = FSDirectory.open(path);
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            if (!LAYOUT.equals(data.get(LAYOUT_KEY))) {
                LOG.info("Atrium: the search index has layout " + data.get(LAYOUT_KEY) + ", not " + LAYOUT
                        + ": it is rebuilt");
                directory.close();
                return Optional.empty();
            }
            long position = Long.parseLong(data.getOrDefault(POSITION, "0"));
            live = new Generation(path, directory, new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.APPEND)),
                    position);
            return Optional.of(position);
        } catch (IOException | RuntimeException e) {
            LOG.warning("Atrium: the search index at " + path + " cannot be read (" + e + "): it is rebuilt");
            return Optional.empty();
        }
    }

    private IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode) {
        IndexWriterConfig c = new IndexWriterConfig(analyzer());
        c.setOpenMode(mode);
        c.setRAMBufferSizeMB(48);
        c.setCommitOnClose(false);
        return c;
    }

    /** Field by field: whole words, compound parts, spelling, title beginnings. */
    Analyzer analyzer() {
        DutchAnalysis a = analysis();
        Map<String, Analyzer> fields = new HashMap<>();
        for (String f : new String[] {SearchFields.TITLE_PARTS, SearchFields.BODY_PARTS, SearchFields.ACCEPTED_PARTS,
                SearchFields.ANSWERS_PARTS}) {
            fields.put(f, a.parts());
        }
        fields.put(SearchFields.SPELL, a.spellingDictionary());
        fields.put(SearchFields.SUGGEST, new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream s = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, new EdgeNGramTokenFilter(s, 1, 20, true));
            }
        });
        return new PerFieldAnalyzerWrapper(a.whole(), fields);
    }

    /** A new, empty index beside the live one, for a rebuild. */
    Generation createBeside() throws IOException {
        Path path = folder().resolve("index-new");
        deleteTree(path);
        Directory directory = FSDirectory.open(path);
        return new Generation(path, directory, new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE)),
                0);
    }

    /** Puts a complete rebuilt index in place of the live one (searching waits only for the swap itself). */
    void swapIn(Generation rebuilt) throws IOException {
        commit(rebuilt, rebuilt.position);
        rebuilt.close();
        swap.writeLock().lock();
        try {
            Generation old = live;
            live = null;
            if (old != null) {
                old.close();
            }
            Path target = folder().resolve("index");
            Path previous = folder().resolve("index-old");
            deleteTree(previous);
            if (Files.exists(target)) {
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(rebuilt.path, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(previous);
            Directory directory = FSDirectory.open(target);
            live = new Generation(target, directory,
                    new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.APPEND)), rebuilt.position);
        } finally {
            swap.writeLock().unlock();
        }
    }

    /** Closes the live index without committing (before a rebuild replaces it). */
    void closeLive() {
        swap.writeLock().lock();
        try {
            Generation g = live;
            live = null;
            if (g != null) {
                g.writer.rollback();
                g.searchers.close();
                g.directory.close();
            }
        } catch (IOException e) {
            LOG.warning("Atrium: closing the search index failed: " + e);
        } finally {
            swap.writeLock().unlock();
        }
    }

    public boolean isOpen() {
        return live != null;
    }

    /** Adds or replaces documents in {@code g} (the live index, or one being rebuilt). */
    void put(Generation g, Document document, String key) throws IOException {
        g.writer.updateDocument(new Term(SearchFields.KEY, key), document);
    }

    void delete(Generation g, String key) throws IOException {
        g.writer.deleteDocuments(new Term(SearchFields.KEY, key));
    }

    /** Runs a change on the live index (or nothing when it is closed). */
    boolean onLive(IndexChange change) throws IOException {
        swap.readLock().lock();
        try {
            Generation g = live;
            if (g == null) {
                return false;
            }
            change.apply(g);
            return true;
        } finally {
            swap.readLock().unlock();
        }
    }

    /** A change of the index that may fail with an I/O error. */
    interface IndexChange {
        void apply(Generation g) throws IOException;
    }

    /** Makes what was applied visible to searches now. */
    void refresh() throws IOException {
        swap.readLock().lock();
        try {
            Generation g = live;
            if (g != null) {
                g.searchers.maybeRefreshBlocking();
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    /** Commits the live index with the outbox position everything up to which is in it. */
    void commitLive(long position) throws IOException {
        onLive(g -> {
            commit(g, position);
            g.position = position;
        });
    }

    long livePosition() {
        Generation g = live;
        return g == null ? 0 : g.position;
    }

    private void commit(Generation g, long position) throws IOException {
        g.writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT, POSITION, Long.toString(position)).entrySet());
        g.writer.commit();
    }

    /**
     * Forgets what was applied since the last commit (as a crash would) and reopens the index
     * there: returns the position of that commit, from which the indexer continues.
     */
    long backToLastCommit() throws IOException {
        swap.writeLock().lock();
        try {
            Generation g = live;
            if (g == null) {
                return 0;
            }
            g.writer.rollback();
            g.searchers.close();
            g.directory.close();
            live = null;
            return open().orElse(0L);
        } finally {
            swap.writeLock().unlock();
        }
    }

    /** Runs a search on the live index with a searcher acquired and released around it. */
    <T> T search(SearchWork<T> work) throws IOException {
        swap.readLock().lock();
        try {
            Generation g = live;
            if (g == null) {
                throw new IllegalStateException("the search index is not open");
            }
            IndexSearcher searcher = g.searchers.acquire();
            try {
                return work.run(searcher, facetState(g, searcher.getIndexReader()));
            } finally {
                g.searchers.release(searcher);
            }
        } finally {
            swap.readLock().unlock();
        }
    }

    /** A piece of search work on an acquired searcher. */
    interface SearchWork<T> {
        T run(IndexSearcher searcher, SortedSetDocValuesReaderState facets) throws IOException;
    }

    private SortedSetDocValuesReaderState facetState(Generation g, IndexReader reader) throws IOException {
        FacetState s = g.facetState;
        if (s == null || s.reader() != reader) {
            SortedSetDocValuesReaderState state = hasFacets(reader)
                    ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
            s = new FacetState(reader, state);
            g.facetState = s;
        }
        return s.state();
    }

    private static boolean hasFacets(IndexReader reader) {
        return reader.leaves().stream().anyMatch(l -> l.reader().getFieldInfos().fieldInfo("$facets") != null);
    }

    /** The number of documents in the live index (for status pages and tests). */
    public int size() {
        try {
            return search((searcher, facets) -> searcher.getIndexReader().numDocs());
        } catch (IOException | IllegalStateException e) {
            return 0;
        }
    }

    @PreDestroy
    void close() {
        swap.writeLock().lock();
        try {
            Generation g = live;
            live = null;
            if (g != null) {
                commit(g, g.position);
                g.close();
            }
        } catch (IOException e) {
            LOG.warning("Atrium: closing the search index failed: " + e);
        } finally {
            swap.writeLock().unlock();
        }
        DutchAnalysis a = analysis;
        if (a != null) {
            a.close();
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
