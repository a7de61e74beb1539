package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint with which {@code ./factbridge test} checks that the user's platform is left as it was
 * ({@code platform/bin/tests.sh}), taken here of the platform the tests run on: it is stable while nothing happens,
 * and one document dropped changes the bucket's files, topic end offsets, committed group offsets and the index
 * shards' sequence numbers, each of which the check would report.
 */
class PlatformFingerprintIT {

    @Test
    void theFingerprintSeesEveryKindOfWriteAndNothingElse() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        // The tests before this one may have left the pipeline busy (their documents still being consumed, facts
        // consolidated): first wait until the services' groups have read every topic to its end and two successive
        // fingerprints, 5 s apart, agree; the platform at rest must then stay so for another 5 s.
        AtomicReference<String> previous = new AtomicReference<>("");
        await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(5)).until(() -> {
            String now = fingerprint();
            return lagOf(now).isEmpty() && now.equals(previous.getAndSet(now));
        });
        String before = previous.get();
        assertThat(before).contains("# kafka: topic:partition:end offset", "# elasticsearch: index shard",
                "factbridge-documents", "documents.ingested:0:");
        assertThat(lagOf(before)).as("the services have read everything").isEmpty();
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(fingerprint()).as("nothing happened in between").isEqualTo(before));

        String run = Pipeline.runMarker("fingerprint");
        String docId = pipeline.drop(run + ".txt", (run + " 2023년 매출은 5,748억 달러였다.\n")
                .getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                pipeline.get("/api/facts?size=1&docId=" + docId).get("total").asLong()).isPositive());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> added = lines(fingerprint());
            added.removeAll(lines(before));
            assertThat(added).anyMatch(l -> l.contains(run + ".txt"))
                    .anyMatch(l -> l.startsWith("documents.ingested:"))
                    .anyMatch(l -> l.startsWith("translate-service documents.ingested "))
                    .anyMatch(l -> l.startsWith("factbridge-documents"))
                    .anyMatch(l -> l.startsWith("factbridge-facts"));
        });
    }

    /** The partitions a service's group has not read to the end: "group topic partition committed/end". */
    static List<String> lagOf(String fingerprint) {
        Map<String, String> ends = new HashMap<>();
        List<String> lagging = new ArrayList<>();
        for (String line : lines(fingerprint)) {
            String[] endOffset = line.split(":");
            if (endOffset.length == 3 && !line.contains(" ")) {
                ends.put(endOffset[0] + ":" + endOffset[1], endOffset[2]);
            }
        }
        for (String line : lines(fingerprint)) {
            String[] committed = line.split(" ");
            if (committed.length != 4 || !committed[0].endsWith("-service")) {
                continue;
            }
            String end = ends.get(committed[1] + ":" + committed[2]);
            // "-": the group never committed on that partition, which is caught up only while it is empty.
            if (committed[3].equals("-") ? !"0".equals(end) : !committed[3].equals(end)) {
                lagging.add(line + "/" + end);
            }
        }
        return lagging;
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n")));
    }

    private static String fingerprint() throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "set -euo pipefail; . platform/bin/lib.sh; . platform/bin/kafka.sh;"
                + " . platform/bin/elasticsearch.sh; . platform/bin/tests.sh; fb_select_jdk; fb_platform_fingerprint")
                .directory(new Pipeline().home.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
