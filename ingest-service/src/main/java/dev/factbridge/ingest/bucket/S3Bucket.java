package dev.factbridge.ingest.bucket;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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

/**
 * An S3-compatible bucket (AWS S3, MinIO, S3Proxy, ...) with the local folder's semantics under a prefix:
 * {@code <prefix>inbox/}, {@code <prefix>processed/}, {@code <prefix>rejected/}. Listing is paged; a move is a
 * copy then a delete, to a free name (never overwriting). Processed objects leave the inbox, so a restart lists
 * only what is still to do.
 */
public final class S3Bucket implements Bucket, AutoCloseable {
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** Connection settings; {@code endpoint} null means AWS itself, keys null mean the default credential chain. */
    public record Settings(String bucket, String prefix, String endpoint, String region, String accessKey,
            String secretKey, boolean pathStyle) {
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
                        ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                        : DefaultCredentialsProvider.builder().build());
        if (settings.endpoint() != null) {
            builder.endpointOverride(URI.create(settings.endpoint()));
        }
        this.s3 = builder.build();
        this.bucket = settings.bucket();
        String p = settings.prefix() == null ? "" : settings.prefix();
        this.prefix = p.isEmpty() || p.endsWith("/") ? p : p + "/";
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
                if (!o.key().endsWith("/")) { // folder markers
                    objects.put(o.key().substring(inbox.length()), new ObjectState(o.size(), o.lastModified(), o.eTag()));
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
    public void moveToProcessed(String key) throws IOException {
        move(key, "processed/");
    }

    @Override
    public void moveToRejected(String key, String errorJson) throws IOException {
        String target = move(key, "rejected/");
        try {
            s3.putObject(r -> r.bucket(bucket).key(target + ".error.json").contentType("application/json"),
                    RequestBody.fromString(errorJson, StandardCharsets.UTF_8));
        } catch (SdkException e) {
            throw new IOException("cannot write " + target + ".error.json: " + e.getMessage(), e);
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
            String target = prefix + area + key;
            for (int attempt = 1; exists(target); attempt++) {
                target = prefix + area + numbered(key, attempt);
            }
            String destination = target;
            s3.copyObject(r -> r.sourceBucket(bucket).sourceKey(inboxKey(key))
                    .destinationBucket(bucket).destinationKey(destination));
            s3.deleteObject(r -> r.bucket(bucket).key(inboxKey(key)));
            return destination;
        } catch (SdkException e) {
            throw new IOException("cannot move " + inboxKey(key) + " to " + area + ": " + e.getMessage(), e);
        }
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
        return dir + LocalBucket.numbered(java.nio.file.Path.of(key.substring(slash + 1)), attempt).getFileName();
    }

    @Override
    public void close() {
        s3.close();
    }
}
