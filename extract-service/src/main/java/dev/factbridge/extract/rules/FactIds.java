package dev.factbridge.extract.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Deterministic fact ids: the same document, span and metric always give the same id. */
public final class FactIds {
    private FactIds() {
    }

    public static String of(String docId, int start, int end, String metric) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((docId + '|' + start + '|' + end + '|' + metric).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
