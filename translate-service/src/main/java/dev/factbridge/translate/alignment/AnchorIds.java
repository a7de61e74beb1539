package dev.factbridge.translate.alignment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * A unit's {@link Anchors} as sorted arrays of 64-bit ids, one array per kind, so that comparing two units is a
 * merge of sorted arrays instead of set look-ups, and so that they are cheap to keep. An id is a fixed hash of the
 * anchor's key ({@code n:575000000000}, {@code l:sagemaker}, {@code t:revenue}, as in {@link Anchors#keys()}), the
 * same in every process and release: ids may be stored and compared later. Two keys with the same id (odds about
 * k²/2⁶⁵ for k distinct keys) would count as one shared anchor.
 */
public final class AnchorIds {
    public static final AnchorIds NONE = new AnchorIds(new long[0], new long[0], new long[0]);

    final long[] numbers;
    final long[] names;
    final long[] terms;

    private AnchorIds(long[] numbers, long[] names, long[] terms) {
        this.numbers = numbers;
        this.names = names;
        this.terms = terms;
    }

    public static AnchorIds of(Anchors anchors) {
        return new AnchorIds(ids("n:", anchors.numbers()), ids("l:", anchors.names()), ids("t:", anchors.terms()));
    }

    /** From stored ids (any order, repeats allowed). */
    public static AnchorIds ofIds(long[] numbers, long[] names, long[] terms) {
        return new AnchorIds(sortedDistinct(numbers.clone()), sortedDistinct(names.clone()),
                sortedDistinct(terms.clone()));
    }

    /**
     * The id of an anchor key: FNV-1a over its UTF-8 bytes, then MurmurHash3's 64-bit finalizer to spread the bits.
     * Never change it: stored ids depend on it.
     */
    public static long id(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** What two units have together, e.g. two neighbouring sentences read as one. */
    public static AnchorIds union(AnchorIds a, AnchorIds b) {
        return new AnchorIds(union(a.numbers, b.numbers), union(a.names, b.names), union(a.terms, b.terms));
    }

    public boolean isEmpty() {
        return numbers.length == 0 && names.length == 0 && terms.length == 0;
    }

    /** No numbers and no glossary terms (Latin names may be there). */
    boolean bare() {
        return numbers.length == 0 && terms.length == 0;
    }

    /** The number ids, sorted (a copy: for storing them). */
    public long[] numbers() {
        return numbers.clone();
    }

    public long[] names() {
        return names.clone();
    }

    public long[] terms() {
        return terms.clone();
    }

    public int numberCount() {
        return numbers.length;
    }

    public int nameCount() {
        return names.length;
    }

    public int termCount() {
        return terms.length;
    }

    /** Every id of every kind, sorted (for indexing documents by what they share). */
    public long[] all() {
        long[] all = new long[numbers.length + names.length + terms.length];
        System.arraycopy(numbers, 0, all, 0, numbers.length);
        System.arraycopy(names, 0, all, numbers.length, names.length);
        System.arraycopy(terms, 0, all, numbers.length + names.length, terms.length);
        return sortedDistinct(all);
    }

    /** How many ids two sorted arrays share. */
    static int shared(long[] a, long[] b) {
        if (a.length > b.length) {
            return shared(b, a);
        }
        if (a.length * 8 < b.length) {
            return sharedBySearch(a, b); // an English sentence's words against a few names
        }
        int n = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /** Each id of the short array looked up in the long one, from where the last look-up ended. */
    private static int sharedBySearch(long[] small, long[] large) {
        int n = 0;
        int from = 0;
        for (long id : small) {
            int at = Arrays.binarySearch(large, from, large.length, id);
            if (at >= 0) {
                n++;
                from = at + 1;
            } else {
                from = -at - 1;
            }
        }
        return n;
    }

    private static long[] ids(String prefix, Set<String> values) {
        long[] ids = new long[values.size()];
        int k = 0;
        for (String v : values) {
            ids[k++] = id(prefix + v);
        }
        return sortedDistinct(ids);
    }

    private static long[] sortedDistinct(long[] ids) {
        Arrays.sort(ids);
        int n = 0;
        for (int i = 0; i < ids.length; i++) {
            if (n == 0 || ids[i] != ids[n - 1]) {
                ids[n++] = ids[i];
            }
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    private static long[] union(long[] a, long[] b) {
        long[] u = new long[a.length + b.length];
        int n = 0;
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            long next = j == b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == next) {
                i++;
            }
            if (j < b.length && b[j] == next) {
                j++;
            }
            u[n++] = next;
        }
        return n == u.length ? u : Arrays.copyOf(u, n);
    }
}
