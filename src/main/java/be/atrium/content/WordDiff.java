package be.atrium.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side-by-side comparison of two texts, as a wiki reader expects it: the lines are aligned
 * (Myers' diff, from java-diff-utils), and inside a changed pair of lines the words that went
 * away are marked in the left column and the words that came in are marked in the right one (the
 * same diff over words). Unchanged lines stay side by side. The HTML of each cell is escaped text
 * with only {@code <del>} and {@code <ins>} added, so it can be shown as is. The line alignment
 * alone ({@link #alignLines}) also serves the history of a post.
 */
public final class WordDiff {

    /**
     * Above this many edits (lines, or words, removed plus added) the search for the shortest
     * diff stops, and what lies between the common start and the common end is shown as all
     * removed, then all added. Myers' time grows with the square of the edits, whatever the size
     * of the texts: giving up here costs some 30 ms, at twice as many it would be some 150 ms.
     */
    static final int MAX_EDITS = 2_000;

    /** Words (letters and digits, with inner apostrophes and hyphens), runs of spaces, or one other character. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|[ \\t]+|.",
            Pattern.DOTALL);

    /** What happened to a row: the same on both sides, changed, only on the left, or only on the right. */
    public enum Kind { SAME, CHANGED, REMOVED, ADDED }

    /** One row of the side-by-side table; a missing side has no line number and empty HTML. */
    public record Row(Kind kind, Integer leftNumber, String leftHtml, Integer rightNumber, String rightHtml) {
        public Kind getKind() {
            return kind;
        }

        public Integer getLeftNumber() {
            return leftNumber;
        }

        public String getLeftHtml() {
            return leftHtml;
        }

        public Integer getRightNumber() {
            return rightNumber;
        }

        public String getRightHtml() {
            return rightHtml;
        }

        public boolean isLeftPresent() {
            return leftNumber != null;
        }

        public boolean isRightPresent() {
            return rightNumber != null;
        }
    }

    /** The rows and how many words went away and came in. */
    public record Result(List<Row> rows, int removedWords, int addedWords) {
        public List<Row> getRows() {
            return rows;
        }

        public int getRemovedWords() {
            return removedWords;
        }

        public int getAddedWords() {
            return addedWords;
        }

        /** True when the texts differ at all. */
        public boolean isChanged() {
            return rows.stream().anyMatch(r -> r.kind() != Kind.SAME);
        }

        /** The number of rows that are not the same on both sides. */
        public long getChangedRows() {
            return rows.stream().filter(r -> r.kind() != Kind.SAME).count();
        }
    }

    /**
     * A stretch of an alignment, in order: items kept on both sides ({@code same}, left and right
     * equal), or the items removed from the left and those added on the right. Starts count from 0.
     */
    public record Block<T>(boolean same, int leftStart, List<T> left, int rightStart, List<T> right) {
    }

    private WordDiff() {
    }

    public static Result compare(String before, String after) {
        Counter counter = new Counter();
        List<Row> rows = new ArrayList<>();
        for (Block<String> block : alignLines(before, after)) {
            List<String> left = block.left();
            List<String> right = block.right();
            if (block.same()) {
                for (int p = 0; p < left.size(); p++) {
                    String html = escape(left.get(p));
                    rows.add(new Row(Kind.SAME, block.leftStart() + p + 1, html, block.rightStart() + p + 1, html));
                }
                continue;
            }
            // a block of changes between two unchanged lines: removed and added lines paired in order
            for (int p = 0; p < Math.max(left.size(), right.size()); p++) {
                int leftNumber = block.leftStart() + p + 1;
                int rightNumber = block.rightStart() + p + 1;
                if (p < left.size() && p < right.size()) {
                    String[] cells = words(left.get(p), right.get(p), counter);
                    rows.add(new Row(Kind.CHANGED, leftNumber, cells[0], rightNumber, cells[1]));
                } else if (p < left.size()) {
                    counter.removed += countWords(left.get(p));
                    rows.add(new Row(Kind.REMOVED, leftNumber, mark("del", left.get(p)), null, ""));
                } else {
                    counter.added += countWords(right.get(p));
                    rows.add(new Row(Kind.ADDED, null, "", rightNumber, mark("ins", right.get(p))));
                }
            }
        }
        return new Result(List.copyOf(rows), counter.removed, counter.added);
    }

    /** The lines of two texts aligned: unchanged stretches and changed ones, in order. */
    public static List<Block<String>> alignLines(String before, String after) {
        return align(lines(before), lines(after));
    }

    private static final class Counter {
        int removed;
        int added;
    }

    /** The alignment of a and b: the stretches they share, and between them what changed. */
    static <T> List<Block<T>> align(List<T> a, List<T> b) {
        List<Block<T>> blocks = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (Run run : sharedRuns(a, b)) {
            if (i < run.left() || j < run.right()) {
                blocks.add(new Block<>(false, i, a.subList(i, run.left()), j, b.subList(j, run.right())));
            }
            i = run.left() + run.length();
            j = run.right() + run.length();
            blocks.add(new Block<>(true, run.left(), a.subList(run.left(), i), run.right(), b.subList(run.right(), j)));
        }
        if (i < a.size() || j < b.size()) {
            blocks.add(new Block<>(false, i, a.subList(i, a.size()), j, b.subList(j, b.size())));
        }
        return blocks;
    }

    /** Items that a and b share, from {@code left} in a and {@code right} in b. */
    private record Run(int left, int right, int length) {
    }

    /**
     * The runs kept by the shortest diff, in order: the common start and end, and between them
     * those that Myers' diff finds, unless that needs more than {@link #MAX_EDITS} edits.
     */
    private static <T> List<Run> sharedRuns(List<T> a, List<T> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Run> runs = new ArrayList<>();
        runs.add(new Run(0, 0, prefix));
        List<T> middleA = a.subList(prefix, a.size() - suffix);
        List<T> middleB = b.subList(prefix, b.size() - suffix);
        if (!middleA.isEmpty() && !middleB.isEmpty()) {
            try {
                for (AbstractDelta<T> delta : DiffUtils.diff(middleA, middleB, new MyersDiff<>(), STOP_AFTER_MAX_EDITS, true)
                        .getDeltas()) {
                    Chunk<T> source = delta.getSource();
                    if (delta.getType() == DeltaType.EQUAL) {
                        runs.add(new Run(prefix + source.getPosition(), prefix + delta.getTarget().getPosition(),
                                source.size()));
                    }
                }
            } catch (TooManyEdits e) {
                // the middle stays one change: all removed, then all added
            }
        }
        runs.add(new Run(a.size() - suffix, b.size() - suffix, suffix));
        runs.removeIf(run -> run.length() == 0);
        return runs;
    }

    /** Myers' diff reports each further edit it considers; this stops it past {@link #MAX_EDITS}. */
    private static final DiffAlgorithmListener STOP_AFTER_MAX_EDITS = new DiffAlgorithmListener() {
        @Override
        public void diffStart() {
        }

        @Override
        public void diffStep(int edits, int max) {
            if (edits > MAX_EDITS) {
                throw new TooManyEdits();
            }
        }

        @Override
        public void diffEnd() {
        }
    };

    private static final class TooManyEdits extends RuntimeException {
        TooManyEdits() {
            super("more than " + MAX_EDITS + " edits", null, false, false);
        }
    }

    /** The two cells of a changed pair of lines, with the changed words marked. */
    private static String[] words(String before, String after, Counter counter) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        boolean[] gone = new boolean[a.size()];
        boolean[] come = new boolean[b.size()];
        for (Block<String> block : align(a, b)) {
            if (!block.same()) {
                Arrays.fill(gone, block.leftStart(), block.leftStart() + block.left().size(), true);
                Arrays.fill(come, block.rightStart(), block.rightStart() + block.right().size(), true);
            }
        }
        counter.removed += countMarkedWords(a, gone);
        counter.added += countMarkedWords(b, come);
        return new String[] {cell("del", a, gone), cell("ins", b, come)};
    }

    /** Escaped text with the marked tokens in one element per run; spaces between two marked words join the run. */
    private static String cell(String tag, List<String> tokens, boolean[] marked) {
        boolean[] shown = marked.clone();
        for (int x = 1; x < tokens.size() - 1; x++) {
            if (!shown[x] && tokens.get(x).isBlank() && marked[x - 1] && nextMarked(marked, tokens, x + 1)) {
                shown[x] = true;
            }
        }
        trimRuns(tokens, shown);
        StringBuilder html = new StringBuilder();
        boolean open = false;
        for (int x = 0; x < tokens.size(); x++) {
            if (shown[x] && !open) {
                html.append('<').append(tag).append('>');
                open = true;
            } else if (!shown[x] && open) {
                html.append("</").append(tag).append('>');
                open = false;
            }
            html.append(escape(tokens.get(x)));
        }
        if (open) {
            html.append("</").append(tag).append('>');
        }
        return html.toString();
    }

    /** A marked run that holds words neither starts nor ends with spaces: "verplicht <ins>voor mij</ins>." */
    private static void trimRuns(List<String> tokens, boolean[] shown) {
        int x = 0;
        while (x < tokens.size()) {
            if (!shown[x]) {
                x++;
                continue;
            }
            int start = x;
            while (x < tokens.size() && shown[x]) {
                x++;
            }
            int end = x;
            boolean words = false;
            for (int y = start; y < end; y++) {
                words |= !tokens.get(y).isBlank();
            }
            if (words) {
                while (tokens.get(start).isBlank()) {
                    shown[start++] = false;
                }
                while (tokens.get(end - 1).isBlank()) {
                    shown[--end] = false;
                }
            }
        }
    }

    private static boolean nextMarked(boolean[] marked, List<String> tokens, int from) {
        for (int x = from; x < tokens.size(); x++) {
            if (!tokens.get(x).isBlank()) {
                return marked[x];
            }
            if (marked[x]) {
                return true;
            }
        }
        return false;
    }

    /** A whole line marked (a line only on one side); an empty line stays empty. */
    private static String mark(String tag, String line) {
        return line.isEmpty() ? "" : "<" + tag + ">" + escape(line) + "</" + tag + ">";
    }

    private static int countMarkedWords(List<String> tokens, boolean[] marked) {
        int count = 0;
        for (int x = 0; x < tokens.size(); x++) {
            if (marked[x] && isWord(tokens.get(x))) {
                count++;
            }
        }
        return count;
    }

    private static int countWords(String line) {
        int count = 0;
        for (String t : tokens(line)) {
            if (isWord(t)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && Character.isLetterOrDigit(token.codePointAt(0));
    }

    static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.split("\\R", -1));
    }

    /** HTML-escapes text for an element's content or an attribute. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int x = 0; x < text.length(); x++) {
            char c = text.charAt(x);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
