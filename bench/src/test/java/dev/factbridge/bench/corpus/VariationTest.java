package dev.factbridge.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.glossary.Glossary;
import dev.factbridge.glossary.Term;
import dev.factbridge.glossary.TermCategory;
import dev.factbridge.quantity.Quantity;
import dev.factbridge.quantity.QuantityRecognizer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VariationTest {
    private static final Organizations ORGANIZATIONS = Organizations.standard();
    private static final QuantityRecognizer QUANTITIES = new QuantityRecognizer();
    /** Figures doubled, percentages halved, three years back, one quarter on, Amazon named Google and back. */
    private static final Variation STORY = new Variation(2.0, 0.5, -3, 1, Map.of("Amazon", "Google", "Google", "Amazon"));

    @Test
    void figuresAreRescaledToTheirOwnPrecisionAndRoundFiguresVaryToo() {
        assertThat(Variation.rescale("575", 1.37, false, 4)).isEqualTo("788");
        assertThat(Variation.rescale("5,750", 1.37, false, 4)).isEqualTo("7,880");
        assertThat(Variation.rescale("27.5", 1.37, false, 4)).isEqualTo("37.7");
        assertThat(Variation.rescale("1344", 1.37, false, 5)).isEqualTo("1841");
        assertThat(Variation.rescale("134.4", 1.37, false, 4)).isEqualTo("184.1");
        assertThat(Variation.rescale("1", 1.37, false, 4)).isEqualTo("1.4");
        assertThat(Variation.rescale("100", 1.37, false, 4)).isEqualTo("140");
        assertThat(Variation.rescale("800", 1.37, false, 4)).isEqualTo("1,100");
        assertThat(Variation.rescale("800", 1.37, false, 5)).isEqualTo("1100");
        assertThat(Variation.rescale("0", 1.37, false, 4)).isEqualTo("0");
        // A share of at most 100% stays one: divided instead of multiplied.
        assertThat(Variation.rescale("80", 1.5, true, 4)).isEqualTo("53");
        assertThat(Variation.rescale("144", 1.5, true, 4)).isEqualTo("216");
    }

    @Test
    void aKoreanLineGetsItsStoryWithParticlesThatFitTheNewName() {
        String line = "2023년 아마존의 총 매출은 전년 대비 12% 성장한 5,140억 달러에서 5,750억 달러로 증가했습니다. "
                + "아마존은 4분기에 12개월 후 FCF를 개선했습니다.";
        assertThat(STORY.apply(line, "ko", ORGANIZATIONS)).isEqualTo(
                "2020년 구글의 총 매출은 전년 대비 6% 성장한 10,300억 달러에서 11,500억 달러로 증가했습니다. "
                        + "구글은 1분기에 12개월 후 FCF를 개선했습니다.");
        Variation toNvidia = new Variation(1, 1, 0, 0, Map.of("Amazon", "Nvidia"));
        assertThat(toNvidia.apply("아마존은 아마존이 아마존을 아마존과 아마존의", "ko", ORGANIZATIONS))
                .isEqualTo("엔비디아는 엔비디아가 엔비디아를 엔비디아와 엔비디아의");
    }

    @Test
    void englishAndChineseLinesGetTheSameStory() {
        assertThat(STORY.apply("In Q2 of '23, Amazon.com offered customers 144% more deals than in Q2 of 2022, and "
                + "revenue was $134.4 billion in the second quarter.", "en", ORGANIZATIONS)).isEqualTo(
                "In Q3 of '20, Google offered customers 72% more deals than in Q3 of 2019, and revenue was $268.8 billion "
                        + "in the third quarter.");
        assertThat(STORY.apply("在 2023 年第二季度財務業績電話會議上,亞馬遜公佈的收入為 1344 億美元,超過 27,000 個岗位。", "zh-Hant",
                ORGANIZATIONS)).isEqualTo("在 2020 年第三季度財務業績電話會議上,谷歌公佈的收入為 2688 億美元,超過 54,000 個岗位。");
        assertThat(STORY.apply("继27.5亿美元，亚马逊CEO股东信承诺加大押注人工智能,如此能否将谷歌和OpenAI彻底甩在身后?", "zh-Hans",
                ORGANIZATIONS)).isEqualTo("继55亿美元，谷歌CEO股东信承诺加大押注人工智能,如此能否将亚马逊和OpenAI彻底甩在身后?");
    }

    @Test
    void anEnglishArticleFollowsTheNewFigure() {
        assertThat(STORY.apply("It is an $85 billion business with a $4 billion unit and an 18% margin.", "en", ORGANIZATIONS))
                .isEqualTo("It is a $170 billion business with an $8 billion unit and a 9% margin.");
        assertThat(Variation.withArticles("A 11,000-seat hall, an 1,100-seat one, a 80% share")).isEqualTo(
                "An 11,000-seat hall, a 1,100-seat one, an 80% share");
    }

    @Test
    void whatIsNoFigureYearQuarterOrCompanyStays() {
        String line = "Amazon Web Services runs Graviton4 and EC2 for 3M and x86 users on June 30; see the 10-K, "
                + "98 of our top 100 customers, 12-18 months, 24/7, at 10:04.";
        assertThat(STORY.apply(line, "en", ORGANIZATIONS)).isEqualTo(line);
        String korean = "아마존웹서비스(AWS)는 28일(현지시간) 7개 모델을 12개월 동안 공개했다.";
        assertThat(STORY.apply(korean, "ko", ORGANIZATIONS)).isEqualTo(korean);
    }

    @Test
    void aFigureReadsAsTheSameValueInEveryLanguageWhateverTheStory() {
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            Variation story = Variation.draw(random, ORGANIZATIONS.canonicals());
            double en = value(story.apply("Revenue was $575 billion, up 12% year over year.", "en", ORGANIZATIONS), "en");
            double ko = value(story.apply("매출은 전년 대비 12% 증가한 5,750억 달러였습니다.", "ko", ORGANIZATIONS), "ko");
            double zh = value(story.apply("收入为5750亿美元，同比增长12%。", "zh-Hans", ORGANIZATIONS), "zh-Hans");
            assertThat(ko).as(story.toString()).isEqualTo(en);
            assertThat(zh).as(story.toString()).isEqualTo(en);
            assertThat(en / 575e9).isBetween(Variation.MIN_FIGURE_FACTOR * 0.99, Variation.MAX_FIGURE_FACTOR * 1.01);
        }
    }

    @Test
    void storiesAreDrawnWithinTheirBoundsAndSwapCompaniesOneForOne() {
        Random random = new Random(11);
        for (int i = 0; i < 200; i++) {
            Variation story = Variation.draw(random, ORGANIZATIONS.canonicals());
            assertThat(story.figureFactor()).isBetween(Variation.MIN_FIGURE_FACTOR, Variation.MAX_FIGURE_FACTOR);
            assertThat(story.percentFactor()).isBetween(Variation.MIN_PERCENT_FACTOR, Variation.MAX_PERCENT_FACTOR);
            assertThat(story.yearShift()).isBetween(Variation.MIN_YEAR_SHIFT, Variation.MAX_YEAR_SHIFT);
            // The corpus states figures of 2018-2024: no varied year may land among them.
            assertThat(story.apply("Between 2018 and 2024 the company grew.", "en", ORGANIZATIONS))
                    .doesNotContain("2018", "2019", "2020", "2021", "2022", "2023", "2024");
            assertThat(story.quarterShift()).isBetween(0, 3);
            assertThat(story.companies().keySet()).containsExactlyInAnyOrderElementsOf(ORGANIZATIONS.canonicals());
            assertThat(story.companies().values()).containsExactlyInAnyOrderElementsOf(ORGANIZATIONS.canonicals());
        }
        assertThat(Variation.draw(new Random(3), ORGANIZATIONS.canonicals()))
                .isEqualTo(Variation.draw(new Random(3), ORGANIZATIONS.canonicals()));
    }

    @Test
    void everySwappedNameIsThatCompanyToTheGlossaryAndFitsItsLegacyEncodings() {
        Glossary glossary = Glossary.standard();
        Map<String, List<String>> encodings = Map.of("ko", List.of("x-windows-949"), "zh-Hans", List.of("GB18030"),
                "zh-Hant", List.of("Big5"), "en", List.of("US-ASCII"));
        for (String company : ORGANIZATIONS.canonicals()) {
            for (String lang : List.of("en", "ko", "zh-Hans", "zh-Hant")) {
                String name = ORGANIZATIONS.name(company, lang);
                assertThat(glossary.lookup(name)).as(name).contains(new Term(company, TermCategory.COMPANY));
                for (String charset : encodings.get(lang)) {
                    assertThat(Charset.forName(charset).newEncoder().canEncode(name)).as(name + " in " + charset).isTrue();
                }
            }
        }
        assertThat(Organizations.endsInConsonant("아마존")).isTrue();
        assertThat(Organizations.endsInConsonant("엔비디아")).isFalse();
    }

    private static double value(String text, String lang) {
        List<Quantity> money = QUANTITIES.recognize(text, lang).stream().filter(q -> "USD".equals(q.unit())).toList();
        assertThat(money).as(text).hasSize(1);
        return money.getFirst().value();
    }
}
