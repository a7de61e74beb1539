package dev.factbridge.quantity;

import dev.factbridge.language.CharClasses;
/**
 * Korean attaches particles and predicates straight to numbers and units ({@code 3조원을}, {@code 100명이},
 * {@code 12%증가}). A unit or scale syllable directly followed by a syllable outside this set is part of another
 * word ({@code 원칙}, {@code 백화점}, {@code 엔진}) and must not be read as a unit.
 */
final class KoreanParticles {
    private KoreanParticles() {
    }

    /** First syllables of particles, copulas and the predicates that usually follow an amount. */
    private static final String FOLLOWERS =
            "의에을를이가은는도로으와과까부씩만였나보대당째여정안내남넘미초규수어며인라란뿐밖마처께랑하간동치중전후입임"
                    + "연증감성상늘줄올떨급달돌기확축투악지면서고든요죠쯤짜꼴외별엔다";

    private static final String[] SUFFIXES = {
        "에서는", "으로는", "에서", "에게", "으로", "까지", "부터", "이다", "이며", "이고", "에는", "에도", "과의", "와의",
        "이나", "의", "에", "을", "를", "이", "가", "은", "는", "로", "와", "과", "도", "만", "들"
    };

    static boolean mayFollowNumber(CharSequence s, int p, int limit) {
        return p >= limit || !CharClasses.isHangul(s.charAt(p)) || FOLLOWERS.indexOf(s.charAt(p)) >= 0;
    }

    /** Length of the word without its trailing particle (the whole length when none, or when nothing would remain). */
    static int stemLength(CharSequence s, int start, int end) {
        for (String suffix : SUFFIXES) {
            int len = suffix.length();
            if (end - start > len && CharClasses.at(s, end - len, suffix)) {
                return end - start - len;
            }
        }
        return end - start;
    }
}
