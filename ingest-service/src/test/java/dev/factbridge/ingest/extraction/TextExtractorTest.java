package dev.factbridge.ingest.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    private static final String KOREAN = "2023년 아마존의 총 매출은 전년 대비 12% 성장한 5,140억 달러에서 5,750억 달러로 증가했습니다.";
    private final TextExtractor extractor = new TextExtractor(1_000_000);

    @Test
    void utf8TextKeepsItsCharacters() throws Exception {
        ExtractedText text = extractor.extract(KOREAN.getBytes(StandardCharsets.UTF_8), "000.txt");
        assertThat(text.text()).isEqualTo(KOREAN);
        assertThat(text.mediaType()).isEqualTo("text/plain");
        assertThat(text.charset()).isEqualToIgnoringCase("UTF-8");
    }

    @Test
    void eucKrTextIsDecoded() throws Exception {
        String longer = (KOREAN + "\n").repeat(5);
        ExtractedText text = extractor.extract(longer.getBytes(Charset.forName("EUC-KR")), "news.txt");
        assertThat(text.text()).startsWith(KOREAN);
    }

    @Test
    void htmlKeepsTextNotMarkup() throws Exception {
        String html = "<html><head><title>t</title></head><body><h1>AWS 매출</h1><p>營收 <b>成長</b> 12%</p></body></html>";
        ExtractedText text = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "page.html");
        assertThat(text.mediaType()).isEqualTo("text/html");
        assertThat(text.text()).contains("AWS 매출").contains("營收 成長 12%").doesNotContain("<b>");
    }

    @Test
    void decomposedHangulIsNormalizedToNfc() throws Exception {
        String nfd = java.text.Normalizer.normalize("매출", java.text.Normalizer.Form.NFD);
        assertThat(extractor.extract(nfd.getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo("매출");
    }

    @Test
    void emptyFileIsRejected() {
        assertThatThrownBy(() -> extractor.extract(new byte[0], "empty.txt"))
                .isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason()).isEqualTo(RejectionReason.EMPTY);
    }

    @Test
    void binaryJunkIsRejected() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        assertThatThrownBy(() -> extractor.extract(junk, "junk.bin"))
                .isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason())
                .isIn(RejectionReason.UNSUPPORTED_TYPE, RejectionReason.NO_TEXT, RejectionReason.CORRUPT);
    }

    @Test
    void textOverTheLimitIsRejected() {
        TextExtractor small = new TextExtractor(100);
        assertThatThrownBy(() -> small.extract("가".repeat(500).getBytes(StandardCharsets.UTF_8), "long.txt"))
                .isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason()).isEqualTo(RejectionReason.TEXT_TOO_LARGE);
    }

    @Test
    void xmlEntityBombIsRejectedWithoutExpanding() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
                + "<lolz>&lol9;</lolz>";
        assertThatThrownBy(() -> extractor.extract(bomb.getBytes(StandardCharsets.UTF_8), "lolz.xml"))
                .isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason())
                .isIn(RejectionReason.CORRUPT, RejectionReason.BOMB, RejectionReason.TEXT_TOO_LARGE);
    }

    @Test
    void fileOfNulBytesHasNoText() {
        assertThatThrownBy(() -> extractor.extract(new byte[64 * 1024], "zeros.txt"))
                .isInstanceOf(RejectedFileException.class)
                .extracting(e -> ((RejectedFileException) e).reason())
                .isIn(RejectionReason.NO_TEXT, RejectionReason.UNSUPPORTED_TYPE);
    }
}
