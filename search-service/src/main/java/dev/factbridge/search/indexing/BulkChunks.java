package dev.factbridge.search.indexing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Splits bulk operations, in order, into requests of bounded size: large enough to amortise, small enough to keep in
 * memory.
 */
final class BulkChunks {
    private BulkChunks() {
    }

    /**
     * Consecutive chunks of {@code items}, each of at most {@code maxItems} items and {@code maxBytes} bytes as
     * {@code bytes} estimates them; an item larger than {@code maxBytes} makes a chunk of its own.
     */
    static <T> List<List<T>> split(List<T> items, ToLongFunction<T> bytes, long maxBytes, int maxItems) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> chunk = new ArrayList<>();
        long size = 0;
        for (T item : items) {
            long itemBytes = bytes.applyAsLong(item);
            if (!chunk.isEmpty() && (chunk.size() >= maxItems || size + itemBytes > maxBytes)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                size = 0;
            }
            chunk.add(item);
            size += itemBytes;
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }
}
