package be.atrium.content;

import be.atrium.platform.StorageUnavailableException;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CreateBucketConfiguration;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Stored files in an S3-compatible bucket (MinIO, AWS S3, …) under their key, with this node's
 * folder as a cache of what it read. An upload is in the bucket before it is acknowledged (a PUT
 * is whole or absent: never half an object), so any node can read it; a node that lacks a file
 * downloads it into its cache through a temporary file and an atomic move, and keeps it only when
 * its SHA-256 is right. The sweep's grace period runs from the object's LastModified, which every
 * node sees: touching a key copies the object onto itself, which sets it anew.
 *
 * <p>Addressed path-style ({@code http://minio:9000/bucket/ab/abcd…}) as S3-compatible servers
 * expect; checksums only where S3 requires them (newer SDK defaults send trailers that many
 * compatible servers refuse), Content-MD5 on every upload so the server checks the bytes it got.
 * A store that cannot be reached or refuses the request gives a {@link StorageUnavailableException}
 * naming the bucket and the cause.
 */
class S3FileStore implements FileStore {

    private static final Logger LOG = Logger.getLogger(S3FileStore.class.getName());
    /** Keys as the store makes them ({@code ab/…}): the sweep never touches anything else in the bucket. */
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{2}/[^/]+");
    /** How long readiness trusts its last look at the bucket (the load balancer asks every few seconds). */
    private static final Duration USABLE_FOR = Duration.ofSeconds(10);

    /** Where the bucket is and how to sign in; the keys come from the environment only. */
    record Settings(URI endpoint, String bucket, String region, String accessKey, String secretKey) {

        @Override
        public String toString() {
            return "bucket " + bucket + " at " + endpoint; // never the keys
        }
    }

    private final Settings settings;
    private final LocalFileStore cache;
    private final S3Client s3;
    private volatile Instant usableUntil = Instant.MIN;

    S3FileStore(Settings settings, Path cacheFolder) {
        this.settings = settings;
        this.cache = new LocalFileStore(cacheFolder);
        AwsCredentialsProvider credentials = settings.accessKey() == null || settings.accessKey().isBlank()
                ? AnonymousCredentialsProvider.create()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        this.s3 = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build())
                .overrideConfiguration(c -> c.apiCallTimeout(Duration.ofMinutes(5)))
                .build();
    }

    @Override
    public Path folder() {
        return cache.folder();
    }

    @Override
    public String describe() {
        return settings + ", cached in " + cache.folder();
    }

    /**
     * Makes the bucket when it is not there yet (a fresh MinIO), so a new installation needs no
     * step by hand. A store that cannot be reached now is only logged: readiness says DOWN.
     */
    void createBucketIfMissing() {
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
        } catch (S3Exception e) {
            if (e.statusCode() != 404) {
                LOG.warning("Atrium: cannot use the " + settings + ": " + reason(e));
                return;
            }
            try {
                s3.createBucket(b -> b.bucket(settings.bucket()).createBucketConfiguration(
                        "us-east-1".equals(settings.region()) ? null
                                : CreateBucketConfiguration.builder().locationConstraint(settings.region()).build()));
                LOG.info("Atrium: made the " + settings + " for stored files");
            } catch (SdkException made) {
                LOG.warning("Atrium: cannot make the " + settings + ": " + reason(made));
            }
        } catch (SdkException e) {
            LOG.warning("Atrium: cannot reach the " + settings + ": " + reason(e));
        }
    }

    @Override
    public void put(String key, Path complete) throws IOException {
        if (!renew(key, "store")) {
            String md5 = Base64.getEncoder().encodeToString(digest(complete, "MD5"));
            long size = Files.size(complete);
            try {
                s3.putObject(b -> b.bucket(settings.bucket()).key(key).contentLength(size).contentMD5(md5)
                        .contentType("application/octet-stream"), RequestBody.fromFile(complete));
            } catch (SdkException e) {
                throw unavailable("store " + key, e);
            }
        }
        // this node has just hashed these bytes: they are its copy, no download needed to read them
        Path local = cache.folder().resolve(key);
        Files.createDirectories(local.getParent());
        if (!Files.exists(local)) {
            LocalFileStore.move(complete, local);
        }
    }

    @Override
    public boolean touch(String key) {
        return renew(key, "touch");
    }

    /** Copies the object onto itself, which sets its LastModified anew; false when it is not there. */
    private boolean renew(String key, String what) {
        try {
            s3.copyObject(b -> b.sourceBucket(settings.bucket()).sourceKey(key)
                    .destinationBucket(settings.bucket()).destinationKey(key)
                    .metadataDirective(MetadataDirective.REPLACE).contentType("application/octet-stream")
                    .metadata(Map.of("touched", Instant.now().toString())));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw unavailable(what + " " + key, e);
        } catch (SdkException e) {
            throw unavailable(what + " " + key, e);
        }
    }

    @Override
    public boolean download(String key, String sha256) throws IOException {
        Path tmpDir = Files.createDirectories(cache.folder().resolve("tmp"));
        Path tmp = Files.createTempFile(tmpDir, "download", ".part");
        try {
            MessageDigest sha = sha256();
            try (ResponseInputStream<GetObjectResponse> in = s3.getObject(b -> b.bucket(settings.bucket()).key(key));
                 OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return false;
                }
                throw unavailable("read " + key, e);
            } catch (SdkException e) {
                throw unavailable("read " + key, e);
            }
            if (!HexFormat.of().formatHex(sha.digest()).equals(sha256)) {
                LOG.warning("Atrium: the object " + key + " in the " + settings + " does not have its SHA-256: not used");
                return false;
            }
            Path local = cache.folder().resolve(key);
            Files.createDirectories(local.getParent());
            Files.move(tmp, local, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** One page per list call (1000 keys at most); only keys shaped as the store makes them. */
    @Override
    public void list(Consumer<List<Entry>> page) {
        try {
            for (var response : s3.listObjectsV2Paginator(ListObjectsV2Request.builder()
                    .bucket(settings.bucket()).maxKeys(1000).build())) {
                List<Entry> entries = new ArrayList<>();
                for (S3Object object : response.contents()) {
                    if (KEY.matcher(object.key()).matches()) {
                        entries.add(new Entry(object.key(), object.lastModified()));
                    }
                }
                if (!entries.isEmpty()) {
                    page.accept(entries);
                }
            }
        } catch (SdkException e) {
            throw unavailable("list the stored files", e);
        }
    }

    /**
     * Removes the object if its LastModified is still before {@code before} (looked at again: a
     * node may have touched it since the listing), and this node's copy with it.
     */
    @Override
    public boolean remove(String key, Instant before) throws IOException {
        try {
            HeadObjectResponse head = s3.headObject(b -> b.bucket(settings.bucket()).key(key));
            if (!head.lastModified().isBefore(before)) {
                return false;
            }
            s3.deleteObject(b -> b.bucket(settings.bucket()).key(key));
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw unavailable("remove " + key, e);
        } catch (SdkException e) {
            throw unavailable("remove " + key, e);
        }
        Files.deleteIfExists(cache.folder().resolve(key));
        return true;
    }

    /** Removes this node's copies made before {@code before}; they are fetched again when read. */
    @Override
    public int trim(Instant before) throws IOException {
        int[] removed = {0};
        cache.list(page -> {
            for (Entry entry : page) {
                try {
                    if (entry.lastUsed().isBefore(before) && cache.remove(entry.key(), before)) {
                        removed[0]++;
                    }
                } catch (IOException e) {
                    LOG.warning("Atrium: could not remove the cached copy " + entry.key() + ": " + e.getMessage());
                }
            }
        });
        return removed[0];
    }

    /** The cache folder is writable and the bucket answered within the last few seconds. */
    @Override
    public boolean isUsable() {
        if (!cache.isUsable()) {
            return false;
        }
        if (Instant.now().isBefore(usableUntil)) {
            return true;
        }
        try {
            s3.headBucket(b -> b.bucket(settings.bucket()));
            usableUntil = Instant.now().plus(USABLE_FOR);
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private StorageUnavailableException unavailable(String what, SdkException e) {
        usableUntil = Instant.MIN;
        return new StorageUnavailableException("Atrium cannot " + what + " in the " + settings + ": " + reason(e), e);
    }

    /** The S3 error code and status, or the client's message (connection refused, timeout, …). */
    private static String reason(SdkException e) {
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            return Optional.ofNullable(s3.awsErrorDetails().errorCode()).orElse("error") + " (HTTP "
                    + s3.statusCode() + ")";
        }
        return e.getMessage();
    }

    private static byte[] digest(Path file, String algorithm) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance(algorithm);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n; (n = in.read(buffer)) != -1; ) {
                    digest.update(buffer, 0, n);
                }
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
