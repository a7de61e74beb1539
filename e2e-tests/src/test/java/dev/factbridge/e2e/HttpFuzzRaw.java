package dev.factbridge.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests as raw bytes over a socket, for what java.net.http refuses to send: a broken request line, a broken
 * {@code %} escape, raw non-ASCII or control bytes, absurd headers, bad Content-Length, chunked garbage.
 */
final class HttpFuzzRaw {
    private HttpFuzzRaw() {
    }

    /** What came back: a parsed response, or that the server closed (or reset) the connection without one. */
    record Outcome(int status, String contentType, byte[] body, String closedHow) {
        boolean answered() {
            return status > 0;
        }
    }

    /**
     * Sends {@code request} and reads one response. {@code halfClose} shuts the output after sending, for requests that
     * are deliberately incomplete (the server may rightly wait for the rest otherwise). Throws
     * {@link SocketTimeoutException} when nothing complete arrives within {@code timeout}: a hang.
     */
    static Outcome send(int port, byte[] request, boolean halfClose, Duration timeout) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (SocketException e) {
                // The server may refuse and close while a large request is still being written; read what it said.
            }
            return read(socket.getInputStream(), System.nanoTime() + timeout.toNanos());
        }
    }

    private static Outcome read(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (true) {
            Outcome complete = parse(received.toByteArray());
            if (complete != null) {
                return complete;
            }
            if (System.nanoTime() > deadline) {
                throw new SocketTimeoutException("no complete response; received " + received.size() + " bytes");
            }
            int n;
            try {
                n = in.read(buffer);
            } catch (SocketException e) {
                return closed(received.toByteArray(), "reset (" + e.getMessage() + ")");
            }
            if (n < 0) {
                return closed(received.toByteArray(), "closed");
            }
            received.write(buffer, 0, n);
        }
    }

    /** At end of stream: whatever response arrived (read to the end), or none. */
    private static Outcome closed(byte[] bytes, String how) {
        int headerEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headerEnd < 0) {
            return new Outcome(0, null, bytes, how);
        }
        Head head = head(bytes, headerEnd);
        return new Outcome(head.status, head.headers.get("content-type"),
                Arrays.copyOfRange(bytes, headerEnd + 4, bytes.length), how);
    }

    /** The response once {@code bytes} hold all of it (by Content-Length or a complete chunked body), else null. */
    private static Outcome parse(byte[] bytes) {
        int headerEnd = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        if (headerEnd < 0) {
            return null;
        }
        Head head = head(bytes, headerEnd);
        int bodyStart = headerEnd + 4;
        if (head.status / 100 == 1) {
            // An interim answer (100 Continue): the final one follows.
            return parse(Arrays.copyOfRange(bytes, bodyStart, bytes.length));
        }
        String length = head.headers.get("content-length");
        if (length != null) {
            int n = Integer.parseInt(length.strip());
            return bytes.length - bodyStart >= n
                    ? new Outcome(head.status, head.headers.get("content-type"), Arrays.copyOfRange(bytes, bodyStart, bodyStart + n), null)
                    : null;
        }
        if ("chunked".equalsIgnoreCase(head.headers.getOrDefault("transfer-encoding", "").strip())) {
            byte[] body = dechunk(bytes, bodyStart);
            return body == null ? null : new Outcome(head.status, head.headers.get("content-type"), body, null);
        }
        if (head.status == 204 || head.status == 304) {
            return new Outcome(head.status, head.headers.get("content-type"), new byte[0], null);
        }
        return null; // the body runs to the end of the connection
    }

    private record Head(int status, Map<String, String> headers) {
    }

    private static Head head(byte[] bytes, int headerEnd) {
        String[] lines = new String(bytes, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = statusLine.length > 1 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : -1;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        return new Head(status, headers);
    }

    private static byte[] dechunk(byte[] bytes, int at) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int pos = at;
        while (true) {
            int lineEnd = indexOf(Arrays.copyOfRange(bytes, pos, bytes.length), "\r\n".getBytes(StandardCharsets.US_ASCII));
            if (lineEnd < 0) {
                return null;
            }
            String sizeLine = new String(bytes, pos, lineEnd, StandardCharsets.ISO_8859_1);
            int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
            int dataStart = pos + lineEnd + 2;
            if (size == 0) {
                return body.toByteArray();
            }
            if (bytes.length < dataStart + size + 2) {
                return null;
            }
            body.write(bytes, dataStart, size);
            pos = dataStart + size + 2;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
