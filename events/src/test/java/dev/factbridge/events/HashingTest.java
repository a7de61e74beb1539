package dev.factbridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HashingTest {
    @Test
    void docIdIsTheHexSha256OfTheRawBytes() {
        // FIPS 180-2 test vector.
        assertThat(Hashing.docId("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hashing.sha256Hex("매출")).isEqualTo(Hashing.docId("매출".getBytes(StandardCharsets.UTF_8)));
    }
}
