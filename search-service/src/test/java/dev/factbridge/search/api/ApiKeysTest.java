package dev.factbridge.search.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
    @TempDir
    Path dir;

    @Test
    void acceptsOnlyConfiguredKeys() {
        ApiKeys keys = new ApiKeys(Optional.of(List.of(ApiKeys.hash("k1"))), Optional.of("k2"), Optional.empty());
        assertThat(keys.accepts("k1")).isTrue();
        assertThat(keys.accepts("k2")).isTrue();
        assertThat(keys.accepts("k3")).isFalse();
        assertThat(keys.accepts("")).isFalse();
        assertThat(keys.accepts(null)).isFalse();
    }

    @Test
    void generatesAKeyFileWhenNothingIsConfiguredAndReusesIt() throws Exception {
        Path file = dir.resolve("secrets/api-key");
        ApiKeys first = new ApiKeys(Optional.empty(), Optional.empty(), Optional.of(file));
        String key = Files.readString(file).strip();
        assertThat(key).startsWith("fb_").hasSizeGreaterThan(20);
        assertThat(first.accepts(key)).isTrue();
        ApiKeys second = new ApiKeys(Optional.empty(), Optional.empty(), Optional.of(file));
        assertThat(second.accepts(key)).isTrue();
        assertThat(Files.readString(file).strip()).isEqualTo(key);
    }
}
