package dev.factbridge.translate.linking;

import dev.factbridge.testfixtures.SharedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Documents recombined from the corpus's lines, as the benchmark's {@code CorpusGenerator} makes them (a smaller
 * copy of its rules, text only): document {@code n} is Korean, Simplified Chinese, Traditional Chinese, English,
 * mixed, or English interleaved with Traditional Chinese, in turn; random lines of its language fill a log-uniform
 * size, no line more than a quarter of it; a closing line makes each distinct.
 */
final class Recombiner {
    private enum Script { KO, ZH_HANS, ZH_HANT, EN }

    private static final int MIN_BYTES = 1024;
    /** The benchmark goes up to 1 MB; beyond what this test needs to show, larger documents only cost time. */
    private static final int MAX_BYTES = Integer.getInteger("factbridge.linking.recombined-max-kb", 48) * 1024;
    private final Random random;
    private final Map<Script, List<String>> lines = new EnumMap<>(Script.class);
    private final List<List<String>> interleaved = new ArrayList<>();

    Recombiner(Random random) {
        this.random = random;
        for (Script s : Script.values()) {
            lines.put(s, new ArrayList<>());
        }
        try (Stream<Path> files = Files.list(SharedCorpus.directory())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                read(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String next(int n) {
        int budget = (int) Math.round(Math.exp(Math.log(MIN_BYTES) + random.nextDouble() * (Math.log(MAX_BYTES) - Math.log(MIN_BYTES))));
        int cap = budget / 4;
        StringBuilder text = new StringBuilder();
        int kind = n % 6;
        int mixedStart = random.nextInt(4);
        for (int i = 0; text.toString().getBytes(StandardCharsets.UTF_8).length < budget; i++) {
            List<String> next = switch (kind) {
                case 4 -> List.of(pick(lines.get(Script.values()[(mixedStart + i) % 4])));
                case 5 -> interleaved.get(random.nextInt(interleaved.size()));
                default -> List.of(pick(lines.get(Script.values()[kind])));
            };
            for (String line : next) {
                text.append(cut(line, cap)).append('\n');
            }
        }
        return text.append("Factbridge benchmark document ").append(n).append(", seed 9001.\n").toString();
    }

    private String pick(List<String> candidates) {
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static String cut(String line, int maxBytes) {
        String cut = line;
        while (cut.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            cut = cut.substring(0, cut.offsetByCodePoints(0, cut.codePointCount(0, cut.length()) * 3 / 4));
        }
        return cut.strip();
    }

    private void read(List<String> fileLines) {
        List<String> prose = fileLines.stream().map(String::strip).toList();
        List<Script> scripts = new ArrayList<>();
        List<String> chinese = new ArrayList<>();
        for (String line : prose) {
            Script s = line.codePointCount(0, line.length()) >= 20 && !line.contains("://") ? scriptOf(line) : null;
            scripts.add(s);
            if (s == Script.ZH_HANS) {
                chinese.add(line);
            }
        }
        Script chineseScript = traditional(chinese) ? Script.ZH_HANT : Script.ZH_HANS;
        Script previous = null;
        for (int i = 0; i < prose.size(); i++) {
            Script s = scripts.get(i) == Script.ZH_HANS ? chineseScript : scripts.get(i);
            if (s != null) {
                lines.get(s).add(prose.get(i));
                if (previous == Script.EN && s == Script.ZH_HANT) {
                    interleaved.add(List.of(prose.get(i - 1), prose.get(i)));
                }
            }
            previous = s;
        }
    }

    private static Script scriptOf(String line) {
        int hangul = 0, han = 0, latin = 0;
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
            return Script.KO;
        }
        if (han > 0) {
            return Script.ZH_HANS;
        }
        return latin > 0 ? Script.EN : null;
    }

    private static boolean traditional(List<String> chineseLines) {
        var big5 = Charset.forName("Big5").newEncoder();
        var gb2312 = Charset.forName("GB2312").newEncoder();
        long traditionalOnly = 0, simplifiedOnly = 0;
        for (String line : chineseLines) {
            for (int cp : line.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).toArray()) {
                String c = Character.toString(cp);
                boolean inBig5 = big5.canEncode(c), inGb = gb2312.canEncode(c);
                traditionalOnly += inBig5 && !inGb ? 1 : 0;
                simplifiedOnly += inGb && !inBig5 ? 1 : 0;
            }
        }
        return traditionalOnly > simplifiedOnly;
    }
}
