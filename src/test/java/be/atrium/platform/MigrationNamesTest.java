package be.atrium.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Migrations written on parallel branches must never collide: every new one is named
 * {@code V<yyyyMMddHHmm>__<description>.sql} with the UTC time of writing, and Flyway runs one
 * merged late with an older time out of order (see README, "Schema migrations"). V1..V11 came
 * before the scheme and keep their numbers, because installed databases have them.
 */
class MigrationNamesTest {

    private static final Path FOLDER = Path.of(System.getProperty("basedir", "."), "src/main/resources/db/migration");
    private static final Pattern NAME = Pattern.compile("V([0-9]+)__[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*\\.sql");
    private static final Pattern LEGACY = Pattern.compile("[1-9]|1[01]");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmm").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDateTime FIRST_STAMP = LocalDateTime.of(2026, 1, 1, 0, 0);

    @Test
    void everyMigrationFollowsTheScheme() throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.walk(FOLDER)) {
            names = files.filter(Files::isRegularFile).map(f -> FOLDER.relativize(f).toString()).sorted().toList();
        }
        assertTrue(names.contains("V1__network_and_identity.sql"), "the real migrations are read from " + FOLDER.toAbsolutePath());

        assertEquals(List.of(), problems(names, Instant.now()));
    }

    @Test
    void theCheckAcceptsLegacyVersionsAndUtcTimesOfWriting() {
        Instant now = Instant.parse("2026-12-06T13:00:59Z");

        assertEquals(List.of(), problems(List.of("V1__network_and_identity.sql", "V11__practice.sql",
                "V202601010000__first_minute_of_2026.sql", "V202612061300__written_this_minute.sql",
                "V202602281200__end_of_february.sql", "V202606150930__Wiki_Links_v2.sql"), now));
    }

    @Test
    void theCheckRejectsNamesOutsideTheScheme() {
        Instant now = Instant.parse("2026-12-06T13:00:00Z");
        for (String name : List.of("V12__a_plain_number_after_the_legacy_ones.sql", "V0__zero.sql", "V05__leading_zero.sql",
                "V2026120613__ten_digits.sql", "V20261206130000__seconds.sql", "V202612061300_one_underscore.sql",
                "V202612061300__.sql", "V202612061300__two__parts.sql", "V202612061300__with-dash.sql",
                "V202612061300__with space.sql", "V202612061300__upper_case_suffix.SQL", "V1.1__dotted_version.sql",
                "R__repeatable.sql", "U202612061300__undo.sql", "B202612061300__baseline.sql", "README.md",
                "sub/V202612061300__in_a_sub_folder.sql")) {
            assertEquals(1, problems(List.of(name), now).size(), name);
        }
    }

    @Test
    void theCheckRejectsTwoMigrationsWithOneVersion() {
        Instant now = Instant.parse("2026-12-06T13:00:00Z");

        List<String> problems = problems(List.of("V202612061200__mine.sql", "V202612061200__yours.sql", "V7__grants.sql"), now);

        assertEquals(List.of("version 202612061200 is used by more than one migration: [V202612061200__mine.sql, V202612061200__yours.sql]"), problems);
    }

    @Test
    void theCheckRejectsImplausibleTimes() {
        Instant now = Instant.parse("2026-12-06T13:00:59Z");
        for (String name : List.of("V202512312359__before_the_scheme.sql", "V202612061301__next_minute.sql",
                "V202712061300__next_year.sql", "V202613011200__month_13.sql", "V202602291200__no_29_february.sql",
                "V202612062460__minute_60.sql")) {
            assertEquals(1, problems(List.of(name), now).size(), name);
        }
    }

    /** What is wrong with these migration file names (paths relative to the folder), as readable lines. */
    static List<String> problems(Collection<String> names, Instant now) {
        LocalDateTime latest = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        List<String> problems = new ArrayList<>();
        Map<BigInteger, List<String>> byVersion = new HashMap<>();
        for (String name : names) {
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                problems.add(name + ": not V<yyyyMMddHHmm>__<words_with_single_underscores>.sql");
                continue;
            }
            String version = m.group(1);
            byVersion.computeIfAbsent(new BigInteger(version), v -> new ArrayList<>()).add(name);
            if (LEGACY.matcher(version).matches()) {
                continue;
            }
            if (version.length() != 12) {
                problems.add(name + ": only V1..V11 may go without a UTC time of writing (yyyyMMddHHmm)");
                continue;
            }
            try {
                LocalDateTime written = LocalDateTime.parse(version, STAMP);
                if (written.isBefore(FIRST_STAMP)) {
                    problems.add(name + ": written before 2026, before the scheme existed");
                } else if (written.isAfter(latest)) {
                    problems.add(name + ": written in the future (" + written + " UTC is after now, " + latest.withSecond(0).withNano(0) + " UTC)");
                }
            } catch (DateTimeParseException e) {
                problems.add(name + ": " + version + " is no time yyyyMMddHHmm");
            }
        }
        byVersion.entrySet().stream().filter(e -> e.getValue().size() > 1).sorted(Map.Entry.comparingByKey())
                .forEach(e -> problems.add("version " + e.getKey() + " is used by more than one migration: " + e.getValue().stream().sorted().toList()));
        return problems;
    }
}
