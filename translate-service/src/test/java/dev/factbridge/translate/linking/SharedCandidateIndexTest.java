package dev.factbridge.translate.linking;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.EventJson;
import dev.factbridge.events.Hashing;
import dev.factbridge.events.IngestedDocument;
import dev.factbridge.events.Segment;
import dev.factbridge.glossary.Glossary;
import dev.factbridge.testplatform.FactbridgePlatformResource;
import dev.factbridge.testplatform.LocalPlatform;
import dev.factbridge.text.language.LanguageDetector;
import dev.factbridge.text.language.LatinLanguageIdentifier;
import dev.factbridge.translate.analysis.AnalysisPipeline;
import dev.factbridge.translate.analysis.DocumentAnalyzer;
import dev.factbridge.translate.alignment.AnchorExtractor;
import dev.factbridge.translate.alignment.CrossDocumentAligner;
import dev.factbridge.translate.alignment.CrossDocumentLinker;
import dev.factbridge.translate.evaluation.Corpus;
import dev.factbridge.translate.mt.MachineTranslationFiller;
import dev.factbridge.translate.mt.MachineTranslationOff;
import dev.factbridge.translate.mt.MachineTranslator;
import dev.factbridge.translate.translation.TranslationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.http.HttpHost;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The candidate index in the real Elasticsearch (the platform's, or a container), under a test-only alias that is
 * deleted afterwards: instances that share it link the same pairs, and a translation finds its original after a
 * large history of unrelated documents, and after thousands of documents recombined from the original's own
 * paragraphs (as the benchmark's corpus is). Every linker here is a new object, as after a restart: what it finds
 * comes from Elasticsearch, not from its memory.
 * Sizes: {@code -Dfactbridge.linking.unrelated-mb} (default 100) and {@code -Dfactbridge.linking.recombined} (2000).
 */
class SharedCandidateIndexTest {
    private static final long UNRELATED_MB = Long.getLong("factbridge.linking.unrelated-mb", 100);
    private static final int RECOMBINED = Integer.getInteger("factbridge.linking.recombined", 2000);
    private static final String PREFIX = "factbridge-test-linking-" + UUID.randomUUID().toString().substring(0, 8);
    private static final MachineTranslator OFF = MachineTranslationOff.INSTANCE;
    private static LocalPlatform.Endpoints endpoints;
    private static final List<RestClient> clients = new ArrayList<>();
    private static final List<String> indices = new ArrayList<>();
    private static AnchorExtractor anchors;
    private static DocumentAnalyzer analyzer;

    @BeforeAll
    static void platform() {
        endpoints = FactbridgePlatformResource.endpoints();
        anchors = new AnchorExtractor(Glossary.standard());
        analyzer = new DocumentAnalyzer(new LanguageDetector(new LatinLanguageIdentifier(List.of("en", "de", "fr"))), anchors);
    }

    @AfterAll
    static void deleteTestIndices() throws IOException {
        try (RestClient admin = restClient()) {
            for (String index : indices) {
                try {
                    admin.performRequest(new Request("DELETE", "/" + index));
                } catch (ResponseException e) {
                    // never created
                }
            }
        }
        for (RestClient client : clients) {
            client.close();
        }
    }

    private static RestClient restClient() {
        String auth = Base64.getEncoder().encodeToString((endpoints.elasticsearchUser() + ":"
                + endpoints.elasticsearchPassword()).getBytes(StandardCharsets.UTF_8));
        return RestClient.builder(HttpHost.create(endpoints.elasticsearchScheme() + "://" + endpoints.elasticsearchHost()))
                .setDefaultHeaders(new BasicHeader[] {new BasicHeader("Authorization", "Basic " + auth)}).build();
    }

    /** One instance of the service: its own client, index object, cache and linker, on the shared alias. */
    private static final class Instance {
        final ElasticsearchClient client;
        final ElasticsearchCandidateIndex index;
        final CrossDocumentLinker linker;
        final AnalysisPipeline pipeline;

        Instance(String alias) {
            RestClient rest = restClient();
            clients.add(rest);
            client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper(EventJson.MAPPER)));
            index = new ElasticsearchCandidateIndex(client, alias, alias + "-segments", RefreshPolicy.IMMEDIATE);
            for (String name : List.of(index.versionedName(), index.segmentsVersionedName())) {
                if (!indices.contains(name)) {
                    indices.add(name);
                }
            }
            linker = new CrossDocumentLinker(index, new CrossDocumentAligner(anchors, 0.45), anchors);
            pipeline = new AnalysisPipeline(analyzer, linker, new TranslationBuilder(Glossary.standard(),
                    new MachineTranslationFiller(OFF), "en"));
        }

        AnalyzedDocument process(String name, String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            return pipeline.process(new IngestedDocument(1, Hashing.docId(bytes), new DocumentSource("local:test", name,
                    bytes.length, null, Instant.now()), name, "text/plain", "UTF-8", text, Instant.now()));
        }
    }

    private static String alias(String name) {
        return PREFIX + "-" + name;
    }

    private static String docId(String text) {
        return Hashing.docId(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Links of a document: other docId → how many sentence links. */
    private static Map<String, Long> linksByDocument(AnalyzedDocument doc) {
        return doc.alignments().stream().filter(a -> a.docId() != null)
                .collect(Collectors.groupingBy(a -> a.docId(), TreeMap::new, Collectors.counting()));
    }

    @Test
    void twoInstancesSharingTheIndexLinkExactlyThePairsOneInstanceLinks() {
        List<String> arrival = List.of("002", "000", "003", "001", "004");
        Instance alone = new Instance(alias("one"));
        Map<String, List<?>> one = new TreeMap<>();
        for (String prefix : arrival) {
            one.put(prefix, alone.process(prefix + ".txt", Corpus.text(prefix)).alignments());
        }

        Instance first = new Instance(alias("two"));
        Instance second = new Instance(alias("two"));
        Map<String, List<?>> two = new TreeMap<>();
        for (int i = 0; i < arrival.size(); i++) {
            String prefix = arrival.get(i);
            two.put(prefix, (i % 2 == 0 ? first : second).process(prefix + ".txt", Corpus.text(prefix)).alignments());
        }
        assertThat(two).isEqualTo(one);
        // ... and they are the pairs the corpus has: 004 translates parts of 000 and 001, nothing else links.
        assertThat(linksByDocument(first.process("004.txt", Corpus.text("004"))))
                .containsOnlyKeys(docId(Corpus.text("000")), docId(Corpus.text("001")));
        assertThat(one.get("004")).hasSizeGreaterThanOrEqualTo(40);
    }

    /** Writes history in bulk, as the service writes a document ({@link ElasticsearchCandidateIndex#putAll}). */
    private static void bulk(Instance instance, List<CandidateIndex.Document> documents) {
        instance.index.putAll(documents);
    }

    @Test
    void aTranslationLinksToItsOriginalAfterAHundredMegabytesOfUnrelatedDocuments() {
        Instance before = new Instance(alias("history"));
        String letter = Corpus.text("000");
        before.process("000.txt", letter);

        // Unrelated documents in the letter's language: a figure of their own in every sentence and now and then one
        // of the excerpt's anchors (the same company's names and figures), so that they compete for the candidate
        // slots, but no translation of it.
        List<String> excerptKeys = new ArrayList<>(before.linker.anchorKeys(analyzer.analyze(Corpus.text("004")).segments()));
        excerptKeys.sort(null);
        Random random = new Random(14);
        long bytes = 0;
        long started = System.nanoTime();
        int documents = 0;
        List<CandidateIndex.Document> batch = new ArrayList<>();
        long batchBytes = 0;
        while (bytes < UNRELATED_MB * 1_000_000) {
            List<Segment> segments = new ArrayList<>();
            List<Set<String>> keys = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 400; s++) {
                long figure = (random.nextInt(900_000) + 100);
                String sentence = "2024년 " + figure + "억 원의 매출은 새로운 사업 " + documents + "-" + s
                        + "에서 나왔으며, 이는 전년 대비 " + random.nextInt(99) + "% 증가한 수치입니다.";
                segments.add(new Segment("s" + s, text.length(), text.length() + sentence.length(), "ko", sentence));
                text.append(sentence).append(' ');
                Set<String> sentenceKeys = new java.util.HashSet<>(Set.of("n:" + figure * 100_000_000L));
                if (s % 40 == 0) {
                    sentenceKeys.add(excerptKeys.get(random.nextInt(excerptKeys.size())));
                }
                keys.add(sentenceKeys);
            }
            batch.add(new CandidateIndex.Document(docId(text.toString()), "ko", segments, keys));
            int size = text.toString().getBytes(StandardCharsets.UTF_8).length;
            bytes += size;
            batchBytes += size;
            documents++;
            if (batchBytes > 8_000_000) {
                bulk(before, batch);
                batch.clear();
                batchBytes = 0;
            }
        }
        bulk(before, batch);
        System.out.printf("indexed %d unrelated documents, %d MB of text, in %.1f s%n", documents, bytes / 1_000_000,
                (System.nanoTime() - started) / 1e9);

        Instance restarted = new Instance(alias("history"));
        Map<String, Long> links = linksByDocument(restarted.process("004.txt", Corpus.text("004")));
        assertThat(links.get(docId(letter))).as("links to the letter").isNotNull().isGreaterThanOrEqualTo(25);
    }

    @Test
    void aTranslationLinksToItsOriginalsAfterThousandsOfDocumentsRecombinedFromTheirParagraphs() {
        Instance before = new Instance(alias("recombined"));
        String letter = Corpus.text("000");
        String article = Corpus.text("001");
        for (String prefix : List.of("000", "001", "002", "003")) {
            before.process(prefix + ".txt", Corpus.text(prefix));
        }
        Recombiner recombiner = new Recombiner(new Random(9001));
        long started = System.nanoTime();
        List<CandidateIndex.Document> batch = new ArrayList<>();
        for (int n = 0; n < RECOMBINED; n++) {
            String text = recombiner.next(n);
            DocumentAnalyzer.Analysis analysis = analyzer.analyze(text);
            String lang = analysis.languages().isEmpty() ? "und" : analysis.languages().get(0).lang();
            batch.add(before.linker.document(docId(text), lang, analysis.segments()));
            if (batch.size() == 200) {
                bulk(before, batch);
                batch.clear();
            }
        }
        bulk(before, batch);
        System.out.printf("indexed %d recombined documents in %.1f s%n", RECOMBINED, (System.nanoTime() - started) / 1e9);

        Instance restarted = new Instance(alias("recombined"));
        Map<String, Long> links = linksByDocument(restarted.process("004.txt", Corpus.text("004")));
        System.out.println("004 links after " + RECOMBINED + " recombined documents: " + links.entrySet().stream()
                .map(e -> e.getKey().substring(0, 8) + "=" + e.getValue()).toList() + " (000 = "
                + docId(letter).substring(0, 8) + ", 001 = " + docId(article).substring(0, 8) + ")");
        assertThat(links.get(docId(letter))).as("links to the letter").isNotNull().isGreaterThanOrEqualTo(25);
        assertThat(links.get(docId(article))).as("links to the article").isNotNull().isGreaterThanOrEqualTo(15);

        // Earlier runs of CrossDocumentLinksIT left copies of the letter, each with its own reference number, and of
        // the article, each with its own marker word. This run's excerpt shares this run's reference number with this
        // run's letter, so it finds that first among the copies; of the article, any copy will do (they are the same
        // text, and a reference sentence at its end would spread the links too thinly over the article's tail).
        Set<String> articles = new java.util.HashSet<>(Set.of(docId(article)));
        for (int run = 0; run < 5; run++) {
            before.process("000-run" + run + ".txt", letter + "\n\n참조 번호는 " + (7_345_000_000L + run) + "입니다.\n");
            String copy = article + "\n\nlinkrunearlier" + (char) ('a' + run) + "\n";
            before.process("001-run" + run + ".txt", copy);
            articles.add(docId(copy));
        }
        String thisRunsLetter = letter + "\n\n참조 번호는 7345999999입니다.\n";
        String thisRunsArticle = article + "\n\nlinkrunthisrun\n";
        articles.add(docId(thisRunsArticle));
        new Instance(alias("recombined")).process("000-this-run.txt", thisRunsLetter);
        new Instance(alias("recombined")).process("001-this-run.txt", thisRunsArticle);
        long linking = System.nanoTime();
        Map<String, Long> runLinks = linksByDocument(new Instance(alias("recombined")).process("004-this-run.txt",
                Corpus.text("004") + "\n\nReference number 7345999999.\n"));
        System.out.printf("the excerpt analyzed and linked in %d ms: %s%n", (System.nanoTime() - linking) / 1_000_000,
                runLinks.entrySet().stream().map(e -> e.getKey().substring(0, 8) + "=" + e.getValue()).toList());
        assertThat(runLinks.get(docId(thisRunsLetter))).as("links to this run's letter").isNotNull().isGreaterThanOrEqualTo(25);
        assertThat(runLinks).as("links to the article").hasEntrySatisfying(
                new org.assertj.core.api.Condition<>(articles::contains, "an article"),
                new org.assertj.core.api.Condition<>(n -> n >= 15, "at least 15 links"));
    }
}
