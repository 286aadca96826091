import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Benchmark data: bulk-inserts threads and posts straight into MariaDB with multi-row INSERTs
 * (about a minute for 20,000 threads and 200,000 posts). Not part of the build; run it with the
 * MariaDB driver on the class path (see README.md):
 *
 *   java -cp mariadb-java-client.jar BenchData.java JDBC_URL USER PASSWORD BOARD_SLUG [THREADS] [POSTS]
 *
 * The board must exist (import one question with "atrium": "benchmark" first). The first 100
 * threads get 300 replies each (for the 100-post thread page); the rest share the other posts.
 */
public class BenchData {

    static final int ROWS = 1000;
    static final String WORDS = "omgevingsvergunning ruimtelijk uitvoeringsplan verkaveling zonevreemd gewestplan "
            + "hemelwater put rooilijn bouwshift openbaar onderzoek advies gemeente provincie beroep termijn "
            + "stedenbouwkundige voorschriften regularisatie carport woning agrarisch gebied basisrechten";

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        String password = args[2];
        String slug = args[3];
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 20_000;
        int posts = args.length > 5 ? Integer.parseInt(args[5]) : 200_000;
        Random random = new Random(42);
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?")
                + "rewriteBatchedStatements=true", user, password)) {
            c.setAutoCommit(false);
            long board = single(c, "SELECT id FROM board WHERE slug = '" + slug.replace("'", "") + "'");
            List<Long> authors = ids(c, "SELECT id FROM account ORDER BY id");
            int big = Math.min(100, threads);
            int bigReplies = 300;
            int rest = posts - threads - big * bigReplies;
            int perThread = Math.max(0, rest / Math.max(1, threads - big));
            int extra = Math.max(0, rest - perThread * (threads - big));
            int[] replies = new int[threads];
            for (int i = 0; i < threads; i++) {
                replies[i] = i < big ? bigReplies : perThread + (i - big < extra ? 1 : 0);
            }
            Instant base = Instant.parse("2023-01-01T08:00:00Z");
            // threads
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Instant created = base.plusSeconds(i * 3000L);
                Instant last = created.plusSeconds(replies[i] * 600L);
                long author = authors.get(i % authors.size());
                rows.add(new Object[] {board, "QUESTION", "Bench " + i + " " + words(random, 6), author,
                        replies[i], Timestamp.from(created), Timestamp.from(last),
                        authors.get((i + 7) % authors.size())});
                if (rows.size() == ROWS || i == threads - 1) {
                    insert(c, "discussion_thread (board_id, kind, title, author_id, reply_count, created_at, "
                            + "last_activity_at, last_poster_id)", 8, rows);
                }
            }
            List<Long> threadIds = ids(c, "SELECT id FROM discussion_thread WHERE board_id = " + board
                    + " AND title LIKE 'Bench %' ORDER BY id");
            threadIds = threadIds.subList(threadIds.size() - threads, threadIds.size());
            // tags
            for (int i = 0; i < threads; i++) {
                rows.add(new Object[] {threadIds.get(i), "bench-" + (i % 40)});
                if (rows.size() == ROWS || i == threads - 1) {
                    insert(c, "thread_tag (thread_id, tag)", 2, rows);
                }
            }
            // posts
            long count = 0;
            for (int i = 0; i < threads; i++) {
                Instant created = base.plusSeconds(i * 3000L);
                for (int r = 0; r <= replies[i]; r++) {
                    String body = words(random, 40);
                    rows.add(new Object[] {threadIds.get(i), authors.get((i + r) % authors.size()), r == 0, body,
                            "<p>" + body + "</p>", Timestamp.from(created.plusSeconds(r * 600L))});
                    count++;
                    if (rows.size() == ROWS) {
                        insert(c, "post (thread_id, author_id, opening, body, body_html, created_at)", 6, rows);
                    }
                }
                if (i % 2000 == 0) {
                    System.out.printf("%d threads, %d posts, %.1f s%n", i, count, (System.nanoTime() - start) / 1e9);
                }
            }
            insert(c, "post (thread_id, author_id, opening, body, body_html, created_at)", 6, rows);
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE discussion_thread, post, thread_tag");
            }
            c.commit();
            System.out.printf("board %s: %d threads, %d posts (largest thread id %d with %d replies) in %.1f s%n",
                    slug, threads, count, threadIds.get(0), replies[0], (System.nanoTime() - start) / 1e9);
        }
    }

    static void insert(Connection c, String table, int columns, List<Object[]> rows) throws Exception {
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
        String one = "(" + "?,".repeat(columns - 1) + "?)";
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ",").append(one);
        }
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int p = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    ps.setObject(p++, value);
                }
            }
            ps.executeUpdate();
        }
        c.commit();
        rows.clear();
    }

    static String words(Random random, int n) {
        String[] w = WORDS.split(" ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : " ").append(w[random.nextInt(w.length)]);
        }
        return sb.toString();
    }

    static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("nothing for: " + sql);
            }
            return rs.getLong(1);
        }
    }

    static List<Long> ids(Connection c, String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
