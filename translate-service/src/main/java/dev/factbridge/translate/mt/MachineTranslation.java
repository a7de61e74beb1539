package dev.factbridge.translate.mt;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The service's {@link MachineTranslator}: LibreTranslate when {@code factbridge.translate.mt.enabled=true} with a
 * URL, otherwise off. Off, {@link #translate} throws (it never answers with an empty list, which would break the
 * one-translation-per-text contract); callers ask {@link #enabled()} first. The configuration is checked at start:
 * enabled without a usable URL stops the service with a message naming the key.
 */
@ApplicationScoped
public class MachineTranslation implements MachineTranslator {
    private static final Logger LOG = Logger.getLogger(MachineTranslation.class);
    static final String OFF = "off";
    static final String OFF_MESSAGE = "machine translation is off (factbridge.translate.mt.enabled=false)";

    private final LibreTranslateClient client; // null when off
    private final LibreTranslateGuard guard;

    MachineTranslation(MachineTranslationConfig config, LibreTranslateGuard guard) {
        this.client = settings(config).map(LibreTranslateClient::new).orElse(null);
        this.guard = guard;
    }

    /** Creates the bean at start, so that a bad configuration fails the start instead of the first document. */
    void onStart(@Observes StartupEvent event) {
        if (client == null) {
            LOG.info(OFF_MESSAGE + ": segments without an aligned counterpart get glossary glosses only");
        } else {
            LOG.infof("machine translation: %s, timeout %d ms, batches of at most %d texts / %d chars", client,
                    client.settings().timeout().toMillis(), client.settings().maxBatchTexts(),
                    client.settings().maxBatchChars());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (client != null) {
            client.close();
        }
    }

    @Override
    public boolean enabled() {
        return client != null;
    }

    @Override
    public String name() {
        return client == null ? OFF : LibreTranslateGuard.CIRCUIT;
    }

    @Override
    public List<String> translate(List<String> texts, String sourceLang, String targetLang)
            throws MachineTranslationException {
        if (client == null) {
            throw new MachineTranslationException(OFF_MESSAGE);
        }
        List<String> translations = new ArrayList<>(texts.size());
        for (List<String> batch : client.batches(texts)) {
            translations.addAll(guarded(batch, sourceLang, targetLang));
        }
        return translations;
    }

    private List<String> guarded(List<String> batch, String sourceLang, String targetLang)
            throws MachineTranslationException {
        try {
            return guard.translateBatch(client, batch, sourceLang, targetLang);
        } catch (CircuitBreakerOpenException e) {
            throw new MachineTranslationException("circuit open: " + client
                    + " failed repeatedly, so requests fail at once until the circuit breaker's delay has passed", e);
        } catch (TimeoutException e) {
            throw new MachineTranslationException(client + " did not answer within the " + LibreTranslateGuard.BACKSTOP
                    .toSeconds() + " s backstop", e);
        } catch (FaultToleranceException e) {
            throw new MachineTranslationException("fault tolerance refused the call to " + client + ": " + e, e);
        }
    }

    /**
     * The client's settings, or empty when off.
     *
     * @throws IllegalStateException when enabled without a usable URL or with impossible limits
     */
    static Optional<LibreTranslateClient.Settings> settings(MachineTranslationConfig config) {
        if (!config.enabled()) {
            return Optional.empty();
        }
        String url = config.url().map(String::strip).orElse("");
        if (url.isEmpty()) {
            throw new IllegalStateException("factbridge.translate.mt.enabled=true needs factbridge.translate.mt.url,"
                    + " the base URL of a LibreTranslate server (e.g. http://127.0.0.1:5000)");
        }
        if (config.timeout().compareTo(LibreTranslateGuard.BACKSTOP) >= 0) {
            throw new IllegalStateException("factbridge.translate.mt.timeout=" + config.timeout()
                    + " must stay below the " + LibreTranslateGuard.BACKSTOP.toSeconds()
                    + " s backstop; a batch that needs longer is too big: lower max-batch-texts or max-batch-chars");
        }
        try {
            return Optional.of(new LibreTranslateClient.Settings(URI.create(url), config.timeout(),
                    config.apiKey().map(String::strip).filter(key -> !key.isEmpty()), config.maxBatchTexts(),
                    config.maxBatchChars(), LibreTranslateLanguages.defaults().withOverrides(config.languageCodes())));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("factbridge.translate.mt: " + e.getMessage(), e);
        }
    }
}
