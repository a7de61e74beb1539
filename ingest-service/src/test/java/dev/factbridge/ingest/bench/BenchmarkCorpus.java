package dev.factbridge.ingest.bench;

import dev.factbridge.ingest.extraction.RealDocuments;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes N files for the ingest benchmark, deterministic from a seed: paragraphs of the shared corpus recombined
 * into documents of 1 kB to 256 kB, as txt (UTF-8, EUC-KR, GB18030, Big5), md, html, pdf and docx.
 * Usage: {@code BenchmarkCorpus <corpus dir> <output dir> <count> [seed]}.
 */
public final class BenchmarkCorpus {
    private BenchmarkCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        int count = Integer.parseInt(args[2]);
        Random random = new Random(args.length > 3 ? Long.parseLong(args[3]) : 42);
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.sorted().toList()) {
                Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> l.length() > 40)
                        .forEach(paragraphs::add);
            }
        }
        String[] kinds = {"txt", "txt", "txt", "md", "html", "pdf", "docx", "euc-kr.txt", "gb18030.txt", "big5.txt"};
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            int target = 1024 << random.nextInt(9); // 1 kB .. 256 kB, log-uniform
            List<String> doc = new ArrayList<>();
            int size = 0;
            while (size < target) {
                String p = paragraphs.get(random.nextInt(paragraphs.size()));
                doc.add(p);
                size += p.length() * 2;
            }
            doc.add("benchmark document " + i + " seed " + random.nextLong()); // distinct bytes, distinct docIds
            String kind = kinds[i % kinds.length];
            byte[] content = switch (kind) {
                case "md" -> ("# Document " + i + "\n\n" + String.join("\n\n", doc)).getBytes(StandardCharsets.UTF_8);
                case "html" -> ("<html><body><h1>Document " + i + "</h1><p>" + String.join("</p><p>", doc)
                        + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
                case "pdf" -> RealDocuments.pdf(doc.subList(0, Math.min(doc.size(), 12)), null);
                case "docx" -> RealDocuments.docx(doc);
                case "euc-kr.txt" -> encodable(doc, Charset.forName("x-windows-949"));
                case "gb18030.txt" -> encodable(doc, Charset.forName("GB18030"));
                case "big5.txt" -> encodable(doc, Charset.forName("Big5"));
                default -> String.join("\n", doc).getBytes(StandardCharsets.UTF_8);
            };
            String ext = kind.contains(".") ? "txt" : kind;
            Files.write(out.resolve(String.format("doc-%05d.%s", i, ext)), content);
            bytes += content.length;
        }
        System.out.printf("wrote %d files, %d bytes, into %s%n", count, bytes, out);
    }

    private static byte[] encodable(List<String> doc, Charset charset) {
        var encoder = charset.newEncoder();
        List<String> lines = doc.stream().filter(encoder::canEncode).toList();
        return String.join("\n", lines.isEmpty() ? List.of("benchmark") : lines).getBytes(charset);
    }
}
