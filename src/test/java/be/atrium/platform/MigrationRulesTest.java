package be.atrium.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rolling upgrades (README, "Schema migrations"): while the nodes of a cluster are upgraded one by
 * one, the previous version runs on the migrated schema. So a migration only adds (tables, nullable
 * columns or columns with a default, indexes); what would break the previous version (dropping or
 * renaming a table or column, redefining a column, a new NOT NULL column without a default) waits for
 * a later release, in a migration named {@code V<time>__contract_<what>.sql} that says so. Migrations
 * from before clustering (up to {@value #CLUSTERED_SINCE}) are as they were installed.
 */
class MigrationRulesTest {

    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "src/main/resources/db/migration");
    /** The first migration written for a cluster; older ones ran on a single node and stay as installed. */
    static final long CLUSTERED_SINCE = 202612070316L;
    private static final Pattern VERSION = Pattern.compile("V([0-9]+)__(.+)\\.sql");
    private static final List<Pattern> BREAKING = List.of(
            Pattern.compile("\\bDROP\\s+(TABLE|COLUMN|VIEW)\\b"),
            Pattern.compile("\\bALTER\\s+TABLE\\s+\\S+\\s+DROP\\s+(?!INDEX|KEY|FOREIGN|CONSTRAINT|CHECK)\\w+"),
            Pattern.compile("\\bRENAME\\s+(TABLE|COLUMN|TO)\\b"),
            Pattern.compile("\\bCHANGE\\s+(COLUMN\\s+)?\\w+\\s+\\w+"),
            Pattern.compile("\\bMODIFY\\s+(COLUMN\\s+)?\\w+"),
            Pattern.compile("\\bTRUNCATE\\b"));
    /** A column added to a table: its definition up to the next comma. */
    private static final Pattern ADDED_COLUMN = Pattern.compile(
            "\\bADD\\s+(?:COLUMN\\s+)?(?!INDEX\\b|KEY\\b|UNIQUE\\b|CONSTRAINT\\b|FOREIGN\\b|PRIMARY\\b)\\w+\\s+([^,]*)");

    @Test
    void newMigrationsOnlyAddOrSayThatTheyContract() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(FOLDER)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.stream().anyMatch(f -> f.getFileName().toString().contains("cluster_lease")),
                "the real migrations are read from " + FOLDER.toAbsolutePath());
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Matcher name = VERSION.matcher(file.getFileName().toString());
            if (name.matches() && Long.parseLong(name.group(1)) >= CLUSTERED_SINCE && !name.group(2).startsWith("contract_")) {
                breaking(Files.readString(file)).forEach(s -> problems.add(file.getFileName() + ": " + s));
            }
        }
        assertEquals(List.of(), problems, "a migration that breaks the running version belongs in a later "
                + "V<time>__contract_<what>.sql (README, Schema migrations)");
    }

    @Test
    void theCheckTellsAddingFromBreaking() {
        assertEquals(List.of(), breaking("""
                -- a new table, a column with a default, a nullable one, an index; dropping an index is harmless
                CREATE TABLE cluster_lease (name VARCHAR(100) NOT NULL, holder VARCHAR(200) NOT NULL, PRIMARY KEY (name));
                ALTER TABLE post ADD COLUMN merged_from BIGINT NULL, ADD COLUMN helpful INT NOT NULL DEFAULT 0;
                ALTER TABLE post ADD INDEX ix_post_author (author_id);
                ALTER TABLE post DROP INDEX ix_old;
                UPDATE post SET helpful = 0 WHERE helpful IS NULL;
                """));
        assertEquals(7, breaking("""
                ALTER TABLE post DROP COLUMN body_html;
                DROP TABLE wiki_link;
                ALTER TABLE account RENAME COLUMN email TO mail;
                ALTER TABLE account CHANGE email mail VARCHAR(200);
                ALTER TABLE account MODIFY email VARCHAR(100) NOT NULL;
                ALTER TABLE post ADD COLUMN language CHAR(2) NOT NULL;
                TRUNCATE outbox_event;
                """).size());
    }

    /** A NOT NULL column without a default: the running version's inserts, which do not name it, would fail. */
    private static boolean addsRequiredColumn(String statement) {
        if (!statement.startsWith("ALTER TABLE")) {
            return false;
        }
        Matcher column = ADDED_COLUMN.matcher(statement);
        while (column.find()) {
            String definition = column.group(1);
            if (definition.matches(".*\\bNOT\\s+NULL\\b.*") && !definition.matches(".*\\b(DEFAULT|AUTO_INCREMENT)\\b.*")) {
                return true;
            }
        }
        return false;
    }

    /** The statements of a migration that would break the version running before it. */
    static List<String> breaking(String sql) {
        String code = sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
        List<String> found = new ArrayList<>();
        for (String statement : code.split(";")) {
            String s = statement.strip().replaceAll("\\s+", " ");
            String upper = s.toUpperCase();
            if (BREAKING.stream().anyMatch(p -> p.matcher(upper).find()) || addsRequiredColumn(upper)) {
                found.add(s);
            }
        }
        return found;
    }
}
