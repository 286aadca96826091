package be.atrium.search.analysis;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.List;

/**
 * Replaces each compound token by its parts ({@link CompoundSplitter}) and drops every other
 * token. The parts stand where the compound stood: the first takes its position (plus the positions
 * of dropped tokens before it, as a stop filter keeps them), the others are stacked on it
 * (increment 0), and all keep the compound's offsets, so a highlighter marks the whole compound.
 */
final class CompoundPartsFilter extends TokenFilter {

    private final CompoundSplitter splitter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute posIncAtt = addAttribute(PositionIncrementAttribute.class);
    private List<String> pending = List.of();
    private int next;
    private int skippedPositions;

    CompoundPartsFilter(TokenStream input, CompoundSplitter splitter) {
        super(input);
        this.splitter = splitter;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (next < pending.size()) {
            termAtt.setEmpty().append(pending.get(next++));
            posIncAtt.setPositionIncrement(0);
            return true;
        }
        while (input.incrementToken()) {
            List<String> parts = splitter.split(termAtt.toString());
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
