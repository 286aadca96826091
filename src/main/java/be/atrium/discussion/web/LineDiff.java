package be.atrium.discussion.web;

import be.atrium.content.WordDiff;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff between two versions of a text, for the history of a post: which lines were removed
 * and which were added, on the wiki's line alignment ({@link WordDiff#alignLines}); where lines
 * changed, the removed ones come first. The lines are plain text; the page escapes them.
 */
public final class LineDiff {

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
        List<Line> result = new ArrayList<>();
        for (WordDiff.Block<String> block : WordDiff.alignLines(before, after)) {
            if (block.same()) {
                block.left().forEach(l -> result.add(new Line(Kind.SAME, l)));
            } else {
                block.left().forEach(l -> result.add(new Line(Kind.REMOVED, l)));
                block.right().forEach(l -> result.add(new Line(Kind.ADDED, l)));
            }
        }
        return result;
    }

    /** True when the two texts differ in at least one line. */
    public static boolean changed(List<Line> diff) {
        return diff.stream().anyMatch(l -> l.getKind() != Kind.SAME);
    }
}
