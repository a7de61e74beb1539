package dev.factbridge.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.events.Alignment;
import dev.factbridge.events.AnalyzedDocument;
import dev.factbridge.events.DocumentSource;
import dev.factbridge.events.LanguageShare;
import dev.factbridge.events.Segment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassageDocumentTest {
    private static final String EN = "Net sales increased 11% to $134.4 billion.";
    private static final String HANT = "淨銷售額成長 11% 至 1344 億美元。";
    private static final String TEXT = EN + "\n" + HANT;

    private static AnalyzedDocument doc() {
        return new AnalyzedDocument(1, "e".repeat(64), new DocumentSource("local:b", "002.txt", 1, null, Instant.now()),
                "002.txt", "text/plain", "UTF-8", TEXT, Instant.now(), Instant.now(),
                List.of(new LanguageShare("en", 0.5), new LanguageShare("zh-Hant", 0.5)),
                List.of(new Segment("s0", 0, EN.length(), "en", EN),
                        new Segment("s1", EN.length() + 1, TEXT.length(), "zh-Hant", HANT)),
                List.of(Alignment.withinDocument(List.of("s0"), List.of("s1"), 0.97)), null);
    }

    @Test
    void eachLanguageGoesToTheFieldAnalyzedForIt() {
        AnalyzedDocument d = doc();
        PassageDocument en = PassageDocument.of(d, d.segments().get(0), List.of(), Instant.now());
        PassageDocument hant = PassageDocument.of(d, d.segments().get(1), List.of(), Instant.now());
        assertThat(en.text_en()).isEqualTo(EN);
        assertThat(en.text_cjk()).isNull();
        assertThat(hant.text_cjk()).isEqualTo(HANT);
        assertThat(hant.text_en()).isNull();
        assertThat(hant.text_zh()).isNull();
        Segment ko = new Segment("s9", 0, 2, "ko", "매출");
        assertThat(PassageDocument.of(d, ko, List.of(), Instant.now()).text_ko()).isEqualTo("매출");
    }

    @Test
    void alignmentsShowInBothDirections() {
        AnalyzedDocument d = doc();
        Map<String, List<PassageDocument.AlignedPassage>> aligned = DocumentIndexer.alignedWithinDocument(d,
                Map.of("s0", d.segments().get(0), "s1", d.segments().get(1)));
        assertThat(aligned.get("s0")).extracting(PassageDocument.AlignedPassage::text).containsExactly(HANT);
        assertThat(aligned.get("s1")).extracting(PassageDocument.AlignedPassage::lang).containsExactly("en");
    }

    @Test
    void figuresAreIndexedAsNumberTermsAndCrossDocumentLinksAsPassageIds() {
        AnalyzedDocument d = doc();
        PassageDocument en = PassageDocument.of(d, d.segments().get(0), List.of(), List.of("f".repeat(64) + ":s3"),
                List.of(), Instant.now());
        PassageDocument hant = PassageDocument.of(d, d.segments().get(1), List.of(), Instant.now());
        assertThat(en.numbers()).containsExactly("11%", "134000000000");
        assertThat(hant.numbers()).isEqualTo(en.numbers());
        assertThat(en.alignedIds()).containsExactly("f".repeat(64) + ":s3");
        assertThat(hant.alignedIds()).isNull();
    }

    @Test
    void crossDocumentLinksNameTheOtherDocumentsPassages() {
        String other = "a".repeat(64);
        AnalyzedDocument d = doc();
        AnalyzedDocument linked = new AnalyzedDocument(1, d.docId(), d.source(), d.fileName(), d.mediaType(),
                d.charset(), d.text(), d.ingestedAt(), d.analyzedAt(), d.languages(), d.segments(),
                List.of(Alignment.withinDocument(List.of("s0"), List.of("s1"), 0.9),
                        new Alignment(List.of("s0"), List.of("s7", "s8"), 0.8, other)),
                null);
        Map<String, List<String>> links = PassageDocument.crossDocumentLinks(linked);
        assertThat(links).containsOnlyKeys("s0");
        assertThat(links.get("s0")).containsExactly(other + ":s7", other + ":s8");
    }
}
