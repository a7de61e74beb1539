package dev.factbridge.quantity.lexicon;

import static dev.factbridge.quantity.lexicon.WordListFiles.assertRejected;
import static dev.factbridge.quantity.lexicon.WordListFiles.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.language.ChineseVariant;
import dev.factbridge.language.Language;
import dev.factbridge.language.WordListFile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word list of the module loads, and every reader builds its tables from it, so a broken file fails the build;
 * then the checks the lexicon's readers add to the loader's.
 */
class WordListTest {

    @Test
    void everyListLoads() {
        for (WordList list : WordList.values()) {
            WordListFile file = list.read();
            assertThat(file.version()).as(list.fileName()).isEqualTo("1");
            assertThat(file.rows()).as(list.fileName()).isNotEmpty();
        }
    }

    @Test
    void theFolderHoldsExactlyTheCataloguedLists() throws IOException, URISyntaxException {
        Path folder = Path.of(WordList.class.getResource(WordList.UNITS.fileName()).toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tsv")))
                    .containsExactlyInAnyOrderElementsOf(Arrays.stream(WordList.values()).map(WordList::fileName)
                            .toList());
        }
    }

    /** Initializing a class runs its reader: any row its checks reject fails here, with file and line. */
    @Test
    void everyClassOfTheModuleBuildsItsTables() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(WordList.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(classes.resolve("dev/factbridge/quantity"))) {
            names = files.map(f -> classes.relativize(f).toString())
                    .filter(n -> n.endsWith(".class") && !n.endsWith("package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.')).sorted().toList();
        }
        assertThat(names).contains(UnitLexicon.class.getName(), "dev.factbridge.quantity.numerals.Numerals",
                "dev.factbridge.quantity.scanning.CountedNouns", "dev.factbridge.quantity.VaguePhrases");
        for (String name : names) {
            Class.forName(name, true, getClass().getClassLoader());
        }
    }

    /** The convention the README gives: zh-Hant for a Traditional spelling, zh-Hans for the rest. */
    @Test
    void chineseRowsAreTaggedByTheirCharacters() {
        for (WordList list : WordList.values()) {
            for (WordListFile.Row row : list.read().rows()) {
                String word = row.get("word");
                boolean traditional = word.codePoints().anyMatch(ChineseVariant::isTraditionalOnly);
                if (row.language().filter(l -> l == Language.SIMPLIFIED_CHINESE).isPresent()) {
                    assertThat(traditional).as(row + " has a Traditional-only character: zh-Hant").isFalse();
                }
                if (row.language().filter(l -> l == Language.TRADITIONAL_CHINESE).isPresent()) {
                    assertThat(traditional).as(row + " has no Traditional-only character: zh-Hans").isTrue();
                }
            }
        }
    }

    @Test
    void unitsNameAKnownTypeAndTheCodeTheirTypeTakes() {
        WordList units = WordList.UNITS;
        assertRejected(units, 5, "unknown type 'curency'", () -> UnitLexicon.unitsAfter(of(units,
                "ko\t달러\tcurrency\tUSD\t", "en\tdays\tduration\tdays\t", "en\tdollar\tcurency\tUSD\t")));
        assertRejected(units, 3, "currency code 'usd' is neither an ISO 4217 code nor one of",
                () -> UnitLexicon.unitsAfter(of(units, "en\tdollars\tcurrency\tusd\t")));
        assertRejected(units, 3, "duration code 'fortnights' is not one of",
                () -> UnitLexicon.unitsAfter(of(units, "en\tfortnights\tduration\tfortnights\t")));
        assertRejected(units, 3, "percent rows take no code",
                () -> UnitLexicon.unitsAfter(of(units, "*\t%\tpercent\tpercent\t")));
        assertRejected(units, 3, "spacing is empty or glued",
                () -> UnitLexicon.unitsAfter(of(units, "*\tx\ttimes\t\tyes")));
        assertRejected(units, 4, "'USD' is listed twice",
                () -> UnitLexicon.unitsAfter(of(units, "*\tusd\tcurrency\tUSD\t", "*\tUSD\tcurrency\tUSD\t")));
    }

    @Test
    void currencyMarkersNameACurrencyAndOnlyCodesAreGlued() {
        WordList markers = WordList.CURRENCY_MARKERS;
        assertRejected(markers, 3, "currency code 'dollars' is neither an ISO 4217 code nor one of",
                () -> UnitLexicon.currencyMarkers(of(markers, "*\t$\tdollars\t")));
        assertRejected(markers, 3, "glued is empty, or yes for a three-capital-letter code; found 'yes' for 'US$'",
                () -> UnitLexicon.codesGluedToDigits(of(markers, "*\tUS$\tUSD\tyes")));
        assertThat(UnitLexicon.codesGluedToDigits(of(markers, "*\tUSD\tUSD\tyes", "*\tAUD\tAUD\t")))
                .containsExactly("USD");
    }

    @Test
    void qualifiersAreTheNamesOfTheFactModel() {
        WordList qualifiers = WordList.QUALIFIERS;
        assertRejected(qualifiers, 3, "unknown qualifier 'about'", () -> QualifierLexicon.qualifiers(
                of(qualifiers, "en\tabout\tbefore\tabout\t"), QualifierLexicon.Position.BEFORE, Phrases.backward()));
        assertRejected(qualifiers, 3, "unknown position 'after-number'", () -> QualifierLexicon.qualifiers(
                of(qualifiers, "en\tor more\tafter-number\tmore_than\t"), QualifierLexicon.Position.AFTER,
                Phrases.forward(false)));
        assertRejected(qualifiers, 3, "overrides is empty, or yes for a qualifier after the number",
                () -> QualifierLexicon.overriding(of(qualifiers, "ko\t최대\tbefore\tup_to\tyes")));
        assertThat(QualifierLexicon.overriding(of(qualifiers, "ko\t이상\tafter\tmore_than\tyes",
                "ko\t정도\tafter\tapprox\t"))).containsExactly(Map.entry("이상", "more_than"));
    }

    @Test
    void markersHaveAKnownRole() {
        WordList markers = WordList.MARKERS;
        assertRejected(markers, 3, "unknown role 'minus'", () -> QualifierLexicon.markers(
                of(markers, "en\tnegative\tminus"), QualifierLexicon.Marker.SIGN, Phrases.backward()));
    }

    @Test
    void koreanFollowersAreSingleSyllables() {
        WordList particles = WordList.KOREAN_PARTICLES;
        assertRejected(particles, 4, "follower '에서' must be one character",
                () -> KoreanParticles.followers(of(particles, "ko\t의\tfollower", "ko\t에서\tfollower")));
        assertRejected(particles, 3, "a follower is one Hangul syllable",
                () -> KoreanParticles.followers(of(particles, "ko\tㄱ\tfollower")));
        assertThat(KoreanParticles.suffixes(of(particles, "ko\t의\tsuffix", "ko\t에서는\tsuffix", "ko\t에서\tsuffix")))
                .as("longest first").containsExactly("에서는", "에서", "의");
    }

    @Test
    void scaleExponentsAreWholeNumbers() {
        WordList scales = WordList.SCALE_WORDS;
        assertRejected(scales, 3, "exponent '1e6' is not a whole number from 1 to 18",
                () -> ScaleWords.scales(of(scales, "en\tmillion\t1e6\tword"), ScaleWords.Form.WORD));
        assertRejected(scales, 3, "unknown form 'suffix'",
                () -> ScaleWords.scales(of(scales, "en\tk\t3\tsuffix"), ScaleWords.Form.LETTER));
    }
}
