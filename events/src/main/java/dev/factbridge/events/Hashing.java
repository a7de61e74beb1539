package dev.factbridge.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as lowercase hex: a document's id is this hash of its raw bytes (interfaces.md). */
public final class Hashing {
    private Hashing() {
    }

    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A fresh SHA-256 digest, for hashing a stream as it passes ({@link #docId(MessageDigest)}). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The docId of a file's raw bytes. */
    public static String docId(byte[] rawBytes) {
        return sha256Hex(rawBytes);
    }

    /** The docId of the raw bytes a {@link #sha256()} digest has been fed; completes the digest. */
    public static String docId(MessageDigest sha256OfRawBytes) {
        return HexFormat.of().formatHex(sha256OfRawBytes.digest());
    }
}
