package dev.factbridge.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Corpus text re-encoded in the encodings Korean and Chinese documents arrive in comes back character for
 * character, including the Hangul only Windows-949 has. Lines an encoding cannot represent (e.g. Hangul in Big5) are left out of that encoding's file.
 */
class CorpusEncodingsTest {
    private final TextExtractor extractor = new TextExtractor(16 * 1024 * 1024);

    static Path corpus(String prefix) throws IOException {
        Path dir = Path.of(System.getProperty("factbridge.home", "..")).resolve("../shared/corpus").normalize();
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "000, UTF-8, false",
        "000, UTF-8, true",
        "003, UTF-16LE, true",
        "001, UTF-16BE, true",
        "003, EUC-KR, false",
        "000, x-windows-949, false",
        "001, GB18030, false",
        "001, GBK, false",
        "002, Big5, false",
    })
    void reEncodedCorpusTextIsDecodedExactly(String file, String charsetName, boolean bom) throws Exception {
        Charset charset = Charset.forName(charsetName);
        CharsetEncoder encoder = charset.newEncoder();
        String original = Files.readAllLines(corpus(file), StandardCharsets.UTF_8).stream()
                .filter(encoder::canEncode)
                .collect(Collectors.joining("\n"));
        if (charsetName.equals("x-windows-949")) {
            // Syllables only Windows-949 (UHC) has: decoded as plain EUC-KR they would be mangled.
            original += "\n똠방각하 펲 쏼라쏼라 햏";
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (bom) {
            bytes.write("\uFEFF".getBytes(charset));
        }
        bytes.write(original.getBytes(charset));

        ExtractedText text = extractor.extract(bytes.toByteArray(), file + ".txt");

        assertThat(text.text()).isEqualTo(Normalizer.normalize(original, Normalizer.Form.NFC).strip());
        // The detected charset is the one written, or the superset it is decoded as (EUC-KR → Windows-949, ...).
        assertThat(Charset.forName(text.charset())).isEqualTo(SupersetEncodingDetector.widen(charset));
    }
}
