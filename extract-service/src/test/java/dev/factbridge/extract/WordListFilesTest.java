package dev.factbridge.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.language.ChineseVariant;
import dev.factbridge.language.Language;
import dev.factbridge.language.WordListFile;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word list of the module loads, through the class that reads it: a broken file (a bad row, a cue of an unknown
 * metric, a misspelt list) fails the build here rather than the service at its first sentence. Each file is read by
 * code, starts with a comment on what it is for, and has its Chinese words in their own script.
 */
class WordListFilesTest {
    /** Every word list under src/main/resources/dev/factbridge/extract, with the class that reads it. */
    private static final Map<String, String> READERS = Map.ofEntries(
            Map.entry("metric/metrics.tsv", "metric.MetricVocabulary"),
            Map.entry("metric/metric-words.tsv", "metric.MetricVocabulary"),
            Map.entry("metric/classifier-words.tsv", "metric.MetricClassifier"),
            Map.entry("period/time-words.tsv", "period.PeriodFinder$Rule"),
            Map.entry("period/assignment-words.tsv", "period.PeriodAssigner"),
            Map.entry("subject/markets.tsv", "subject.MarketSubjects"),
            Map.entry("subject/market-words.tsv", "subject.MarketSubjects"),
            Map.entry("subject/subject-words.tsv", "subject.SubjectResolver"),
            Map.entry("subject/segment-subjects.tsv", "subject.SubjectResolver"),
            Map.entry("subject/topic-words.tsv", "subject.DiscourseTopic"),
            Map.entry("facts/narrative-nouns.tsv", "facts.FactFilter"),
            Map.entry("facts/filter-words.tsv", "facts.FactFilter"));

    @Test
    void everyWordListLoadsThroughTheClassThatReadsIt() throws Exception {
        // Initializing a class reads its lists and builds its patterns; a WordListException names file and line.
        for (String reader : Set.copyOf(READERS.values())) {
            Class.forName("dev.factbridge.extract." + reader, true, getClass().getClassLoader());
        }
        Class.forName("dev.factbridge.extract.period.SentencePeriodCarry", true, getClass().getClassLoader());
    }

    @Test
    void everyWordListOfTheModuleIsReadByCode() throws Exception {
        Path root = root();
        List<String> found;
        try (Stream<Path> files = Files.walk(root)) {
            found = files.filter(p -> p.toString().endsWith(".tsv"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(READERS.keySet());
    }

    @Test
    void everyWordListSaysWhatItIsFor() throws Exception {
        for (String name : READERS.keySet()) {
            List<String> lines = Files.readAllLines(root().resolve(name), StandardCharsets.UTF_8);
            assertThat(lines.get(0)).as(name).isEqualTo("#version\t1");
            assertThat(lines.get(1)).as(name).startsWith("# ");
        }
    }

    /**
     * A zh-Hans word has no character only Traditional Chinese writes, a zh-Hant word none only Simplified writes
     * (ICU's tables, {@link ChineseVariant}); a word both scripts write alike is listed for each, so that a list
     * serves either script whichever way a reader filters it.
     */
    @Test
    void chineseWordsAreInTheirScriptAndSharedOnesListedForBoth() throws Exception {
        for (String name : READERS.keySet()) {
            ListFile list = read(name);
            if (!list.columns().containsAll(List.of("lang", "word"))) {
                continue;
            }
            Set<List<String>> keys = new HashSet<>();
            List<WordListFile.Row> shared = new ArrayList<>();
            for (WordListFile.Row row : list.file().rows()) {
                Language lang = row.language().orElse(null);
                String word = row.get("word");
                if (lang == Language.SIMPLIFIED_CHINESE) {
                    assertThat(word.codePoints().noneMatch(ChineseVariant::isTraditionalOnly)).as("%s", row).isTrue();
                } else if (lang == Language.TRADITIONAL_CHINESE) {
                    assertThat(word.codePoints().noneMatch(ChineseVariant::isSimplifiedOnly)).as("%s", row).isTrue();
                }
                if (lang != null && lang.isChinese()) {
                    keys.add(list.key(row, lang));
                    if (word.codePoints().noneMatch(c -> ChineseVariant.isTraditionalOnly(c)
                            || ChineseVariant.isSimplifiedOnly(c))) {
                        shared.add(row);
                    }
                }
            }
            for (WordListFile.Row row : shared) {
                Language other = row.language().orElseThrow().otherChineseScript().orElseThrow();
                assertThat(keys).as("%s is written alike in %s", row, other.tag()).contains(list.key(row, other));
            }
        }
    }

    /** A file with the columns its own header names. */
    private record ListFile(List<String> columns, WordListFile file) {
        /** A row's values, with {@code lang} in place of its own. */
        List<String> key(WordListFile.Row row, Language lang) {
            return columns.stream().map(c -> c.equals("lang") ? lang.tag() : row.get(c)).toList();
        }
    }

    /** Reads a file with the columns its header names, all optional: the classes that read it check the rest. */
    private static ListFile read(String name) throws IOException, URISyntaxException {
        Path path = root().resolve(name);
        String header = Files.readAllLines(path, StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("#columns\t")).findFirst().orElseThrow();
        List<String> columns = List.of(header.substring("#columns\t".length()).split("\t"));
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return new ListFile(columns,
                    WordListFile.read(reader, name, columns.stream().map(c -> c + "?").toArray(String[]::new)));
        }
    }

    private static Path root() throws URISyntaxException {
        return Path.of(WordListFilesTest.class.getResource("/dev/factbridge/extract/metric/metrics.tsv").toURI())
                .getParent().getParent();
    }
}
