package dev.factbridge.search.facts;

import static dev.factbridge.search.facts.Facts.EN_EXCERPT;
import static dev.factbridge.search.facts.Facts.KO_LETTER;
import static dev.factbridge.search.facts.Facts.ZH_ARTICLE;
import static dev.factbridge.search.facts.Facts.enRevenue;
import static dev.factbridge.search.facts.Facts.fact;
import static dev.factbridge.search.facts.Facts.koRevenue;
import static dev.factbridge.search.facts.Facts.revenue;
import static dev.factbridge.search.facts.Facts.zhRevenue;

import dev.factbridge.events.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Fact sets of one key: the cases of ConsolidationTest, and a seeded generator of awkward ones. */
final class ConsolidationCases {
    private static final double[] FIGURES = {575e9, 574.8e9, 575.2e9, 574e9, 514e9, 500e9, 12, 12.4, 12.5, 13, 35.5, 36,
            3, 0, -2.5, -2.52, 1e-3, 134.4e9, 1344e8, 20, 25, 25.1};
    private static final double[] CONFIDENCES = {0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 1.0};
    private static final String[] LANGS = {"ko", "en", "zh-Hans", "zh-Hant", "ja", "de", ""};
    private static final String[] QUOTES = {"5,750억 달러", "$575 billion", "5750亿美元", "5750 億美元", "12%", "13 %",
            "약 80%", "$20-25", "x".repeat(300)};
    private static final String[] METRICS = {"revenue", "revenue_growth_yoy", "count", "percentage"};

    private ConsolidationCases() {
    }

    static List<List<Fact>> all() {
        List<List<Fact>> cases = new ArrayList<>();
        cases.add(List.of(koRevenue(), enRevenue(), zhRevenue()));
        Fact precise = revenue("f-precise", EN_EXCERPT, "en", "$574.8 billion", 574_800_000_000d);
        cases.add(List.of(koRevenue(), zhRevenue(), precise));
        Fact wrong = revenue("f-wrong", ZH_ARTICLE, "zh-Hans", "5140亿美元", 514_000_000_000d);
        cases.add(List.of(wrong, koRevenue(), enRevenue()));
        List<Fact> popular = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            popular.add(revenue("f-" + i, EN_EXCERPT, "en", "$575 billion", 575_000_000_000d));
        }
        for (int i = 0; i < 3001; i++) {
            popular.add(revenue("p-" + i, EN_EXCERPT, "en", "$574.8 billion", 574_800_000_000d));
        }
        cases.add(List.copyOf(popular));
        popular.add(wrong);
        cases.add(popular);
        cases.add(List.of(fact("g-ko", KO_LETTER, "ko", "12%", 40, "AWS", "revenue_growth_yoy", 12, null, "percent",
                "FY2023", null, 0.9), fact("g-en", EN_EXCERPT, "en", "13%", 80, "AWS", "revenue_growth_yoy", 13, null,
                "percent", "FY2023", null, 0.8)));
        cases.add(List.of(fact("c-ko", KO_LETTER, "ko", "수십 가지", 50, "Amazon", "count", 10, null, "count", null,
                "order_of_magnitude", 0.6), fact("c-ko2", KO_LETTER, "ko", "수백만 개", 90, "Amazon", "count", 1_000_000,
                null, "count", null, "order_of_magnitude", 0.6)));
        cases.add(List.of(fact("s-ko", KO_LETTER, "ko", "수백만 개", 90, "Amazon", "sku_count", 1_000_000, null, "count",
                null, null, 0.8), fact("s-zh", KO_LETTER, "ko", "10 萬個", 95, "Amazon", "sku_count", 100_000, null,
                "count", null, null, 0.8)));
        cases.add(List.of(fact("r-ko", KO_LETTER, "ko", "20~25달러", 10, "Amazon Q", "price_per_user_per_month", 20, 25d,
                "USD", null, "range", 0.9), fact("r-en", EN_EXCERPT, "en", "$20-25", 10, "Amazon Q",
                "price_per_user_per_month", 20, 25d, "USD", null, "range", 0.9)));
        Fact older = revenue("f-ko", KO_LETTER, "ko", "5,750억", 575_000_000_000d);
        Fact newer = new Fact(1, "f-ko", KO_LETTER, "0a.txt", "ko", "5,750억 달러", 100, 109, "s100", "Amazon",
                "revenue", 575_000_000_000d, null, "USD", "FY2023", null, 0.95, "rules/2");
        cases.add(List.of(older, newer, enRevenue()));
        return cases;
    }

    /**
     * Up to 40 facts of one key drawn from figures that round into each other or not, ranges, repeated factIds
     * (another version of a fact), confidences, languages and quotes, long ones included.
     */
    static List<Fact> random(Random random) {
        String metric = METRICS[random.nextInt(METRICS.length)];
        int n = 1 + random.nextInt(40);
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double value = FIGURES[random.nextInt(FIGURES.length)];
            Double high = random.nextInt(5) == 0 ? FIGURES[random.nextInt(FIGURES.length)] : null;
            String lang = LANGS[random.nextInt(LANGS.length)];
            String docId = Integer.toHexString(random.nextInt(8)).repeat(64);
            facts.add(new Fact(1, "f" + random.nextInt(n + 5), docId, "d.txt", lang.isEmpty() ? null : lang,
                    QUOTES[random.nextInt(QUOTES.length)], random.nextInt(500), 600, "s1", "Amazon", metric, value,
                    high, "USD", "FY2023", null, CONFIDENCES[random.nextInt(CONFIDENCES.length)], "rules/1"));
        }
        return facts;
    }
}
