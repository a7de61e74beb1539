package dev.factbridge.bench.corpus;

import dev.factbridge.events.Hashing;
import dev.factbridge.language.Language;
import dev.factbridge.testfixtures.RealDocuments;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Writes benchmark documents, deterministic from a seed: the same seed over the same corpus gives byte-identical
 * documents in the same order. Lines of the shared corpus ({@code ../shared/corpus}: a Korean letter, a Simplified
 * Chinese article, an English/Traditional Chinese call transcript, Korean news, an English excerpt) are sorted by
 * language and recombined into documents of a target size.
 *
 * <p>Document {@code n} takes its language from {@code n % 6} (ko, zh-Hans, zh-Hant, en, mixed, en+zh-Hant
 * interleaved) and its format from {@code (n / 6) % 6} (txt in UTF-8, txt in the language's legacy encoding, md,
 * html, pdf, docx), so any 36 consecutive documents hold every combination. Legacy encodings are EUC-KR (or
 * Windows-949 when a syllable needs it) for Korean, GB18030 for Simplified and Big5 for Traditional Chinese (also
 * for the interleaved transcript); such a document takes only lines the encoding can represent. English and mixed
 * documents have no legacy encoding and stay UTF-8.
 *
 * <p>Size: for txt, md and html the target is the size of the encoded file; it is never exceeded and falls short by
 * less than 50 bytes (the last line is cut to fit; no line takes more than a quarter of the document, so small
 * documents hold several lines). For pdf and docx it is the UTF-8 size of the text put in them, at most
 * {@value #MAX_RICH_TEXT_BYTES} bytes because writing larger ones is slow; their files are compressed, and a PDF
 * also embeds a font subset, so the file is smaller or larger than the text. Each document ends with a line naming
 * its number and the seed, so every file, and thus its docId, is distinct.
 *
 * <p>Varied documents ({@link #nextVaried}, {@link #generateVaried}) are cut the same way, but each line is first
 * told in the document's own {@link Variation}, drawn from the seed and the document's number alone: its figures
 * rescaled, years shifted, quarters rotated and companies swapped, the same story for every line, so an English line
 * and the Chinese translation that follows it still agree. A story never draws from the generator's own sequence,
 * so recombined documents are exactly what they were before varied ones existed; numbers continue across both kinds
 * (one generator serves a run's phases in turn). A varied file's name ends its language tag with {@code -varied}.
 */
public final class CorpusGenerator {
    /** The most text put in a pdf or docx, in UTF-8 bytes. */
    public static final int MAX_RICH_TEXT_BYTES = 256 * 1024;
    /** The smallest target size accepted. */
    public static final int MIN_TARGET_BYTES = 512;
    /** Lines shorter than this are headings, speaker names or captions, not prose worth recombining. */
    private static final int MIN_LINE_CHARS = 20;
    /** The last lines are cut to fit; a remainder smaller than this is left empty rather than filled with a scrap. */
    private static final int MIN_FRAGMENT_BYTES = 32;

    /** The language mix of a generated document, with its label, its file-name tag and its legacy encodings. */
    private enum CorpusLanguage {
        KO(Language.KOREAN.tag(), "ko", List.of("EUC-KR", "x-windows-949")),
        ZH_HANS(Language.SIMPLIFIED_CHINESE.tag(), "zh-hans", List.of("GB18030")),
        ZH_HANT(Language.TRADITIONAL_CHINESE.tag(), "zh-hant", List.of("Big5")),
        EN(Language.ENGLISH.tag(), "en", List.of()),
        MIXED("mixed", "mixed", List.of()),
        EN_ZH_HANT_INTERLEAVED("en+zh-Hant interleaved", "en-zh-hant", List.of("Big5"));

        final String label;
        final String fileTag;
        /** Legacy encodings in order of preference; the last one decides which lines are usable. */
        final List<Charset> legacyCharsets;

        CorpusLanguage(String label, String fileTag, List<String> legacyCharsets) {
            this.label = label;
            this.fileTag = fileTag;
            this.legacyCharsets = legacyCharsets.stream().map(Charset::forName).toList();
        }
    }

    private enum Layout {
        TXT("txt", false), TXT_LEGACY("txt", true), MD("md", false), HTML("html", false), PDF("pdf", false),
        DOCX("docx", false);

        final String extension;
        final boolean legacy;

        Layout(String extension, boolean legacy) {
            this.extension = extension;
            this.legacy = legacy;
        }

        boolean rich() {
            return this == PDF || this == DOCX;
        }
    }

    private static final CorpusLanguage[] LANGUAGES = CorpusLanguage.values();
    private static final Layout[] LAYOUTS = Layout.values();
    private static final List<CorpusLanguage> MIXED_PARTS =
            List.of(CorpusLanguage.KO, CorpusLanguage.ZH_HANS, CorpusLanguage.ZH_HANT, CorpusLanguage.EN);

    private final long seed;
    private final Random random;
    /** Lines of one language each, in corpus order; KO, ZH_HANS, ZH_HANT and EN. */
    private final Map<CorpusLanguage, List<String>> lines = new EnumMap<>(CorpusLanguage.class);
    /** The companies varied documents swap; read from the glossary on the first varied document. */
    private Organizations organizations;
    /** The lines of KO, ZH_HANS and ZH_HANT that their legacy encoding can represent. */
    private final Map<CorpusLanguage, List<String>> legacyLines = new EnumMap<>(CorpusLanguage.class);
    /** An English line of the transcript followed by its Traditional Chinese translation. */
    private final List<List<String>> interleavedPairs = new ArrayList<>();
    /** The pairs Big5 can represent. */
    private final List<List<String>> legacyInterleavedPairs;
    private int number;

    /** Reads every {@code *.txt} file of {@code corpusDir} (UTF-8); fails if a language has no usable line. */
    public CorpusGenerator(Path corpusDir, long seed) throws IOException {
        this.seed = seed;
        this.random = new Random(seed); // its algorithm is specified, so the sequence is the same on every JVM
        for (CorpusLanguage language : MIXED_PARTS) {
            lines.put(language, new ArrayList<>());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpusDir)) {
            files = listing.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            readLines(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        for (CorpusLanguage language : MIXED_PARTS) {
            List<Charset> legacy = language.legacyCharsets;
            requireSome(lines.get(language), language.label + " lines", corpusDir);
            if (!legacy.isEmpty()) {
                legacyLines.put(language, lines.get(language).stream().filter(l -> fits(legacy.getLast(), l)).toList());
                requireSome(legacyLines.get(language), language.label + " lines fitting " + legacy.getLast(),
                        corpusDir);
            }
        }
        Charset pairCharset = CorpusLanguage.EN_ZH_HANT_INTERLEAVED.legacyCharsets.getLast();
        legacyInterleavedPairs = interleavedPairs.stream()
                .filter(pair -> pair.stream().allMatch(l -> fits(pairCharset, l)))
                .toList();
        requireSome(interleavedPairs, "English lines followed by their Traditional Chinese translation", corpusDir);
        requireSome(legacyInterleavedPairs, "interleaved line pairs fitting " + pairCharset, corpusDir);
    }

    private static void requireSome(List<?> items, String what, Path corpusDir) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no " + what + " in " + corpusDir);
        }
    }

    /** The next document, of about {@code targetBytes} (see the class comment for what size means per format). */
    public GeneratedDocument next(int targetBytes) {
        return next(targetBytes, false);
    }

    /** The next document with its figures, periods and companies varied (see the class comment). */
    public GeneratedDocument nextVaried(int targetBytes) {
        return next(targetBytes, true);
    }

    private GeneratedDocument next(int targetBytes, boolean varied) {
        if (targetBytes < MIN_TARGET_BYTES) {
            throw new IllegalArgumentException(
                    "target size " + targetBytes + " is below " + MIN_TARGET_BYTES + " bytes");
        }
        int n = number++;
        CorpusLanguage language = LANGUAGES[n % LANGUAGES.length];
        Layout layout = LAYOUTS[(n / LANGUAGES.length) % LAYOUTS.length];
        boolean legacy = layout.legacy && !language.legacyCharsets.isEmpty();
        Charset measure = legacy ? language.legacyCharsets.getLast() : StandardCharsets.UTF_8;
        String closing = "Factbridge benchmark document " + n + ", seed " + seed + ".";
        Markup markup = Markup.of(layout, language, n);
        ToIntFunction<String> fragmentBytes = p -> markup.fragment(p).getBytes(measure).length;
        int target = layout.rich() ? Math.min(targetBytes, MAX_RICH_TEXT_BYTES) : targetBytes;
        int budget = target - markup.head().getBytes(measure).length - fragmentBytes.applyAsInt(closing)
                - markup.tail().getBytes(measure).length;
        Variation variation = varied
                ? Variation.draw(new Random(storySeed(seed, n)), organizations().canonicals())
                : null;
        List<String> paragraphs = fill(language, legacy, budget, fragmentBytes, variation);
        paragraphs.add(closing);

        String text = String.join("\n", paragraphs);
        Charset charset = legacy ? firstThatFits(language.legacyCharsets, text) : StandardCharsets.UTF_8;
        byte[] bytes = switch (layout) {
            case PDF -> rich(() -> RealDocuments.pdf(paragraphs, null));
            case DOCX -> rich(() -> RealDocuments.docx(paragraphs));
            default -> markup.render(paragraphs).getBytes(charset);
        };
        String charsetTag = layout.rich() || charset == StandardCharsets.UTF_8 ? "" : "." + fileTag(charset);
        String fileName = String.format("bench-%06d-%s%s%s.%s", n, language.fileTag, varied ? "-varied" : "",
                charsetTag, layout.extension);
        return new GeneratedDocument(fileName, bytes, layout.extension, layout.rich() ? null : charset.name(),
                language.label, text.length(), Hashing.docId(bytes));
    }

    /** {@code count} documents whose target sizes are log-uniform between {@code minBytes} and {@code maxBytes}. */
    public List<GeneratedDocument> generate(int count, int minBytes, int maxBytes) {
        return generate(count, minBytes, maxBytes, false);
    }

    /** As {@link #generate}, each document varied (see the class comment). */
    public List<GeneratedDocument> generateVaried(int count, int minBytes, int maxBytes) {
        return generate(count, minBytes, maxBytes, true);
    }

    private List<GeneratedDocument> generate(int count, int minBytes, int maxBytes, boolean varied) {
        List<GeneratedDocument> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            documents.add(next(nextTargetSize(minBytes, maxBytes), varied));
        }
        return documents;
    }

    private Organizations organizations() {
        if (organizations == null) {
            organizations = Organizations.standard();
        }
        return organizations;
    }

    /** A document's own seed: SplitMix64's finalizer, so neighbouring numbers get unrelated stories. */
    static long storySeed(long seed, int number) {
        long z = seed + 0x9E3779B97F4A7C15L * (number + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Writes the files: {@code <corpus dir> <output dir> <count> [seed=42] [minBytes=1024] [maxBytes=262144]
     * [recombined|varied]}.
     */
    public static void main(String[] args) {
        if (args.length < 3 || args.length > 7
                || args.length == 7 && !List.of("recombined", "varied").contains(args[6])) {
            System.err.println("usage: CorpusGenerator <corpus dir> <output dir> <count> [seed=42] [minBytes=1024] "
                    + "[maxBytes=262144] [recombined|varied]");
            System.exit(2);
        }
        boolean varied = args.length == 7 && args[6].equals("varied");
        int count = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        int minBytes = args.length > 4 ? Integer.parseInt(args[4]) : 1024;
        int maxBytes = args.length > 5 ? Integer.parseInt(args[5]) : 256 * 1024;
        try {
            Path out = Files.createDirectories(Path.of(args[1]));
            CorpusGenerator generator = new CorpusGenerator(Path.of(args[0]), seed);
            long bytes = 0;
            for (int i = 0; i < count; i++) { // one at a time: a large corpus need not fit in memory
                GeneratedDocument document = generator.next(generator.nextTargetSize(minBytes, maxBytes), varied);
                Files.write(out.resolve(document.fileName()), document.bytes());
                bytes += document.bytes().length;
            }
            System.out.printf("wrote %d files, %d bytes, into %s (seed %d)%n", count, bytes, out, seed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int nextTargetSize(int minBytes, int maxBytes) {
        if (minBytes < MIN_TARGET_BYTES || maxBytes < minBytes) {
            throw new IllegalArgumentException("sizes must satisfy " + MIN_TARGET_BYTES + " <= min <= max, not "
                    + minBytes + " and " + maxBytes);
        }
        double logMin = Math.log(minBytes);
        double logMax = Math.log(maxBytes);
        return (int) Math.min(maxBytes, Math.round(Math.exp(logMin + random.nextDouble() * (logMax - logMin))));
    }

    /**
     * Random lines of the language (only those its legacy encoding can represent if {@code legacy}) filling
     * {@code budget} bytes, each told in {@code variation} if there is one, each cut to a quarter of the budget at
     * most, the last one cut to fit.
     */
    private List<String> fill(CorpusLanguage language, boolean legacy, int budget, ToIntFunction<String> fragmentBytes,
            Variation variation) {
        List<String> chosen = new ArrayList<>();
        int cap = Math.max(budget / 4, MIN_FRAGMENT_BYTES);
        int used = 0;
        int mixedStart = random.nextInt(MIXED_PARTS.size());
        filling:
        while (budget - used >= MIN_FRAGMENT_BYTES) {
            List<CorpusLanguage> languages;
            List<String> next = switch (language) {
                // The four languages in turn, so even a small mixed document has several.
                case MIXED -> {
                    CorpusLanguage part = MIXED_PARTS.get((mixedStart + chosen.size()) % MIXED_PARTS.size());
                    languages = List.of(part);
                    yield List.of(pick(lines.get(part)));
                }
                case EN_ZH_HANT_INTERLEAVED -> {
                    languages = List.of(CorpusLanguage.EN, CorpusLanguage.ZH_HANT);
                    yield pick(legacy ? legacyInterleavedPairs : interleavedPairs);
                }
                default -> {
                    languages = List.of(language);
                    yield List.of(pick((legacy ? legacyLines : lines).get(language)));
                }
            };
            for (int i = 0; i < next.size(); i++) {
                String line = variation == null
                        ? next.get(i)
                        : variation.apply(next.get(i), languages.get(i).label, organizations);
                int allowed = Math.min(cap, budget - used);
                String fitted = allowed < MIN_FRAGMENT_BYTES ? "" : cutToFit(line, allowed, fragmentBytes);
                if (fitted.isEmpty()) {
                    break filling;
                }
                chosen.add(fitted);
                used += fragmentBytes.applyAsInt(fitted);
            }
        }
        return chosen;
    }

    private <T> T pick(List<T> candidates) {
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static boolean fits(Charset charset, String text) {
        return charset.newEncoder().canEncode(text);
    }

    /** The longest prefix of {@code line}, whole code points, whose fragment takes at most {@code allowed} bytes. */
    private static String cutToFit(String line, int allowed, ToIntFunction<String> fragmentBytes) {
        if (fragmentBytes.applyAsInt(line) <= allowed) {
            return line;
        }
        int low = 0; // code points known to fit
        int high = line.codePointCount(0, line.length()); // code points known not to fit
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (fragmentBytes.applyAsInt(line.substring(0, line.offsetByCodePoints(0, middle))) <= allowed) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return line.substring(0, line.offsetByCodePoints(0, low)).strip();
    }

    private static Charset firstThatFits(List<Charset> charsets, String text) {
        return charsets.stream().filter(c -> fits(c, text)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the text fits none of " + charsets));
    }

    private static String fileTag(Charset charset) {
        return switch (charset.name()) {
            case "x-windows-949" -> "cp949";
            default -> charset.name().toLowerCase(Locale.ROOT);
        };
    }

    private interface RichWriter {
        byte[] write() throws IOException;
    }

    private static byte[] rich(RichWriter writer) {
        try {
            return writer.write();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sorts the lines of one corpus file by language; a file's Chinese lines are all Simplified or all Traditional. */
    private void readLines(List<String> fileLines) {
        List<String> prose = fileLines.stream().map(String::strip).toList();
        List<CorpusLanguage> languages = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        for (String line : prose) {
            CorpusLanguage language = usable(line) ? scriptOf(line) : null;
            languages.add(language);
            if (language == CorpusLanguage.ZH_HANS) {
                chinese.add(line);
            }
        }
        // Most characters are shared by both scripts, so one line rarely tells; the whole file does.
        CorpusLanguage chineseScript = chineseScriptOf(chinese);
        CorpusLanguage previous = null;
        for (int i = 0; i < prose.size(); i++) {
            CorpusLanguage language = languages.get(i) == CorpusLanguage.ZH_HANS ? chineseScript : languages.get(i);
            if (language != null) {
                lines.get(language).add(prose.get(i));
                if (previous == CorpusLanguage.EN && language == CorpusLanguage.ZH_HANT) {
                    interleavedPairs.add(List.of(prose.get(i - 1), prose.get(i)));
                }
            }
            previous = language;
        }
    }

    private static boolean usable(String line) {
        return line.codePointCount(0, line.length()) >= MIN_LINE_CHARS && !line.contains("://");
    }

    /** KO, EN, or ZH_HANS standing for Chinese of either script; null for a line without letters. */
    private static CorpusLanguage scriptOf(String line) {
        int hangul = 0;
        int han = 0;
        int latin = 0;
        for (int cp : line.codePoints().toArray()) {
            switch (Character.UnicodeScript.of(cp)) {
                case HANGUL -> hangul++;
                case HAN -> han++;
                case LATIN -> latin++;
                default -> {
                }
            }
        }
        if (hangul > 0 && hangul >= han) {
            return CorpusLanguage.KO;
        }
        if (han > 0) {
            return CorpusLanguage.ZH_HANS;
        }
        return latin > 0 ? CorpusLanguage.EN : null;
    }

    /** Traditional if more characters exist only in Big5 than only in GB2312, else Simplified. */
    private static CorpusLanguage chineseScriptOf(List<String> chineseLines) {
        var big5 = Charset.forName("Big5").newEncoder();
        var gb2312 = Charset.forName("GB2312").newEncoder();
        long traditionalOnly = 0;
        long simplifiedOnly = 0;
        for (String line : chineseLines) {
            for (int cp : line.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .toArray()) {
                String character = Character.toString(cp);
                boolean inBig5 = big5.canEncode(character);
                boolean inGb2312 = gb2312.canEncode(character);
                traditionalOnly += inBig5 && !inGb2312 ? 1 : 0;
                simplifiedOnly += inGb2312 && !inBig5 ? 1 : 0;
            }
        }
        return traditionalOnly > simplifiedOnly ? CorpusLanguage.ZH_HANT : CorpusLanguage.ZH_HANS;
    }

    /** How a format lays out lines: a head, one fragment per line, a tail. */
    private record Markup(String head, Layout layout, String tail) {
        static Markup of(Layout layout, CorpusLanguage language, int n) {
            if (layout != Layout.HTML) {
                return new Markup("", layout, "");
            }
            String lang = switch (language) {
                case MIXED, EN_ZH_HANT_INTERLEAVED -> "";
                default -> " lang=\"" + language.label + "\"";
            };
            return new Markup("<!DOCTYPE html>\n<html" + lang + ">\n<head>\n<meta charset=\"UTF-8\">\n"
                    + "<title>Factbridge benchmark document " + n + "</title>\n</head>\n<body>\n", layout,
                    "</body>\n</html>\n");
        }

        String fragment(String line) {
            return switch (layout) {
                case MD -> line + "\n\n";
                case HTML -> "<p>" + line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</p>\n";
                default -> line + "\n";
            };
        }

        String render(List<String> lines) {
            StringBuilder out = new StringBuilder(head);
            lines.forEach(line -> out.append(fragment(line)));
            return out.append(tail).toString();
        }
    }
}
