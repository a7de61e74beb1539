package dev.factbridge.glossary;

import dev.factbridge.language.PhraseTrie;

/**
 * A surface form compiled for matching: folded chars plus two kinds of whitespace token. Between Latin
 * words a space means "one or more whitespace chars", so "Amazon SageMaker" also matches a hard-wrapped
 * "Amazon\nSageMaker". Next to Hangul or Han a space means "any whitespace, or none", because Korean
 * spacing varies (영업 이익 / 영업이익, 아마존 Q / 아마존Q) and Chinese puts spaces around Latin words
 * or not (生成式 AI / 生成式AI). A surface written without a space matches only text without one.
 */
final class SurfacePattern {
    static final int WS_REQUIRED = PhraseTrie.SPACE;
    static final int WS_OPTIONAL = PhraseTrie.OPTIONAL_SPACE;

    private SurfacePattern() {
    }

    /** @param surface NFC, no leading or trailing whitespace */
    static int[] compile(String surface) {
        return PhraseTrie.tokens(surface, PhraseTrie.Folding.CASE_AND_WIDTH, true);
    }

    /**
     * Two surfaces with the same match key match exactly the same texts, so they must mean the same
     * canonical: optional spaces vanish, required ones become one space.
     */
    static String matchKey(int[] tokens) {
        StringBuilder key = new StringBuilder(tokens.length);
        for (int t : tokens) {
            if (t == WS_REQUIRED) {
                key.append(' ');
            } else if (t != WS_OPTIONAL) {
                key.append((char) t);
            }
        }
        return key.toString();
    }

    /**
     * Two surfaces with the same spelling key are the same entry written twice (case and whitespace
     * aside). Unlike the match key it keeps optional spaces, so "영업 이익" and "영업이익" may both be
     * listed: they match the same texts, but search expands to both spellings.
     */
    static String spellingKey(int[] tokens) {
        StringBuilder key = new StringBuilder(tokens.length);
        for (int t : tokens) {
            key.append(t < 0 ? ' ' : (char) t);
        }
        return key.toString();
    }
}
