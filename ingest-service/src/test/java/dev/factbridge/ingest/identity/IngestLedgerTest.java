package dev.factbridge.ingest.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestLedgerTest {
    @TempDir
    Path dir;

    @Test
    void firstSourceSurvivesARestartAndLaterSourcesPointToIt() throws Exception {
        Path file = dir.resolve(".factbridge/ingested.jsonl");
        String docId = "a".repeat(64);
        try (IngestLedger ledger = new IngestLedger(file)) {
            assertThat(ledger.firstSource(docId)).isEmpty();
            assertThat(ledger.record(docId, "letters/000.txt", 42).duplicateOf()).isNull();
        }
        try (IngestLedger reopened = new IngestLedger(file)) {
            assertThat(reopened.firstSource(docId)).contains("letters/000.txt");
            assertThat(reopened.record(docId, "copy/000 (1).txt", 42).duplicateOf()).isEqualTo("letters/000.txt");
            assertThat(reopened.documents()).isEqualTo(1);
        }
        assertThat(Files.readAllLines(file)).hasSize(2).last().asString().contains("\"duplicateOf\":\"letters/000.txt\"");
    }
}
