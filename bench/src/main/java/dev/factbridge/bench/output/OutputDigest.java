package dev.factbridge.bench.output;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The digest of what the pipeline produced for a run's documents ({@link PipelineOutput}): counts, and the SHA-256 of
 * the sorted normalised lines, which is that of the side file holding them ({@code sha256sum} gives the same).
 *
 * @param documents       the run's documents with a record in {@code documents.analyzed}
 * @param analyzedRecords records of them read (more than {@code documents}: some were analyzed again or redelivered)
 * @param links           distinct cross-document links, each an unordered pair of (document, segments)
 * @param linksSha256     SHA-256 of the sorted link lines
 * @param factRecords     records of the run's documents read from {@code facts.extracted}
 * @param facts           distinct facts (by factId)
 * @param factsSha256     SHA-256 of the sorted fact lines
 * @param changedFacts    records that replaced an earlier record of their factId with different content
 * @param linkLines       the sorted link lines (side file only, not in the report's JSON)
 * @param factLines       the sorted fact lines (side file only)
 */
public record OutputDigest(int documents, long analyzedRecords, int links, String linksSha256, long factRecords,
        int facts, String factsSha256, long changedFacts, @JsonIgnore List<String> linkLines,
        @JsonIgnore List<String> factLines) {

    /** Writes {@code <name>-links.tsv} and {@code <name>-facts.tsv} into {@code dir}, for diffing two runs. */
    public List<Path> writeSideFiles(Path dir, String name) throws IOException {
        Path linksFile = dir.resolve(name + "-links.tsv");
        Path factsFile = dir.resolve(name + "-facts.tsv");
        Files.write(linksFile, fileContent(linkLines));
        Files.write(factsFile, fileContent(factLines));
        return List.of(linksFile, factsFile);
    }

    /** The side file's bytes: UTF-8, each line ended by '\n' whatever the platform, so its SHA-256 is the digest's. */
    static byte[] fileContent(List<String> lines) {
        StringBuilder joined = new StringBuilder();
        lines.forEach(line -> joined.append(line).append('\n'));
        return joined.toString().getBytes(StandardCharsets.UTF_8);
    }
}
