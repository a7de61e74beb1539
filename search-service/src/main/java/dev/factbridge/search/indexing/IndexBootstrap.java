package dev.factbridge.search.indexing;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.jboss.logging.Logger;

/** Creates each versioned index with its mapping and alias at start-up, when the alias does not exist yet. */
@ApplicationScoped
public class IndexBootstrap {
    private static final Logger LOG = Logger.getLogger(IndexBootstrap.class);
    private final RestClient client;
    private final IndexNames names;

    IndexBootstrap(RestClient client, IndexNames names) {
        this.client = client;
        this.names = names;
    }

    void onStart(@Observes StartupEvent event) {
        ensureIndices();
    }

    public void ensureIndices() {
        for (SearchIndex index : SearchIndex.values()) {
            try {
                ensure(index);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the index " + names.versionedName(index), e);
            }
        }
    }

    private void ensure(SearchIndex index) throws IOException {
        if (client.performRequest(new Request("HEAD", "/_alias/" + names.alias(index))).getStatusLine().getStatusCode() == 200) {
            return;
        }
        String definition = readDefinition(index);
        // The alias is part of the creation request, so no reader ever sees the index without it.
        String body = definition.replaceFirst("\\{", "{\"aliases\": {\"" + names.alias(index) + "\": {\"is_write_index\": true}},");
        Request create = new Request("PUT", "/" + names.versionedName(index));
        create.setJsonEntity(body);
        try {
            client.performRequest(create);
            LOG.infof("created index %s behind alias %s", names.versionedName(index), names.alias(index));
        } catch (ResponseException e) {
            // Another instance created it first.
            if (!e.getMessage().contains("resource_already_exists_exception")) {
                throw e;
            }
        }
    }

    private static String readDefinition(SearchIndex index) throws IOException {
        try (InputStream in = IndexBootstrap.class.getClassLoader().getResourceAsStream(index.definitionResource())) {
            if (in == null) {
                throw new IOException("missing resource " + index.definitionResource());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
