package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Bm25Test {

    @Test
    void aRareKeyIsWorthMoreThanACommonOne() {
        assertThat(Bm25.keyScore(2, 1000, 50, 50)).isGreaterThan(Bm25.keyScore(500, 1000, 50, 50));
    }

    @Test
    void aKeyIsWorthMoreInADocumentWithFewKeys() {
        assertThat(Bm25.keyScore(10, 1000, 20, 50)).isGreaterThan(Bm25.keyScore(10, 1000, 500, 50));
    }

    @Test
    void ofTwoDocumentsWithTheSameSharedKeysTheShorterRanksFirst() {
        assertThat(30 * Bm25.keyScore(40, 5000, 600, 1000)).isGreaterThan(30 * Bm25.keyScore(40, 5000, 900, 1000));
    }

    @Test
    void aLongDocumentHoldingEveryKeyManyTimesOverRanksBelowTheOriginal() {
        // The letter: 30 of the excerpt's keys in 600 anchor occurrences; a 1 MB recombination: 31 in 12,000.
        assertThat(30 * Bm25.keyScore(40, 5000, 600, 1000)).isGreaterThan(2 * 31 * Bm25.keyScore(40, 5000, 12_000, 1000));
    }

    @Test
    void sharingMoreKeysOutweighsBeingSomewhatShorter() {
        // A recombination of half the letter's length holding two thirds of the keys it shares.
        assertThat(30 * Bm25.keyScore(40, 5000, 600, 1000)).isGreaterThan(20 * Bm25.keyScore(40, 5000, 300, 1000));
    }
}
