package dev.factbridge.quantity.lexicon;

import dev.factbridge.language.CharClasses;
import dev.factbridge.language.WordListFile;
import dev.factbridge.language.WordListFile.Row;
import java.util.Comparator;

/**
 * Korean attaches particles and predicates straight to numbers and units ({@code 3조원을}, {@code 100명이},
 * {@code 12%증가}). A unit or scale syllable directly followed by a syllable outside the followers of
 * {@code korean-particles.tsv} is part of another word ({@code 원칙}, {@code 백화점}, {@code 엔진}) and must not be
 * read as a unit.
 */
public final class KoreanParticles {
    enum Role { FOLLOWER, SUFFIX }

    /** First syllables of particles, copulas and the predicates that usually follow an amount. */
    private static final CharTable FOLLOWERS;
    /** Particles stripped from a counted noun, longest first. */
    private static final String[] SUFFIXES;

    static {
        WordListFile file = WordList.KOREAN_PARTICLES.read();
        FOLLOWERS = followers(file);
        SUFFIXES = suffixes(file);
    }

    private KoreanParticles() {
    }

    static CharTable followers(WordListFile file) {
        CharTable.Builder followers = new CharTable.Builder();
        for (Row row : Rows.with(file, "role", Role.FOLLOWER)) {
            if (!CharClasses.isHangul(row.get("word").charAt(0))) {
                throw row.fail("a follower is one Hangul syllable, found '" + row.get("word") + "'");
            }
            followers.add(row, "follower");
        }
        return followers.build();
    }

    static String[] suffixes(WordListFile file) {
        // longest first, so 에서는 is stripped whole rather than as 는
        return Rows.with(file, "role", Role.SUFFIX).stream().map(row -> row.get("word"))
                .sorted(Comparator.comparingInt(String::length).reversed()).toArray(String[]::new);
    }

    public static boolean mayFollowNumber(CharSequence s, int p, int limit) {
        return p >= limit || !CharClasses.isHangul(s.charAt(p)) || FOLLOWERS.contains(s.charAt(p));
    }

    /** Length of the word without its trailing particle (the whole length when none, or when nothing would remain). */
    public static int stemLength(CharSequence s, int start, int end) {
        for (String suffix : SUFFIXES) {
            int len = suffix.length();
            if (end - start > len && CharClasses.at(s, end - len, suffix)) {
                return end - start - len;
            }
        }
        return end - start;
    }
}
