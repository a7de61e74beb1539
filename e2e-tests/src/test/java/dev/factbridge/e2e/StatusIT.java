package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.testplatform.FactbridgeHome;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code ./factbridge status} on the running platform: each service's consumer lag per topic, the dead-letter and
 * rejection topics, and what the index holds, the facts count equal to Elasticsearch's own.
 */
class StatusIT {

    @Test
    void statusShowsLagDeadLettersAndWhatTheIndexHolds() throws Exception {
        Pipeline pipeline = new Pipeline().start();
        Process p = new ProcessBuilder("bash", FactbridgeHome.get().resolve("factbridge").toString(), "status")
                .directory(FactbridgeHome.get().toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        for (String lag : new String[] {"translate-service +documents\\.ingested", "extract-service +documents\\.analyzed",
            "search-service +documents\\.analyzed", "search-service +facts\\.extracted"}) {
            assertThat(out).as(lag).containsPattern("(?m)^  " + lag + " +\\d+$");
        }
        for (String topic : new String[] {"dead-letter\\.translate", "dead-letter\\.extract", "dead-letter\\.search",
            "documents\\.rejected"}) {
            assertThat(out).as(topic).containsPattern("(?m)^  " + topic + " +\\d+$");
        }
        Matcher facts = Pattern.compile("(?m)^  facts +(\\d+)$").matcher(out);
        assertThat(facts.find()).as(out).isTrue();
        long indexed = pipeline.elasticsearch("GET", "/factbridge-facts/_count", null).path("count").asLong();
        assertThat(Long.parseLong(facts.group(1))).isEqualTo(indexed);
    }
}
