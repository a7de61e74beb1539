package dev.factbridge.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.factbridge.testfixtures.HostileFiles;
import dev.factbridge.testfixtures.HostileFiles.HostileFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bombs are rejected as bombs, also when they hide inside a zip, and the report says what the parser said. */
class BombDetectionTest {
    private static final List<HostileFile> SPECIALS = HostileFiles.generate(7, HostileFiles.SPECIAL_KINDS.size(), "bombs");
    private final TextExtractor extractor = new TextExtractor(4 * 1024 * 1024);

    private RejectedFileException rejection(String kind) {
        HostileFile file = SPECIALS.stream().filter(f -> f.kind().equals(kind)).findFirst().orElseThrow();
        return catchThrowableOfType(RejectedFileException.class, () -> extractor.extract(file.bytes(), file.fileName()));
    }

    @Test
    void aDocxWhoseDocumentInflatesToAGibibyteIsABombAndTheReportNamesTheCause() {
        RejectedFileException e = rejection("zip-bomb-docx");
        assertThat(e.reason()).isEqualTo(RejectionReason.BOMB);
        assertThat(e.getMessage()).contains("RecordFormatException").contains("maximum length for this record type");
    }

    @Test
    void aZipOfZipBombsIsABombNotItsMembersNames() {
        RejectedFileException e = rejection("nested-zip-bomb");
        assertThat(e).as("the nested bomb is rejected").isNotNull();
        assertThat(e.reason()).isEqualTo(RejectionReason.BOMB);
        assertThat(e.getMessage()).startsWith("an embedded file expands far beyond its size");
    }

    @Test
    void billionLaughsInXmlIsABomb() {
        RejectedFileException e = catchThrowableOfType(RejectedFileException.class,
                () -> extractor.extract(HostileFiles.billionLaughs(1).getBytes(StandardCharsets.UTF_8), "lolz.xml"));
        assertThat(e.reason()).isEqualTo(RejectionReason.BOMB);
        assertThat(e.getMessage()).contains("entity expansions");
    }

    @Test
    void aWrappedParserFailureIsDescribedByItsRootCause() {
        Exception wrapped = new org.apache.tika.exception.TikaException("TIKA-198: Illegal IOException from Parser@1",
                new java.io.IOException("Missing root object specification in trailer."));
        assertThat(TextExtractor.describe(wrapped)).isEqualTo("TIKA-198: Illegal IOException from Parser@1 "
                + "(java.io.IOException: Missing root object specification in trailer.)");
    }
}
