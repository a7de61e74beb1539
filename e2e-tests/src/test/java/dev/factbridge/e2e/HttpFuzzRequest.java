package dev.factbridge.e2e;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One fuzz request. {@code raw} requests go over a socket byte for byte ({@code rawBytes} is the whole request);
 * the others through java.net.http ({@code target} is the path and query exactly as written on the request line).
 */
record HttpFuzzRequest(String kind, String method, String target, List<Map.Entry<String, String>> headers, byte[] body,
        Expect expect, byte[] rawBytes, boolean halfClose) {

    /** What the answer must be beyond the rules every answer follows (below 500, no stack trace, JSON errors). */
    enum Expect {
        /** Any status below 500. */
        ANY,
        /** Exactly 401 with a JSON error: a missing or wrong API key. */
        UNAUTHORIZED,
        /** Not a success: the request must not get past the key check (a key-bypass attempt). */
        NOT_SUCCESS
    }

    static HttpFuzzRequest http(String kind, String method, String target, List<Map.Entry<String, String>> headers,
            byte[] body, Expect expect) {
        return new HttpFuzzRequest(kind, method, target, headers, body, expect, null, false);
    }

    static HttpFuzzRequest raw(String kind, String target, byte[] bytes, boolean halfClose, Expect expect) {
        return new HttpFuzzRequest(kind, null, target, List.of(), null, expect, bytes, halfClose);
    }

    boolean isRaw() {
        return rawBytes != null;
    }

    /** The path as sent: for a raw request, read from its request line (null when there is none to read). */
    String path() {
        String t = target;
        if (isRaw()) {
            String[] line = new String(rawBytes, 0, Math.min(rawBytes.length, 4096), StandardCharsets.ISO_8859_1)
                    .split("\r?\n", 2)[0].split(" ");
            t = line.length > 1 ? line[1] : "";
        }
        int query = t.indexOf('?');
        return query < 0 ? t : t.substring(0, query);
    }

    /** The request as printed on failure: enough to resend it by hand, long parts abbreviated. */
    String describe() {
        StringBuilder s = new StringBuilder("[").append(kind).append("] ");
        if (isRaw()) {
            return s.append("raw ").append(rawBytes.length).append(" bytes: ").append(preview(rawBytes, 400)).toString();
        }
        s.append(method).append(' ').append(abbreviate(target, 400));
        for (Map.Entry<String, String> h : headers) {
            s.append("\n      ").append(h.getKey()).append(": ").append(abbreviate(h.getValue(), 200));
        }
        if (body != null) {
            s.append("\n      body (").append(body.length).append(" bytes): ").append(preview(body, 300));
        }
        return s.toString();
    }

    /** The request's text, to tell an echo of our own input from the server's own output. */
    String text() {
        StringBuilder all = new StringBuilder();
        if (isRaw()) {
            String raw = new String(rawBytes, StandardCharsets.UTF_8);
            all.append(raw).append('\n').append(lenientDecode(raw));
        } else {
            all.append(target).append('\n').append(lenientDecode(target));
            headers.forEach(h -> all.append('\n').append(h.getValue()));
            if (body != null) {
                all.append('\n').append(new String(body, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    /** Percent-decoding that keeps a broken escape as written (java.net.URLDecoder throws on it). */
    static String lenientDecode(String s) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.writeBytes((c == '+' ? " " : String.valueOf(c)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…(" + s.length() + " chars)";
    }

    /** Printable ASCII as is, everything else as \xNN (or \n, \r, \t). */
    static String preview(byte[] bytes, int max) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, max); i++) {
            int b = bytes[i] & 0xFF;
            switch (b) {
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                case '\\' -> s.append("\\\\");
                default -> s.append(b >= 0x20 && b < 0x7F ? String.valueOf((char) b) : String.format("\\x%02X", b));
            }
        }
        return bytes.length > max ? s + "…(" + bytes.length + " bytes)" : s.toString();
    }
}
