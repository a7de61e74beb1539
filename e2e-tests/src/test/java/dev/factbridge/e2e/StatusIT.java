package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.factbridge.testplatform.FactbridgeHome;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ./factbridge status} on the running platform, after a document of its own went through (so every service's
 * consumer group has committed offsets, even on a fresh platform): each service's consumer lag per topic, the
 * dead-letter and rejection topics, and what the index holds, the facts count equal to Elasticsearch's own.
 */
class StatusIT {

    @Test
    void statusShowsLagDeadLettersAndWhatTheIndexHolds() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        String run = Pipeline.runMarker("status");
        String docId = pipeline.drop(run + ".txt", (run + " 아마존의 2023년 매출은 5,748억 달러로 전년 대비 12% 증가했다.\n")
                .getBytes(StandardCharsets.UTF_8));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                pipeline.get("/api/facts?size=1&docId=" + docId).get("total").asLong()).isPositive());
        // Offsets are committed a few seconds after processing: the status is read again until every lag shows.
        String[] out = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            out[0] = status();
            for (String lag : new String[] {"translate-service +documents\\.ingested",
                "extract-service +documents\\.analyzed", "search-service +documents\\.analyzed",
                "search-service +facts\\.extracted"}) {
                assertThat(out[0]).as(lag).containsPattern("(?m)^  " + lag + " +\\d+$");
            }
        });
        for (String topic : new String[] {"dead-letter\\.translate", "dead-letter\\.extract", "dead-letter\\.search",
            "documents\\.rejected"}) {
            assertThat(out[0]).as(topic).containsPattern("(?m)^  " + topic + " +\\d+$");
        }
        Matcher facts = Pattern.compile("(?m)^  facts +(\\d+)$").matcher(out[0]);
        assertThat(facts.find()).as(out[0]).isTrue();
        long indexed = pipeline.elasticsearch("GET", "/factbridge-facts/_count", null).path("count").asLong();
        assertThat(Long.parseLong(facts.group(1))).isEqualTo(indexed);
    }

    private static String status() throws Exception {
        Process p = new ProcessBuilder("bash", FactbridgeHome.get().resolve("factbridge").toString(), "status")
                .directory(FactbridgeHome.get().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
