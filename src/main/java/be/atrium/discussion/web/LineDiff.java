package be.atrium.discussion.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A line diff between two versions of a text (longest common subsequence), for the history of
 * a post: which lines were removed and which were added. The lines are plain text; the page
 * escapes them.
 */
public final class LineDiff {

    /** Above this many cells the middle part is shown as all removed, then all added. */
    static final long MAX_CELLS = 4_000_000L;

    public enum Kind { SAME, ADDED, REMOVED }

    /** One line of the diff. */
    public static final class Line {
        private final Kind kind;
        private final String text;

        Line(Kind kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        public Kind getKind() {
            return kind;
        }

        public String getText() {
            return text;
        }

        /** The sign shown before the line, so the change is not told by colour alone. */
        public String getSign() {
            return switch (kind) {
                case ADDED -> "+";
                case REMOVED -> "−";
                default -> " ";
            };
        }

        @Override
        public String toString() {
            return getSign() + text;
        }
    }

    private LineDiff() {
    }

    public static List<Line> diff(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Line> result = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            result.add(new Line(Kind.SAME, a.get(i)));
        }
        result.addAll(middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
        for (int i = a.size() - suffix; i < a.size(); i++) {
            result.add(new Line(Kind.SAME, a.get(i)));
        }
        return result;
    }

    /** True when the two texts differ in at least one line. */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.getKind() != Kind.SAME);
    }

    private static List<Line> middle(List<String> a, List<String> b) {
        List<Line> out = new ArrayList<>();
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            a.forEach(l -> out.add(new Line(Kind.REMOVED, l)));
            b.forEach(l -> out.add(new Line(Kind.ADDED, l)));
            return out;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                out.add(new Line(Kind.SAME, a.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Kind.REMOVED, a.get(i++)));
            } else {
                out.add(new Line(Kind.ADDED, b.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line(Kind.REMOVED, a.get(i++)));
        }
        while (j < m) {
            out.add(new Line(Kind.ADDED, b.get(j++)));
        }
        return out;
    }

    static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return Collections.emptyList();
        }
        return List.of(text.split("\\R", -1));
    }
}
