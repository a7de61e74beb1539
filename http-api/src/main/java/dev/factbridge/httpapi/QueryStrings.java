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
                    throw new IllegalArgumentException(
                            "a % escape at position " + i + " is not followed by two hex digits");
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    throw new IllegalArgumentException(
                            "a % escape at position " + i + " is not followed by two hex digits");
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Raw non-ASCII in the request line: the HTTP server hands it over as ISO-8859-1, one character per
                // byte, so it cannot be read back reliably as the UTF-8 the client meant.
                throw new IllegalArgumentException("the query string holds characters that are not percent-encoded;"
                        + " encode them as UTF-8 (curl: -G --data-urlencode 'q=...')");
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
