package dev.factbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The platform creates exactly the topics the code names. */
class TopicsFileTest {

    @Test
    void platformTopicsFileCreatesEveryTopic() throws IOException {
        Path file = Path.of(System.getProperty("factbridge.home", ".."), "platform/config/topics.conf");
        if (!Files.exists(file)) {
            file = Path.of("../platform/config/topics.conf");
        }
        List<String> names = Files.readAllLines(file).stream()
                .map(l -> l.replaceAll("#.*", "").trim())
                .filter(l -> !l.isEmpty())
                .map(l -> l.split("\\s+")[0])
                .toList();
        assertThat(names).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }
}
