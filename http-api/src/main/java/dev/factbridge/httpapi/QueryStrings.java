package dev.factbridge.httpapi;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict reading of a raw query string: what a lenient decoder would repair silently is an error here. */
final class QueryStrings {
    private QueryStrings() {
    }

    /**
     * The query with every non-ASCII character percent-encoded as UTF-8. A client that sends raw bytes in the request
     * line (curl with an unencoded {@code q=매출}) reaches us as one ISO-8859-1 character per byte, so when no
     * character is above U+00FF the characters are taken as those bytes; otherwise they are text.
     */
    static String asciiQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.chars().allMatch(c -> c < 0x80)) {
            return rawQuery;
        }
        boolean bytes = rawQuery.chars().allMatch(c -> c <= 0xFF);
        StringBuilder out = new StringBuilder(rawQuery.length() * 3);
        for (int i = 0; i < rawQuery.length(); ) {
            int c = rawQuery.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                out.append((char) c);
                continue;
            }
            byte[] encoded = bytes ? new byte[] {(byte) c} : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8);
            for (byte b : encoded) {
                out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** Why {@code rawQuery} is malformed, or null when it is fine (or absent). */
    static String problem(String rawQuery, int maxValueChars) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            String decodedName;
            String decodedValue;
            try {
                decodedName = decode(name);
                decodedValue = decode(value);
            } catch (IllegalArgumentException e) {
                return e.getMessage();
            }
            if (decodedValue.length() > maxValueChars) {
                return "query parameter " + decodedName + " is " + decodedValue.length() + " characters long; at most "
                        + maxValueChars + " are accepted";
            }
            String control = controlCharacter(decodedName + decodedValue);
            if (control != null) {
                return "query parameter " + decodedName + " contains the control character " + control;
            }
        }
        return null;
    }

    /** Percent-decoding ({@code +} is a space) with strict UTF-8: a broken escape or invalid bytes throw. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    throw new IllegalArgumentException("a % escape at position " + i + " is not followed by two hex digits");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException("a % escape at position " + i + " is not followed by two hex digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Raw non-ASCII text (a client that did not encode): its UTF-8, so the strict decoding below sees it.
                int codePoint = raw.codePointAt(i);
                if (Character.isSurrogate(c) && Character.charCount(codePoint) == 1) {
                    throw new IllegalArgumentException("the query string holds a lone surrogate at position " + i);
                }
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = utf8.decode(ByteBuffer.wrap(bytes.toByteArray()));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("the query string is not valid UTF-8 once percent-decoded");
        }
    }

    private static String controlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return String.format("U+%04X", (int) c);
            }
        }
        return null;
    }
}
