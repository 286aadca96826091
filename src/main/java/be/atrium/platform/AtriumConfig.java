package be.atrium.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The settings a deployer gives through environment variables (documented in
 * {@code config/atrium.env.sample}). MicroProfile Config maps {@code atrium.data.dir} to
 * {@code ATRIUM_DATA_DIR} and so on; defaults live in {@code META-INF/microprofile-config.properties}.
 */
@ApplicationScoped
public class AtriumConfig {

    @Inject
    @ConfigProperty(name = "atrium.data.dir", defaultValue = "atrium-data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "atrium.files.dir")
    Optional<String> filesDir;

    @Inject
    @ConfigProperty(name = "atrium.db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "atrium.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "atrium.admin.password")
    Optional<String> adminPassword;

    @Inject
    @ConfigProperty(name = "atrium.admin.token")
    Optional<String> adminToken;

    @Inject
    @ConfigProperty(name = "atrium.password.iterations", defaultValue = "210000")
    int passwordIterations;

    @Inject
    @ConfigProperty(name = "atrium.atria.file")
    Optional<String> atriaFile;

    @Inject
    @ConfigProperty(name = "atrium.login.max-failures", defaultValue = "5")
    int loginMaxFailures;

    @Inject
    @ConfigProperty(name = "atrium.login.lock-minutes", defaultValue = "15")
    int loginLockMinutes;

    @Inject
    @ConfigProperty(name = "atrium.node")
    Optional<String> node;

    @Inject
    @ConfigProperty(name = "atrium.cluster.lease-seconds", defaultValue = "15")
    int clusterLeaseSeconds;

    @Inject
    @ConfigProperty(name = "atrium.outbox.poll-seconds", defaultValue = "5")
    int outboxPollSeconds;

    @Inject
    @ConfigProperty(name = "atrium.search.synonyms", defaultValue = "config/search/synonyms.txt")
    String searchSynonyms;

    @Inject
    @ConfigProperty(name = "atrium.search.indexing", defaultValue = "true")
    boolean searchIndexing;

    @Inject
    @ConfigProperty(name = "atrium.document.max-mb", defaultValue = "50")
    long documentMaxMegabytes;

    /** The largest file of the document library, in bytes (ATRIUM_DOCUMENT_MAX_MB, 50 MB by default). */
    public long documentMaxBytes() {
        return Math.max(1, documentMaxMegabytes) * 1024 * 1024;
    }

    /**
     * Whether this node keeps its search index up to date with what is written (ATRIUM_SEARCH_INDEXING).
     * Off, searches show the index as it was: for a bulk move-in on a node nobody uses yet.
     */
    public boolean searchIndexing() {
        return searchIndexing;
    }

    /** The editable synonyms and abbreviations of the search (re-read when it changes). */
    public Path searchSynonyms() {
        return Path.of(searchSynonyms).toAbsolutePath().normalize();
    }

    /** This node's name (ATRIUM_NODE), the host name by default: keys per-node state such as outbox cursors. */
    public String node() {
        return node.filter(n -> !n.isBlank()).map(String::strip).orElseGet(() -> {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "atrium";
            }
        });
    }

    /**
     * How long the node doing the background work holds its lease (ATRIUM_CLUSTER_LEASE_SECONDS):
     * when it dies, another node takes the work over after at most this long.
     */
    public int clusterLeaseSeconds() {
        return clusterLeaseSeconds;
    }

    /** How often outbox consumers look for events besides the nudge after each commit. */
    public int outboxPollSeconds() {
        return outboxPollSeconds;
    }

    public Path dataDir() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    /**
     * The folder of stored files (ATRIUM_FILES_DIR): {@code <data dir>/files} unless given, e.g. a
     * volume that several nodes share. With an S3 bucket it is this node's cache of the bucket.
     */
    public Path filesDir() {
        return filesDir.filter(s -> !s.isBlank()).map(s -> Path.of(s.strip()).toAbsolutePath().normalize())
                .orElseGet(() -> dataDir().resolve("files"));
    }

    /** The database URL without credentials, for log lines. */
    public String databaseUrl() {
        return databaseUrl;
    }

    public boolean demo() {
        return demo;
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(s -> !s.isBlank());
    }

    public Optional<String> adminToken() {
        return adminToken.filter(s -> !s.isBlank());
    }

    public int passwordIterations() {
        return passwordIterations;
    }

    /** An administrator's own Atria configuration replacing the shipped sample, if given. */
    public Optional<Path> atriaFile() {
        return atriaFile.filter(s -> !s.isBlank()).map(Path::of);
    }

    public int loginMaxFailures() {
        return loginMaxFailures;
    }

    public int loginLockMinutes() {
        return loginLockMinutes;
    }
}
