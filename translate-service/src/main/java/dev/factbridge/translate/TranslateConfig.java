package dev.factbridge.translate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "factbridge.translate")
public interface TranslateConfig {

    /**
     * The Latin-script languages Lingua chooses between (ISO 639-1). Each costs start-up time and heap; text in a
     * Latin language outside the set is labelled as the closest one in it.
     */
    @WithDefault("en,de,fr,es,it,pt,nl")
    List<String> latinLanguages();

    /**
     * How much segment text the service remembers of analyzed documents, for cross-document alignment (about two
     * bytes a character of heap); the oldest documents are forgotten first.
     */
    @WithDefault("8388608")
    long memoryChars();

    /** Read documents.analyzed back at start-up (off in wiring tests, which have no Kafka). */
    @WithDefault("true")
    boolean historyReplay();

    /** How long the start-up read of documents.analyzed may take before the service starts without the rest. */
    @WithDefault("60s")
    java.time.Duration historyTimeout();

    /** Cross-document links below this score are dropped. */
    @WithDefault("0.45")
    double alignmentThreshold();
}
