package dev.factbridge.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.model.Tag;

/**
 * An S3-compatible bucket (AWS S3, MinIO, S3Proxy, ...) with the local folder's semantics under a prefix:
 * {@code <prefix>inbox/}, {@code <prefix>processed/}, {@code <prefix>rejected/}. Listing is paged.
 * <ul>
 * <li>{@link Disposition#MOVE} (the default): a finished object is copied to a free name under
 * {@code processed/} or {@code rejected/} (never overwriting), then deleted from the inbox, so a restart lists
 * only what is still to do.
 * <li>{@link Disposition#TAG}: a finished object stays where it is and gets the object tag
 * {@code factbridge-state=processed|rejected} (plus {@code factbridge-reason}), keeping its other tags; for
 * buckets this service may tag but not rewrite. The rejection report is still written under {@code rejected/}.
 * A restart skips tagged objects by a local cache of (key, ETag), asking S3 for tags only of objects it has not
 * seen; an object overwritten with new bytes (new ETag) is new again.
 * </ul>
 */
public final class S3Bucket implements Bucket, AutoCloseable {
    static final String STATE_TAG = "factbridge-state";
    static final String REASON_TAG = "factbridge-reason";

    /** What becomes of an object once ingested or rejected. */
    public enum Disposition { MOVE, TAG }

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Disposition disposition;
    private final TaggedObjectsCache tagged;
    /** Tag mode: objects seen untagged, by key, with the ETag they had, so each version is looked up once. */
    private final Map<String, String> untaggedEtags = new ConcurrentHashMap<>();

    /**
     * Connection settings; {@code endpoint} null means AWS itself, keys null mean the default credential chain.
     * {@code taggedObjectsFile} is where tag mode caches what it tagged (unused when moving).
     */
    public record Settings(String bucket, String prefix, String endpoint, String region, String accessKey,
            String secretKey, boolean pathStyle, Disposition disposition, Path taggedObjectsFile) {

        public Settings {
            disposition = disposition == null ? Disposition.MOVE : disposition;
            if (disposition == Disposition.TAG && taggedObjectsFile == null) {
                throw new IllegalArgumentException("tag mode needs a file to cache tagged objects in");
            }
        }
    }

    public S3Bucket(Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // Checksums only where S3 requires them: S3-compatible servers reject the newer default headers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(settings.accessKey() != null
                        ? StaticCredentialsProvider.create(
                                AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                        : DefaultCredentialsProvider.builder().build());
        if (settings.endpoint() != null) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
        String p = settings.prefix() == null ? "" : settings.prefix();
        this.prefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
        this.disposition = settings.disposition();
        this.tagged = disposition == Disposition.TAG
                ? new TaggedObjectsCache(settings.taggedObjectsFile(), name())
                : null;
    }

    @Override
    public String name() {
        return "s3://" + bucket + "/" + prefix;
    }

    private String inboxKey(String key) {
        return prefix + "inbox/" + key;
    }

    @Override
    public Map<String, ObjectState> listInbox() throws IOException {
        String inbox = prefix + "inbox/";
        Map<String, ObjectState> objects = new HashMap<>();
        try {
            for (S3Object o : s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(inbox)).contents()) {
                String key = o.key().substring(inbox.length());
                if (!o.key().endsWith("/") // folder markers
                        && (disposition == Disposition.MOVE || !isTaggedDone(key, o.eTag()))) {
                    objects.put(key, new ObjectState(o.size(), o.lastModified(), o.eTag()));
                }
            }
        } catch (SdkException e) {
            throw new IOException("cannot list " + name() + "inbox/: " + e.getMessage(), e);
        }
        return objects;
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(r -> r.bucket(bucket).key(inboxKey(key)));
        } catch (SdkException e) {
            throw new IOException("cannot read " + inboxKey(key) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void markProcessed(String key) throws IOException {
        if (disposition == Disposition.TAG) {
            tag(key, Map.of(STATE_TAG, "processed"));
        } else {
            move(key, "processed/");
        }
    }

    @Override
    public void markRejected(String key, String reasonCode, String errorJson) throws IOException {
        String report;
        if (disposition == Disposition.TAG) {
            report = freeKey("rejected/", key + ".error.json");
            writeReport(report, errorJson);
            tag(key, Map.of(STATE_TAG, "rejected", REASON_TAG, reasonCode));
        } else {
            report = move(key, "rejected/") + ".error.json";
            writeReport(report, errorJson);
        }
    }

    private void writeReport(String reportKey, String errorJson) throws IOException {
        try {
            s3.putObject(r -> r.bucket(bucket).key(reportKey).contentType("application/json"),
                    RequestBody.fromString(errorJson, StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw new IOException("cannot write " + reportKey + ": " + e.getMessage(), e);
        }
    }

    /** Tag mode: is this version of the object tagged done? The cache first, then (once per version) S3. */
    private boolean isTaggedDone(String key, String etag) {
        if (tagged.isDone(key, etag)) {
            return true;
        }
        if (etag == null || etag.equals(untaggedEtags.get(key))) {
            return false;
        }
        Map<String, String> tags;
        try {
            tags = tagsOf(inboxKey(key));
        } catch (NoSuchKeyException gone) {
            return true; // deleted since the listing: nothing to do
        }
        String state = tags.get(STATE_TAG);
        if (state == null) {
            untaggedEtags.put(key, etag);
            return false;
        }
        tagged.recordDone(key, etag, state);
        return true;
    }

    private Map<String, String> tagsOf(String fullKey) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (Tag t : s3.getObjectTagging(r -> r.bucket(bucket).key(fullKey)).tagSet()) {
            tags.put(t.key(), t.value());
        }
        return tags;
    }

    /** Adds our tags to the object's own (S3 replaces the whole set), then remembers the version as done. */
    private void tag(String key, Map<String, String> ours) throws IOException {
        String fullKey = inboxKey(key);
        try {
            String etag = s3.headObject(r -> r.bucket(bucket).key(fullKey)).eTag();
            Map<String, String> tags = tagsOf(fullKey);
            tags.remove(REASON_TAG);
            tags.putAll(ours);
            if (tags.size() > 10) { // S3's limit per object
                throw new IOException(fullKey + " already has " + (tags.size() - ours.size())
                        + " tags; S3 allows 10 and tag mode needs " + ours.size());
            }
            List<Tag> tagSet = tags.entrySet().stream()
                    .map(e -> Tag.builder().key(e.getKey()).value(e.getValue()).build())
                    .toList();
            s3.putObjectTagging(r -> r.bucket(bucket).key(fullKey).tagging(t -> t.tagSet(tagSet)));
            tagged.recordDone(key, etag, ours.get(STATE_TAG));
            untaggedEtags.remove(key);
        } catch (SdkException e) {
            throw new IOException("cannot tag " + fullKey + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isReachable() {
        try {
            s3.headBucket(r -> r.bucket(bucket));
            return true;
        } catch (SdkException e) {
            return false;
        }
    }

    /** Copies the object to a free key under {@code area}, then deletes the original; returns the new key. */
    private String move(String key, String area) throws IOException {
        try {
            String destination = freeKey(area, key);
            s3.copyObject(r -> r.sourceBucket(bucket).sourceKey(inboxKey(key))
                    .destinationBucket(bucket).destinationKey(destination));
            s3.deleteObject(r -> r.bucket(bucket).key(inboxKey(key)));
            return destination;
        } catch (SdkException e) {
            throw new IOException("cannot move " + inboxKey(key) + " to " + area + ": " + e.getMessage(), e);
        }
    }

    /** {@code <prefix><area><key>}, or the first numbered variant of it that is not taken. */
    private String freeKey(String area, String key) {
        String target = prefix + area + key;
        for (int attempt = 1; exists(target); attempt++) {
            target = prefix + area + numbered(key, attempt);
        }
        return target;
    }

    private boolean exists(String key) {
        try {
            s3.headObject(r -> r.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /** {@code a/report.pdf} → {@code a/report (2).pdf}, as the local folder names clashes. */
    static String numbered(String key, int attempt) {
        int slash = key.lastIndexOf('/');
        String dir = key.substring(0, slash + 1);
        return dir + LocalBucket.numbered(Path.of(key.substring(slash + 1)), attempt).getFileName();
    }

    @Override
    public void close() {
        s3.close();
        if (tagged != null) {
            try {
                tagged.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
