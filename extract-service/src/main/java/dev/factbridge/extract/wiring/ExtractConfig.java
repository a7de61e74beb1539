package dev.factbridge.extract.wiring;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "factbridge.extract")
public interface ExtractConfig {

    /**
     * The Latin-script languages {@code POST /api/extract} chooses between when it segments bare text (the pipeline
     * gets its segments from documents.analyzed). Keep equal to the translate-service's list.
     */
    @WithDefault("en,de,fr,es,it,pt,nl")
    List<String> latinLanguages();
}
