package be.atrium.wiki;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side-by-side comparison of two texts, as a wiki reader expects it: the lines are aligned
 * (longest common subsequence of lines), and inside a changed pair of lines the words that went
 * away are marked in the left column and the words that came in are marked in the right one
 * (longest common subsequence of words). Unchanged lines stay side by side. The HTML of each cell
 * is escaped text with only {@code <del>} and {@code <ins>} added, so it can be shown as is.
 */
public final class WordDiff {

    /** Above this many cells (lines × lines, or words × words) a part is shown as all removed, then all added. */
    static final long MAX_CELLS = 4_000_000L;

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

    private WordDiff() {
    }

    public static Result compare(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        Counter counter = new Counter();
        List<Row> rows = new ArrayList<>();
        List<Op> ops = align(a, b, MAX_CELLS);
        int i = 0;
        int j = 0;
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k) == Op.SAME) {
                String html = escape(a.get(i));
                rows.add(new Row(Kind.SAME, i + 1, html, j + 1, html));
                i++;
                j++;
                k++;
                continue;
            }
            // a block of changes between two unchanged lines: removed and added lines paired in order
            List<Integer> removed = new ArrayList<>();
            List<Integer> added = new ArrayList<>();
            while (k < ops.size() && ops.get(k) != Op.SAME) {
                if (ops.get(k) == Op.REMOVED) {
                    removed.add(i++);
                } else {
                    added.add(j++);
                }
                k++;
            }
            int pairs = Math.min(removed.size(), added.size());
            for (int p = 0; p < Math.max(removed.size(), added.size()); p++) {
                if (p < pairs) {
                    int li = removed.get(p);
                    int ri = added.get(p);
                    String[] cells = words(a.get(li), b.get(ri), counter);
                    rows.add(new Row(Kind.CHANGED, li + 1, cells[0], ri + 1, cells[1]));
                } else if (p < removed.size()) {
                    int li = removed.get(p);
                    counter.removed += countWords(a.get(li));
                    rows.add(new Row(Kind.REMOVED, li + 1, mark("del", a.get(li)), null, ""));
                } else {
                    int ri = added.get(p);
                    counter.added += countWords(b.get(ri));
                    rows.add(new Row(Kind.ADDED, null, "", ri + 1, mark("ins", b.get(ri))));
                }
            }
        }
        return new Result(List.copyOf(rows), counter.removed, counter.added);
    }

    private enum Op { SAME, REMOVED, ADDED }

    private static final class Counter {
        int removed;
        int added;
    }

    /** The edit script from a to b: common prefix and suffix first, the middle by LCS (bounded). */
    private static <T> List<Op> align(List<T> a, List<T> b, long maxCells) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>(a.size() + b.size());
        for (int x = 0; x < prefix; x++) {
            ops.add(Op.SAME);
        }
        List<T> ma = a.subList(prefix, a.size() - suffix);
        List<T> mb = b.subList(prefix, b.size() - suffix);
        int n = ma.size();
        int m = mb.size();
        if ((long) n * m > maxCells) {
            for (int x = 0; x < n; x++) {
                ops.add(Op.REMOVED);
            }
            for (int x = 0; x < m; x++) {
                ops.add(Op.ADDED);
            }
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int x = n - 1; x >= 0; x--) {
                for (int y = m - 1; y >= 0; y--) {
                    lcs[x][y] = ma.get(x).equals(mb.get(y)) ? lcs[x + 1][y + 1] + 1
                            : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
                }
            }
            int x = 0;
            int y = 0;
            while (x < n && y < m) {
                if (ma.get(x).equals(mb.get(y))) {
                    ops.add(Op.SAME);
                    x++;
                    y++;
                } else if (lcs[x + 1][y] >= lcs[x][y + 1]) {
                    ops.add(Op.REMOVED);
                    x++;
                } else {
                    ops.add(Op.ADDED);
                    y++;
                }
            }
            for (; x < n; x++) {
                ops.add(Op.REMOVED);
            }
            for (; y < m; y++) {
                ops.add(Op.ADDED);
            }
        }
        for (int x = 0; x < suffix; x++) {
            ops.add(Op.SAME);
        }
        return ops;
    }

    /** The two cells of a changed pair of lines, with the changed words marked. */
    private static String[] words(String before, String after, Counter counter) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        List<Op> ops = align(a, b, MAX_CELLS);
        boolean[] gone = new boolean[a.size()];
        boolean[] come = new boolean[b.size()];
        int i = 0;
        int j = 0;
        for (Op op : ops) {
            switch (op) {
                case SAME -> {
                    i++;
                    j++;
                }
                case REMOVED -> gone[i++] = true;
                case ADDED -> come[j++] = true;
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
