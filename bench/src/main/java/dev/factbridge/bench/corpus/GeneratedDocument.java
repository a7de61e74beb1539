package dev.factbridge.bench.corpus;

/**
 * One file of the generated corpus.
 *
 * @param fileName  unique ASCII name, e.g. {@code bench-000123-ko.euc-kr.txt}, {@code bench-000124-zh-hans-varied.md},
 *                  {@code corpus-run-42-000_808c9fe1545d93d0.txt}
 * @param bytes     the file's content
 * @param format    {@code txt}, {@code md}, {@code html}, {@code pdf} or {@code docx}
 * @param charset   the Java name of the text encoding ({@code UTF-8}, {@code EUC-KR}, {@code x-windows-949},
 *                  {@code GB18030}, {@code Big5}); null for pdf and docx
 * @param languages {@code ko}, {@code zh-Hans}, {@code zh-Hant}, {@code en}, {@code mixed} (paragraphs of all four)
 *                  or {@code en+zh-Hant interleaved} (an English line, then its Chinese translation);
 *                  {@code shared corpus} for the corpus's own files
 * @param textChars length in UTF-16 chars of the document's text (its paragraphs joined by line breaks) without markup
 * @param docId     the pipeline's id of the file: SHA-256 of {@code bytes}
 */
public record GeneratedDocument(String fileName, byte[] bytes, String format, String charset, String languages,
        int textChars, String docId) {
}
