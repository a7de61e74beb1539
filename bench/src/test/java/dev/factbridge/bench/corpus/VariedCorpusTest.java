package dev.factbridge.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.TermCategory;
import dev.factbridge.glossary.TermMatch;
import dev.factbridge.quantity.QuantityRecognizer;
import dev.factbridge.testfixtures.SharedCorpus;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The varied corpus read as the pipeline reads it: its languages, its figures, its periods and its companies. */
class VariedCorpusTest {
    private static final long SEED = 42;
    private static final int COUNT = 40;
    private static final int MIN_BYTES = 2048;
    private static final int MAX_BYTES = 24 * 1024;
    private static final Set<String> SINGLE_LANGUAGES = Set.of("ko", "zh-Hans", "zh-Hant", "en");
    private static final QuantityRecognizer QUANTITIES = new QuantityRecognizer();
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19[89]\\d|20[0-3]\\d)(?= ?(?:년|年))");
    private static List<GeneratedDocument> recombined;
    private static List<GeneratedDocument> varied;

    @BeforeAll
    static void generateBothKinds() throws IOException {
        recombined = new CorpusGenerator(SharedCorpus.directory(), SEED).generate(COUNT, MIN_BYTES, MAX_BYTES);
        varied = new CorpusGenerator(SharedCorpus.directory(), SEED).generateVaried(COUNT, MIN_BYTES, MAX_BYTES);
    }

    @Test
    void theSameSeedGivesByteIdenticalVariedDocumentsAndAnotherSeedOthers() throws IOException {
        // A prefix is enough: a generator's documents do not depend on how many follow.
        List<GeneratedDocument> again = new CorpusGenerator(SharedCorpus.directory(), SEED).generateVaried(20, MIN_BYTES, MAX_BYTES);
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i).fileName()).isEqualTo(varied.get(i).fileName());
            assertThat(again.get(i).bytes()).as(varied.get(i).fileName()).isEqualTo(varied.get(i).bytes());
        }
        List<GeneratedDocument> other = new CorpusGenerator(SharedCorpus.directory(), SEED + 1).generateVaried(6, MIN_BYTES, MAX_BYTES);
        assertThat(other).extracting(GeneratedDocument::docId)
                .doesNotContainAnyElementsOf(varied.stream().map(GeneratedDocument::docId).toList());
        assertThat(varied).extracting(GeneratedDocument::fileName)
                .allMatch(n -> n.matches("bench-\\d{6}-[a-z-]+-varied(\\.[a-z0-9-]+)?\\.(txt|md|html|pdf|docx)"));
        assertThat(varied).extracting(GeneratedDocument::docId).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(recombined.stream().map(GeneratedDocument::docId).toList());
    }

    @Test
    void everyFormatLanguageAndEncodingIsStillThereAndTextFilesKeepTheirSizeBounds() throws CharacterCodingException {
        assertThat(varied).extracting(GeneratedDocument::format).contains("txt", "md", "html", "pdf", "docx");
        assertThat(varied).extracting(GeneratedDocument::languages)
                .contains("ko", "zh-Hans", "zh-Hant", "en", "mixed", "en+zh-Hant interleaved");
        assertThat(varied).extracting(GeneratedDocument::charset).contains("UTF-8", "GB18030", "Big5")
                .containsAnyOf("EUC-KR", "x-windows-949");
        for (GeneratedDocument d : varied.stream().filter(d -> d.format().equals("txt")).toList()) {
            assertThat(d.bytes().length).as(d.fileName()).isBetween((int) (MIN_BYTES * 0.95), MAX_BYTES);
            assertThat(body(d)).as(d.fileName()).isNotBlank(); // decodes strictly in its declared charset
        }
    }

    @Test
    void documentsStillReadAsTheirLanguages() throws CharacterCodingException {
        LanguageDetector detector = new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr", "es")));
        int checked = 0;
        for (GeneratedDocument d : varied.stream().filter(d -> d.format().equals("txt")).toList()) {
            String body = body(d);
            LanguageDetector.Context context = detector.contextOf(body);
            if (SINGLE_LANGUAGES.contains(d.languages())) {
                assertThat(detector.detect(body, context)).as(d.fileName()).isEqualTo(d.languages());
                checked++;
            } else if (d.languages().equals("en+zh-Hant interleaved")) {
                List<String> lines = body.lines().toList();
                for (int i = 0; i + 1 < lines.size(); i += 2) {
                    assertThat(detector.detect(lines.get(i), context)).as(lines.get(i)).isEqualTo("en");
                    assertThat(detector.detect(lines.get(i + 1), context)).as(lines.get(i + 1)).isEqualTo("zh-Hant");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theFiguresThePipelineReadsRepeatFarLessAcrossDocuments() throws CharacterCodingException {
        double recombinedRepeats = repeatedShare(recombined);
        double variedRepeats = repeatedShare(varied);
        // Recombined lines repeat the corpus's figures document after document; varied ones each tell their own.
        assertThat(recombinedRepeats).isGreaterThan(0.5);
        assertThat(variedRepeats).isLessThan(recombinedRepeats / 2);
    }

    @Test
    void yearsAndCompaniesVaryBetweenDocuments() throws CharacterCodingException {
        Set<String> recombinedYears = years(recombined);
        Set<String> variedYears = years(varied);
        assertThat(variedYears).hasSizeGreaterThan(recombinedYears.size() + 4);
        assertThat(variedYears).anyMatch(y -> !recombinedYears.contains(y));

        Map<String, Integer> recombinedLead = leadingCompanies(recombined);
        Map<String, Integer> variedLead = leadingCompanies(varied);
        // The corpus is about Amazon: it leads nearly every recombined document, and under half of the varied ones.
        assertThat(recombinedLead.getOrDefault("Amazon", 0)).isGreaterThanOrEqualTo(total(recombinedLead) * 8 / 10);
        assertThat(variedLead).hasSizeGreaterThanOrEqualTo(4);
        assertThat(variedLead.getOrDefault("Amazon", 0)).isLessThan(total(variedLead) / 2);
    }

    @Test
    void anEnglishLineAndItsChineseTranslationStillStateTheSameFigures() throws IOException {
        Organizations organizations = Organizations.standard();
        List<List<String>> pairs = new ArrayList<>();
        try (Stream<Path> files = Files.list(SharedCorpus.directory())) {
            for (Path file : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i + 1 < lines.size(); i++) {
                    String en = lines.get(i).strip();
                    String zh = lines.get(i + 1).strip();
                    if (!en.matches(".*\\p{IsHan}.*") && zh.matches(".*\\p{IsHan}.*") && !figures(en, "en").isEmpty()
                            && figures(en, "en").equals(figures(zh, "zh-Hant"))) {
                        pairs.add(List.of(en, zh));
                    }
                }
            }
        }
        assertThat(pairs).hasSizeGreaterThanOrEqualTo(5);
        Random random = new Random(SEED);
        int changed = 0;
        for (int story = 0; story < 10; story++) {
            Variation variation = Variation.draw(random, organizations.canonicals());
            for (List<String> pair : pairs) {
                String en = variation.apply(pair.get(0), "en", organizations);
                String zh = variation.apply(pair.get(1), "zh-Hant", organizations);
                assertThat(figures(zh, "zh-Hant")).as(variation + "\n" + en + "\n" + zh).isEqualTo(figures(en, "en"));
                changed += figures(en, "en").equals(figures(pair.get(0), "en")) ? 0 : 1;
            }
        }
        assertThat(changed).isGreaterThan(pairs.size() * 9);
    }

    @Test
    void mainWritesVariedFilesWhenAsked(@TempDir Path out) throws IOException {
        CorpusGenerator.main(new String[] {SharedCorpus.directory().toString(), out.toString(), "4", "42", "1024", "4096", "varied"});
        for (GeneratedDocument d : new CorpusGenerator(SharedCorpus.directory(), 42).generateVaried(4, 1024, 4096)) {
            assertThat(out.resolve(d.fileName())).hasBinaryContent(d.bytes());
        }
    }

    /** Share of the money and percentage figures (value and unit) stated in more than one document of the batch. */
    private static double repeatedShare(List<GeneratedDocument> batch) throws CharacterCodingException {
        Map<String, Set<String>> documentsByFigure = new HashMap<>();
        long total = 0;
        for (GeneratedDocument d : batch.stream().filter(d -> d.format().equals("txt")).toList()) {
            for (String figure : figuresOf(body(d), SINGLE_LANGUAGES.contains(d.languages()) ? d.languages() : null)) {
                documentsByFigure.computeIfAbsent(figure, f -> new HashSet<>()).add(d.docId());
                total++;
            }
        }
        assertThat(total).isGreaterThan(100);
        long repeated = 0;
        for (GeneratedDocument d : batch.stream().filter(d -> d.format().equals("txt")).toList()) {
            repeated += figuresOf(body(d), SINGLE_LANGUAGES.contains(d.languages()) ? d.languages() : null).stream()
                    .filter(f -> documentsByFigure.get(f).size() > 1).count();
        }
        return (double) repeated / total;
    }

    private static List<String> figuresOf(String text, String lang) {
        return text.lines().flatMap(line -> QUANTITIES.recognize(line, lang).stream())
                .filter(q -> q.unit() != null && (q.unit().equals("percent") || q.unit().matches("[A-Z]{3}")))
                .map(q -> q.value() + " " + q.unit()).toList();
    }

    /** The money and percentages of a line, sorted (a translation may order them differently). */
    private static List<String> figures(String line, String lang) {
        return QUANTITIES.recognize(line, lang).stream()
                .filter(q -> q.unit() != null && (q.unit().equals("percent") || q.unit().matches("[A-Z]{3}")))
                .map(q -> String.format("%.6g %s", q.value(), q.unit())).sorted().toList();
    }

    private static Set<String> years(List<GeneratedDocument> batch) throws CharacterCodingException {
        Set<String> years = new HashSet<>();
        for (GeneratedDocument d : batch.stream().filter(d -> d.format().equals("txt")).toList()) {
            Matcher m = YEAR.matcher(body(d));
            while (m.find()) {
                years.add(m.group(1));
            }
        }
        return years;
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Per company, the documents it is the most named company of (glossary companies of the swap list only). */
    private static Map<String, Integer> leadingCompanies(List<GeneratedDocument> batch) throws CharacterCodingException {
        Glossary glossary = Glossary.standard();
        Map<String, Integer> lead = new HashMap<>();
        for (GeneratedDocument d : batch.stream().filter(d -> d.format().equals("txt")).toList()) {
            Map<String, Long> named = glossary.find(body(d)).stream().map(TermMatch::term)
                    .filter(t -> t.category() == TermCategory.COMPANY && Organizations.CANONICALS.contains(t.canonical()))
                    .collect(Collectors.groupingBy(t -> t.canonical(), Collectors.counting()));
            named.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .ifPresent(e -> lead.merge(e.getKey(), 1, Integer::sum));
        }
        return lead;
    }

    /** The document's text without its closing line, strictly decoded. */
    private static String body(GeneratedDocument d) throws CharacterCodingException {
        String text = Charset.forName(d.charset()).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(d.bytes())).toString();
        List<String> lines = text.strip().lines().toList();
        assertThat(lines.getLast()).startsWith("Factbridge benchmark document ");
        return String.join("\n", lines.subList(0, lines.size() - 1));
    }
}
