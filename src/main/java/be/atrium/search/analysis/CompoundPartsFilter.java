package be.atrium.search.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Replaces each compound token by its parts ({@link CompoundSplitter}) and drops every other
 * token; a verbal noun in {@code -ing} (the word or one of its parts) adds its verb:
 * {@code splitsing} → {@code splitsen}, {@code woningsplitsing} → {@code woning}, {@code splitsing},
 * {@code splitsen}, so that a text about a {@code splitsing} is found, with the weight of a part,
 * by someone who asks how to {@code splitsen} (Snowball's Dutch stemmer keeps the two apart). The verb
 * counts only when it is a Dutch word with a base of four letters or more ({@code koning} gives no
 * {@code konen}). The parts stand where the compound stood: the first takes its position (plus the
 * positions of dropped tokens before it, as a stop filter keeps them), the others are stacked on it
 * (increment 0), and all keep the compound's offsets, so a highlighter marks the whole compound.
 */
final class CompoundPartsFilter extends TokenFilter {

    private final CompoundSplitter splitter;
    private final DutchWordList words;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private List<String> pending = List.of();
    private int next;
    private int skippedPositions;

    /** Whether every word stays, its parts and verbs stacked on it (the spelling dictionary), or only those. */
    private final boolean keepWords;

    CompoundPartsFilter(TokenStream input, CompoundSplitter splitter, DutchWordList words, boolean keepWords) {
        super(input);
        this.splitter = splitter;
        this.words = words;
        this.keepWords = keepWords;
    }

    /** The parts of a word and the verbs of its verbal nouns; empty for a plain word. */
    private List<String> partsOf(String term) {
        List<String> parts = splitter.split(term);
        List<String> withVerbs = null;
        for (String word : parts.isEmpty() ? List.of(Folding.fold(term)) : parts) {
            String verb = verbOf(word);
            if (verb != null) {
                if (withVerbs == null) {
                    withVerbs = new ArrayList<>(parts);
                }
                withVerbs.add(verb);
            }
        }
        return withVerbs == null ? parts : withVerbs;
    }

    private String verbOf(String folded) {
        return verbOf(folded, words);
    }

    /** The verb of a verbal noun ({@code verkaveling}, {@code verkavelingen} → {@code verkavelen}), or null. */
    static String verbOf(String folded, DutchWordList words) {
        int end = folded.endsWith("ingen") ? folded.length() - 5 : folded.endsWith("ing") ? folded.length() - 3 : -1;
        if (end < MIN_VERB_BASE) {
            return null;
        }
        String verb = folded.substring(0, end) + "en";
        return words.contains(verb) ? verb : null;
    }

    /** {@code koning}, {@code haring}, {@code ring}: a base this short is more often no verb than a verb. */
    private static final int MIN_VERB_BASE = 4;

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            termAtt.setEmpty().append(pending.get(next++));
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            List<String> parts = partsOf(termAtt.toString());
            if (keepWords) {
                pending = parts;
                next = 0;
                return true;
            }
            if (parts.isEmpty()) {
                skippedPositions += posIncAtt.getPositionIncrement();
                continue;
            }
            posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
            skippedPositions = 0;
            termAtt.setEmpty().append(parts.get(0));
            pending = parts;
            next = 1;
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        posIncAtt.setPositionIncrement(posIncAtt.getPositionIncrement() + skippedPositions);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = List.of();
        next = 0;
        skippedPositions = 0;
    }
}
