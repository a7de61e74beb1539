package dev.factbridge.extract.facts;

import dev.factbridge.events.Hashing;

/** Deterministic fact ids: the same document, span and metric always give the same id. */
public final class FactIds {
    private FactIds() {
    }

    public static String of(String docId, int start, int end, String metric) {
        return Hashing.sha256Hex(docId + '|' + start + '|' + end + '|' + metric).substring(0, 32);
    }
}
