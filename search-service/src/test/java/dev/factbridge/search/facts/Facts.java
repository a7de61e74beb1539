package dev.factbridge.search.facts;

import dev.factbridge.events.Fact;

/** Facts as the extract-service publishes them, modelled on the shared corpus. */
final class Facts {
    static final String KO_LETTER = "0".repeat(63) + "a";      // 000: Korean shareholder letter
    static final String ZH_ARTICLE = "0".repeat(63) + "b";     // 001: zh-Hans article about the letter
    static final String EN_EXCERPT = "0".repeat(63) + "c";     // 004: English excerpt of the letter

    private Facts() {
    }

    static Fact fact(String factId, String docId, String lang, String quote, int start, String subject, String metric,
            double value, Double valueHigh, String unit, String period, String qualifier, double confidence) {
        return new Fact(Fact.SCHEMA_VERSION, factId, docId, docId.substring(62) + ".txt", lang, quote, start,
                start + quote.length(), "s" + start, subject, metric, value, valueHigh, unit, period, qualifier,
                confidence, "rules/1");
    }

    static Fact revenue(String factId, String docId, String lang, String quote, double value) {
        return fact(factId, docId, lang, quote, 100, "Amazon", "revenue", value, null, "USD", "FY2023", null, 0.9);
    }

    static Fact koRevenue() {
        return revenue("f-ko", KO_LETTER, "ko", "5,750억 달러", 575_000_000_000d);
    }

    static Fact enRevenue() {
        return revenue("f-en", EN_EXCERPT, "en", "$575 billion", 575_000_000_000d);
    }

    static Fact zhRevenue() {
        return revenue("f-zh", ZH_ARTICLE, "zh-Hans", "5750亿美元", 575_000_000_000d);
    }
}
