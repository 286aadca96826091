package be.atrium.content;

import be.atrium.platform.DomainException;
import be.atrium.platform.PayloadTooLargeException;
import be.atrium.platform.StorageUnavailableException;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored files in an S3 bucket, against a real S3 server in this JVM (S3Proxy, in memory, on a free
 * loopback port): two store instances with caches of their own are two nodes. What one node
 * stored the other reads, the same bytes are one object, a refused upload leaves nothing in the
 * bucket, a damaged object is never handed out, the sweep keeps what is referred to or recent
 * across nodes, and a bucket that does not answer says so.
 */
class S3FileStoreTest {

    private static final String ACCESS_KEY = "atrium-test";
    private static final String SECRET_KEY = "atrium-test-secret";

    private static BlobStoreContext context;
    private static S3Proxy proxy;
    private static URI endpoint;
    private static S3Client raw;

    @TempDir
    Path cacheA;
    @TempDir
    Path cacheB;

    private String bucket;
    private final List<AttachmentStore> nodes = new ArrayList<>();

    @BeforeAll
    static void startS3() throws Exception {
        context = ContextBuilder.newBuilder("transient").credentials("unused", "unused").build(BlobStoreContext.class);
        proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        proxy.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> "STARTED".equals(proxy.getState()));
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        raw = S3Client.builder().endpointOverride(endpoint).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stopS3() throws Exception {
        if (raw != null) {
            raw.close();
        }
        if (proxy != null) {
            proxy.stop();
        }
        if (context != null) {
            context.close();
        }
    }

    @BeforeEach
    void freshBucket() {
        bucket = "atrium-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(AttachmentStore::close);
    }

    @Test
    void whatOneNodeStoredAnotherNodeReadsFromTheBucket() throws IOException {
        AttachmentStore a = node(cacheA);
        byte[] text = text("Verslag");

        AttachmentStore.Stored stored = a.save(new ByteArrayInputStream(text), 1024);

        assertEquals(List.of(stored.key()), keys(), "in the bucket when save returns");
        AttachmentStore b = node(cacheB);
        assertFalse(Files.exists(cacheB.resolve(stored.key())), "node B has no copy yet");
        Path read = b.verified(stored.key(), stored.sha256());
        assertTrue(read.startsWith(cacheB), "read from node B's own cache");
        assertArrayEquals(text, Files.readAllBytes(read));
        assertEquals(read, b.verified(stored.key(), stored.sha256()), "read again: the cached copy");
        assertEquals(List.of(), tmpFiles(cacheA), "no temporary file left on node A");
        assertEquals(List.of(), tmpFiles(cacheB), "no temporary file left on node B");
    }

    @Test
    void theSameBytesStoredTwiceFromTwoNodesAreOneObject() {
        byte[] text = text("Tweemaal");
        AttachmentStore.Stored first = node(cacheA).save(new ByteArrayInputStream(text), 1024);
        AttachmentStore.Stored second = node(cacheB).save(new ByteArrayInputStream(text), 1024);

        assertEquals(first.key(), second.key());
        assertEquals(List.of(first.key()), keys());
    }

    @Test
    void aRefusedUploadLeavesNothingInTheBucket() throws IOException {
        AttachmentStore a = node(cacheA);
        a.save(new ByteArrayInputStream(text("Bestaat")), 1024); // makes the bucket and one object

        assertThrows(PayloadTooLargeException.class, () -> a.save(new ByteArrayInputStream(new byte[2048]), 1024));
        DomainException empty = assertThrows(DomainException.class, () -> a.save(new ByteArrayInputStream(new byte[0]), 1024));
        assertEquals("attachment.empty", empty.code());
        DomainException program = assertThrows(DomainException.class,
                () -> a.save(new ByteArrayInputStream(new byte[] {'M', 'Z', (byte) 0x90, 0, 3}), 1024));
        assertEquals("attachment.type.notAllowed", program.code());

        assertEquals(1, keys().size(), "only the upload that was taken");
        assertEquals(List.of(), tmpFiles(cacheA), "and no temporary file");
    }

    @Test
    void anObjectChangedBehindTheStoresBackIsNeverHandedOut() throws IOException {
        AttachmentStore.Stored stored = node(cacheA).save(new ByteArrayInputStream(text("Origineel")), 1024);
        raw.putObject(b -> b.bucket(bucket).key(stored.key()), RequestBody.fromBytes(text("Vervalst")));

        AttachmentStore b = node(cacheB);
        assertThrows(AttachmentStore.StoredFileDamagedException.class, () -> b.verified(stored.key(), stored.sha256()));
        assertFalse(Files.exists(cacheB.resolve(stored.key())), "the damaged bytes are not kept in node B's cache");
        assertEquals(List.of(), tmpFiles(cacheB));

        raw.deleteObject(x -> x.bucket(bucket).key(stored.key()));
        assertThrows(AttachmentStore.StoredFileDamagedException.class, () -> b.verified(stored.key(), stored.sha256()),
                "gone from the bucket");
    }

    @Test
    void theSweepRemovesUnreferencedOldObjectsAndKeepsReferencedTouchedAndRecentOnes() throws IOException {
        AttachmentStore a = node(cacheA);
        AttachmentStore b = node(cacheB);
        AttachmentStore.Stored referred = a.save(new ByteArrayInputStream(text("Gebruikt")), 1024);
        AttachmentStore.Stored orphan = a.save(new ByteArrayInputStream(text("Wees")), 1024);
        AttachmentStore.Stored kept = a.save(new ByteArrayInputStream(text("Formulier")), 1024);
        Instant stored = lastModified(kept.key());
        // the grace period ends after these were stored (S3 keeps whole seconds): wait for the next second
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(stored));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS).isAfter(before));
        assertTrue(b.touch(kept.key()), "node B keeps a form's upload: touched in the bucket");
        AttachmentStore.Stored recent = b.save(new ByteArrayInputStream(text("Onderweg")), 1024);
        assertFalse(b.touch("ab/" + "ab".repeat(32)), "a key that is not stored is not touched");

        AttachmentSweep sweep = new AttachmentSweep();
        sweep.store = a;
        Set<String> rows = Set.of(referred.key());
        int removed = sweep.sweep(before, keys -> new HashSet<>(keys.stream().filter(rows::contains).toList()));

        assertEquals(1, removed);
        assertEquals(Set.of(referred.key(), kept.key(), recent.key()), new HashSet<>(keys()));
        assertFalse(Files.exists(cacheA.resolve(orphan.key())), "node A's copy of the removed object is gone too");
    }

    @Test
    void theSweepTrimsCopiesNotFetchedForAWhileAndTheyAreFetchedAgain() throws IOException {
        AttachmentStore.Stored stored = node(cacheA).save(new ByteArrayInputStream(text("Cache")), 1024);
        AttachmentStore b = node(cacheB);
        Path copy = b.verified(stored.key(), stored.sha256());
        Files.setLastModifiedTime(copy, FileTime.from(Instant.now().minus(AttachmentSweep.CACHE_KEPT).minus(Duration.ofDays(1))));

        AttachmentSweep sweep = new AttachmentSweep();
        sweep.store = b;
        assertEquals(0, sweep.sweep(Instant.now().minus(AttachmentSweep.GRACE), keys -> new HashSet<>(keys)));

        assertFalse(Files.exists(copy), "the old copy left node B's cache");
        assertEquals(List.of(stored.key()), keys(), "the object stays in the bucket");
        assertArrayEquals(text("Cache"), Files.readAllBytes(b.verified(stored.key(), stored.sha256())));
    }

    @Test
    void aBucketThatDoesNotAnswerSaysSoAndKeepsNothing() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closed);
        AttachmentStore a = new AttachmentStore(new S3FileStore(
                new S3FileStore.Settings(nowhere, bucket, "us-east-1", ACCESS_KEY, SECRET_KEY), cacheA));
        nodes.add(a);

        StorageUnavailableException e = assertThrows(StorageUnavailableException.class,
                () -> a.save(new ByteArrayInputStream(text("Weg")), 1024));
        assertTrue(e.getMessage().contains(bucket) && e.getMessage().contains(nowhere.toString()),
                "names the bucket and where: " + e.getMessage());
        assertEquals(List.of(), tmpFiles(cacheA), "no temporary file left");
        assertThrows(StorageUnavailableException.class, () -> a.verified("ab/" + "ab".repeat(32), "ab".repeat(32)));
        assertFalse(a.isUsable(), "readiness says DOWN");
        assertTrue(node(cacheB).isUsable(), "while a node on the answering bucket is ready");
    }

    /** A node: its own cache folder, the shared bucket. */
    private AttachmentStore node(Path cache) {
        S3FileStore s3 = new S3FileStore(new S3FileStore.Settings(endpoint, bucket, "us-east-1", ACCESS_KEY, SECRET_KEY),
                cache);
        s3.createBucketIfMissing();
        AttachmentStore store = new AttachmentStore(s3);
        nodes.add(store);
        return store;
    }

    private List<String> keys() {
        return raw.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream().map(S3Object::key).sorted().toList();
    }

    private Instant lastModified(String key) {
        return raw.headObject(b -> b.bucket(bucket).key(key)).lastModified();
    }

    private static List<Path> tmpFiles(Path cache) throws IOException {
        Path tmp = cache.resolve("tmp");
        if (!Files.exists(tmp)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(tmp)) {
            return files.toList();
        }
    }

    private static byte[] text(String word) {
        return (word + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
