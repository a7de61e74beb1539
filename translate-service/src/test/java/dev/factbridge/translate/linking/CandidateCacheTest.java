package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidateCacheTest {

    private static CandidateCache.Entry text(int chars) {
        return new CandidateCache.Entry(List.of(new Segment("s0", 0, chars, "en", "x".repeat(chars))), List.of());
    }

    @Test
    void theLeastRecentlyUsedGoesFirstWhenTheCharactersRunOut() {
        CandidateCache cache = new CandidateCache(30);
        cache.put("a", text(10));
        cache.put("b", text(10));
        cache.put("c", text(10));
        assertThat(cache.get("a")).isPresent(); // now the most recently used
        cache.put("d", text(10));
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("c")).isPresent();
        assertThat(cache.get("d")).isPresent();
        assertThat(cache.chars()).isEqualTo(30);
    }

    @Test
    void aDocumentLargerThanTheCacheIsNotKeptAndEvictsNothing() {
        CandidateCache cache = new CandidateCache(30);
        cache.put("a", text(10));
        cache.put("huge", text(31));
        assertThat(cache.get("huge")).isEmpty();
        assertThat(cache.get("a")).isPresent();
    }

    @Test
    void puttingADocumentAgainCountsItOnce() {
        CandidateCache cache = new CandidateCache(100);
        cache.put("a", text(10));
        cache.put("a", text(20));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.chars()).isEqualTo(20);
    }
}
