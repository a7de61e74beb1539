package dev.factbridge.e2e;

import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Hashing;
import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analyzed documents as a translate-service would have produced them from a long history of files: runs of the
 * corpus files' segments (as the service itself segmented and labelled them) recombined into new documents, each
 * with its offsets, language shares and docId. The same seed gives the same documents, so the candidate index can
 * be filled with the first of them after they went to Kafka without keeping them in memory.
 */
final class AnalyzedHistory {
    /** What the candidate index keeps of at most this many occurrences per key (the service's AnchorChain). */
    private static final int MAX_POSITIONS = 4;
    private static final Pattern LATIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9+&.'-]*[A-Za-z0-9+]");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private final List<List<Segment>> corpus;
    private final Random random;
    private final String run;
    private final Set<String> docIds = new HashSet<>();
    private int produced;

    /** {@code corpus}: each corpus file's segments, as the service's analysis returned them. */
    AnalyzedHistory(List<List<Segment>> corpus, long seed, String run) {
        this.corpus = corpus;
        this.random = new Random(seed);
        this.run = run;
    }

    /** The next document: one to three runs of 8–67 consecutive segments, each from a corpus file chosen at random. */
    AnalyzedDocument next() {
        while (true) {
            StringBuilder text = new StringBuilder();
            List<Segment> segments = new ArrayList<>();
            int pieces = 1 + random.nextInt(3);
            for (int p = 0; p < pieces; p++) {
                List<Segment> file = corpus.get(random.nextInt(corpus.size()));
                int length = Math.min(file.size(), 8 + random.nextInt(60));
                int start = random.nextInt(file.size() - length + 1);
                if (p > 0) {
                    text.append("\n\n");
                }
                for (int i = start; i < start + length; i++) {
                    Segment s = file.get(i);
                    if (i > start) {
                        text.append('\n');
                    }
                    int offset = text.length();
                    text.append(s.text());
                    segments.add(new Segment("s" + segments.size(), offset, text.length(), s.lang(), s.text()));
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            String docId = Hashing.docId(bytes);
            if (!docIds.add(docId)) {
                continue; // the same runs drawn again: a document the history already has
            }
            int n = ++produced;
            Instant now = Instant.now();
            String name = String.format("history-%06d.txt", n);
            DocumentSource source = new DocumentSource("local:history", run + "/" + name, bytes.length, null, now);
            // No translations: the schema's null for producers that offer none.
            return new AnalyzedDocument(AnalyzedDocument.SCHEMA_VERSION, docId, source, name, "text/plain", "UTF-8",
                    text.toString(), now, now, shares(segments), List.copyOf(segments), List.of(), null);
        }
    }

    private static List<LanguageShare> shares(List<Segment> segments) {
        Map<String, Integer> chars = new TreeMap<>();
        int total = 0;
        for (Segment s : segments) {
            if (!"und".equals(s.lang())) {
                chars.merge(s.lang(), s.text().length(), Integer::sum);
                total += s.text().length();
            }
        }
        List<LanguageShare> shares = new ArrayList<>();
        for (Map.Entry<String, Integer> e : chars.entrySet()) {
            shares.add(new LanguageShare(e.getKey(), e.getValue() / (double) total));
        }
        shares.sort(Comparator.comparingDouble(LanguageShare::share).reversed());
        return shares;
    }

    /**
     * The bulk request lines that put these documents into the translate-service's two linking indices, in the
     * shape its ElasticsearchCandidateIndex writes (both mappings are strict, so a field out of shape fails the
     * bulk): the segments by docId, and the candidate entry with the anchor keys as occurrence tokens, their
     * {@code <lang>|<key>} forms, and the positions of the keys that occur at most four times. The keys are those
     * the service takes from figures and Latin-script words (numbers of at least 100 that are not years, words of
     * at least three characters, here without its English stop words); glossary terms, which need the service's
     * glossary, are left out.
     */
    static String bulkLines(List<AnalyzedDocument> documents, String documentsAlias, String segmentsAlias) {
        StringBuilder bulk = new StringBuilder();
        for (AnalyzedDocument d : documents) {
            bulk.append(EventJson.toJson(Map.of("index", Map.of("_index", segmentsAlias, "_id", d.docId())))).append('\n');
            bulk.append(EventJson.toJson(Map.of("docId", d.docId(), "segments", d.segments()))).append('\n');
            bulk.append(EventJson.toJson(Map.of("index", Map.of("_index", documentsAlias, "_id", d.docId())))).append('\n');
            bulk.append(EventJson.toJson(candidateEntry(d))).append('\n');
        }
        return bulk.toString();
    }

    private static Map<String, Object> candidateEntry(AnalyzedDocument d) {
        List<String> occurrences = new ArrayList<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        Set<String> langKeys = new TreeSet<>();
        Map<String, List<Integer>> positions = new TreeMap<>();
        for (int i = 0; i < d.segments().size(); i++) {
            Segment s = d.segments().get(i);
            for (String key : keys(s)) {
                int n = seen.merge(key, 1, Integer::sum);
                occurrences.add(n == 1 ? key : key + "#" + n);
                langKeys.add(s.lang() + "|" + key);
                positions.computeIfAbsent(s.lang() + "|" + key, k -> new ArrayList<>()).add(i);
            }
        }
        positions.values().removeIf(p -> p.size() > MAX_POSITIONS);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("docId", d.docId());
        entry.put("lang", d.primaryLanguage());
        entry.put("anchors", occurrences);
        entry.put("anchorLangs", List.copyOf(langKeys));
        entry.put("anchorCount", seen.size());
        entry.put("anchorPositions", Base64.getEncoder().encodeToString(EventJson.toBytes(positions)));
        entry.put("segmentCount", d.segments().size());
        entry.put("indexedAt", d.analyzedAt().toString());
        return entry;
    }

    /** A segment's figure and name keys, sorted (as the service lists a segment's keys); none without a language. */
    private static Set<String> keys(Segment s) {
        Set<String> keys = new TreeSet<>();
        if ("und".equals(s.lang())) {
            return keys;
        }
        Matcher names = LATIN_NAME.matcher(s.text());
        while (names.find()) {
            if (names.group().length() >= 3) {
                keys.add("l:" + names.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Matcher numbers = NUMBER.matcher(s.text());
        while (numbers.find()) {
            BigDecimal value = new BigDecimal(numbers.group().replace(",", ""));
            boolean year = value.scale() <= 0 && value.compareTo(BigDecimal.valueOf(1900)) >= 0
                    && value.compareTo(BigDecimal.valueOf(2100)) <= 0;
            if (value.compareTo(BigDecimal.valueOf(100)) >= 0 && !year) {
                keys.add("n:" + value.stripTrailingZeros().toPlainString());
            }
        }
        return keys;
    }
}
