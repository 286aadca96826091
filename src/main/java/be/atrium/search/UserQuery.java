package be.atrium.search;

import java.util.ArrayList;
import java.util.List;

/**
 * What someone typed in the search box, read the way a non-expert means it: words (all
 * preferred, any accepted), {@code "phrases"}, {@code -excluded} words or phrases, and
 * {@code OR} between alternatives. Anything else ({@code *}, {@code :}, {@code \}, an
 * unbalanced quote, brackets) is text, never an error; a very long query is cut at
 * {@value #MAX_CHARS} characters and {@value #MAX_CLAUSES} words.
 */
public record UserQuery(List<Group> groups, List<String> excluded, String text) {

    public static final int MAX_CHARS = 400;
    /** Characters of query languages a non-expert does not mean: they separate words. */
    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[:\\\\*()\\[\\]{}^~/!?+]+");
    public static final int MAX_CLAUSES = 24;

    /** Words and phrases that go together; groups are alternatives ({@code OR}). */
    public record Group(List<String> words, List<String> phrases) {
        public boolean isEmpty() {
            return words.isEmpty() && phrases.isEmpty();
        }
    }

    public boolean isEmpty() {
        return groups.stream().allMatch(Group::isEmpty);
    }

    /** Every word and phrase of every group, in order. */
    public List<String> allWords() {
        List<String> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.words()));
        return all;
    }

    public static UserQuery parse(String input) {
        String q = input == null ? "" : input.strip();
        if (q.length() > MAX_CHARS) {
            q = q.substring(0, MAX_CHARS);
        }
        List<Group> groups = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        int clauses = 0;
        int i = 0;
        while (i < q.length() && clauses < MAX_CLAUSES) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = c == '-' && i + 1 < q.length() && !Character.isWhitespace(q.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(q.charAt(i - 1)));
            int start = negated ? i + 1 : i;
            String token;
            boolean phrase = false;
            if (start < q.length() && q.charAt(start) == '"') {
                int end = q.indexOf('"', start + 1);
                if (end > start) {
                    token = q.substring(start + 1, end);
                    phrase = true;
                    i = end + 1;
                } else {
                    token = q.substring(start + 1); // an unbalanced quote: the rest is words
                    i = q.length();
                    for (String w : token.split("\\s+")) {
                        if (!w.isBlank() && clauses < MAX_CLAUSES) {
                            (negated ? excluded : words).add(w);
                            clauses++;
                        }
                    }
                    continue;
                }
            } else {
                int end = start;
                while (end < q.length() && !Character.isWhitespace(q.charAt(end))) {
                    end++;
                }
                token = q.substring(start, end);
                i = end;
            }
            if (token.isBlank()) {
                continue;
            }
            if (!negated && !phrase && token.equals("OR")) {
                if (!words.isEmpty() || !phrases.isEmpty()) {
                    groups.add(new Group(List.copyOf(words), List.copyOf(phrases)));
                    words.clear();
                    phrases.clear();
                }
                continue;
            }
            if (phrase) {
                (negated ? excluded : phrases).add(token);
                clauses++;
                continue;
            }
            for (String word : SEPARATORS.split(token)) {
                if (!word.isBlank() && clauses < MAX_CLAUSES) {
                    (negated ? excluded : words).add(word);
                    clauses++;
                }
            }
        }
        if (!words.isEmpty() || !phrases.isEmpty() || groups.isEmpty()) {
            groups.add(new Group(List.copyOf(words), List.copyOf(phrases)));
        }
        return new UserQuery(List.copyOf(groups), List.copyOf(excluded), q);
    }
}
