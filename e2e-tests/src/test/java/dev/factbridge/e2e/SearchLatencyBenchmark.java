package dev.factbridge.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The search issue's latency benchmark: 1,000 mixed requests against the running search-service, one client at a
 * time, over the shared corpus (dropped into the bucket first; re-dropping the same bytes changes nothing). The mix,
 * fixed by a seed: 70% passage searches (the 40 labelled queries of the search evaluation in English, Korean and
 * Chinese, some paged, some filtered by language), 20% fact queries (free text, filters, value ranges, sorts), 10%
 * document views. Each request's wall time as the client sees it (HTTP on 127.0.0.1 included); 100 requests of
 * warm-up first. Not part of the test suite (surefire runs no *Benchmark); with the platform up:
 * {@code ./factbridge test -pl events,test-platform,e2e-tests -am -Dtest=SearchLatencyBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -DskipITs}. Appends a row to {@code docs/benchmarks/search.md}.
 */
class SearchLatencyBenchmark {
    private static final int REQUESTS = Integer.getInteger("factbridge.bench.requests", 1000);
    private static final int WARM_UP = 100;
    private static final long SEED = 20261204L;

    @Test
    void measure() throws IOException {
        Pipeline pipeline = new Pipeline().start();
        List<String> docIds = new ArrayList<>();
        try (Stream<Path> files = Files.list(Pipeline.corpus())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                docIds.add(pipeline.drop("bench-search/" + file.getFileName(), Files.readAllBytes(file)));
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> docIds.stream().allMatch(id -> pipeline.get("/api/documents/" + id).has("docId"))
                        && pipeline.get("/api/facts?docId=" + docIds.get(0)).get("total").asLong() > 0);

        List<String> queries = labelledQueries();
        Random random = new Random(SEED);
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < WARM_UP + REQUESTS; i++) {
            requests.add(request(random, queries, docIds));
        }
        long[] nanos = new long[REQUESTS];
        int[] kinds = new int[3];
        for (int i = 0; i < requests.size(); i++) {
            long start = System.nanoTime();
            JsonNode response = pipeline.get(requests.get(i));
            long took = System.nanoTime() - start;
            if (response == null) {
                throw new IllegalStateException("no response to " + requests.get(i));
            }
            if (i >= WARM_UP) {
                nanos[i - WARM_UP] = took;
                kinds[requests.get(i).startsWith("/api/search") ? 0 : requests.get(i).startsWith("/api/facts") ? 1 : 2]++;
            }
        }
        long total = Arrays.stream(nanos).sum();
        Arrays.sort(nanos);
        String row = String.format("| %s | %d (%d search, %d facts, %d documents) | %.1f | %.1f | %.1f | %.1f | %.0f | %s |%n",
                Instant.now().toString().substring(0, 16), REQUESTS, kinds[0], kinds[1], kinds[2],
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), nanos[nanos.length - 1] / 1e6,
                REQUESTS / (total / 1e9), "JDK " + Runtime.version().feature());
        System.out.print("requests, p50/p95/p99/max ms, requests/s (one client):\n" + row);
        Path report = pipeline.home.resolve("docs/benchmarks/search.md");
        if (!Files.exists(report)) {
            Files.writeString(report, """
                    # search-service query latency

                    The running local platform on this machine (2 cores, 24 GiB, Debian; services on Temurin 25), the
                    five corpus documents indexed. One client sends 1,000 mixed requests one at a time after 100 of
                    warm-up (70% passage searches from the 40 labelled queries, 20% fact queries, 10% document views;
                    fixed seed), each timed as the client sees it over HTTP on 127.0.0.1. Command, with the platform up:
                    `./factbridge test -pl events,test-platform,e2e-tests -am -Dtest=SearchLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs`.

                    | when (UTC) | requests | p50 ms | p95 ms | p99 ms | max ms | requests/s | client JVM |
                    |---|---|---|---|---|---|---|---|
                    """);
        }
        Files.writeString(report, row, StandardOpenOption.APPEND);
    }

    private static String request(Random random, List<String> queries, List<String> docIds) {
        int kind = random.nextInt(10);
        String q = queries.get(random.nextInt(queries.size()));
        if (kind < 7) {
            StringBuilder r = new StringBuilder("/api/search?q=").append(encode(q));
            int variant = random.nextInt(10);
            if (variant == 0) {
                r.append("&from=10&size=10");
            } else if (variant == 1) {
                r.append("&lang=").append(List.of("ko", "en", "zh-Hans", "zh-Hant").get(random.nextInt(4)));
            } else if (variant == 2) {
                r.append("&size=50");
            }
            return r.toString();
        }
        if (kind < 9) {
            return switch (random.nextInt(5)) {
                case 0 -> "/api/facts?q=" + encode(q);
                case 1 -> "/api/facts?subject=Amazon&sort=-value";
                case 2 -> "/api/facts?metric=revenue&unit=USD&min=1e9&max=1e12";
                case 3 -> "/api/facts?lang=ko&sort=period&size=50";
                default -> "/api/facts?q=" + encode(List.of("매출", "revenue", "营收", "營收", "영업이익").get(random.nextInt(5)));
            };
        }
        return "/api/documents/" + docIds.get(random.nextInt(docIds.size()));
    }

    private static List<String> labelledQueries() throws IOException {
        Path tsv = new Pipeline().home.resolve("search-service/src/test/resources/queries/passages.tsv");
        List<String> queries = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("query\t")) {
                queries.add(line.split("\t")[0]);
            }
        }
        return queries;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
