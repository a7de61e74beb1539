package dev.factbridge.search.api;

import dev.factbridge.events.Hashing;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The API keys accepted in {@code X-API-Key}, held only as SHA-256 hashes: configured hashes, plus the key in
 * {@code FACTBRIDGE_API_KEY}, plus the key file. When none is configured, a key is generated into the key file.
 */
@Startup // the key file must exist as soon as the service is up, before any request
@Singleton
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private final Set<String> hashes = new HashSet<>();

    ApiKeys(@ConfigProperty(name = "factbridge.api.key-hashes") Optional<List<String>> configuredHashes,
            @ConfigProperty(name = "factbridge.api.key") Optional<String> plainKey,
            @ConfigProperty(name = "factbridge.api.key-file") Optional<Path> keyFile) {
        configuredHashes.ifPresent(list -> list.forEach(h -> hashes.add(h.trim().toLowerCase())));
        plainKey.filter(k -> !k.isBlank()).ifPresent(k -> hashes.add(hash(k)));
        keyFile.ifPresent(file -> {
            String key = readOrGenerate(file, hashes.isEmpty());
            if (key != null) {
                hashes.add(hash(key));
            }
        });
        if (hashes.isEmpty()) {
            throw new IllegalStateException("no API key is configured: set FACTBRIDGE_API_KEY, "
                    + "factbridge.api.key-hashes or factbridge.api.key-file");
        }
    }

    public boolean accepts(String presented) {
        if (presented == null || presented.isEmpty() || presented.length() > 512) {
            return false;
        }
        byte[] candidate = hash(presented).getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (String h : hashes) {
            match |= MessageDigest.isEqual(candidate, h.getBytes(StandardCharsets.US_ASCII));
        }
        return match;
    }

    public static String hash(String key) {
        return Hashing.sha256Hex(key);
    }

    private static String readOrGenerate(Path file, boolean generateIfMissing) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            if (!generateIfMissing) {
                return null;
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String key = "fb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, key + "\n");
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system
            }
            // Printed once, at generation, so whoever started the service can use it; later starts only read the file.
            LOG.infof("generated the API key %s into %s (send it as the X-API-Key header)", key, file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the API key file " + file, e);
        }
    }
}
