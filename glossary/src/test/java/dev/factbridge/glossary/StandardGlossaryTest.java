package dev.factbridge.glossary;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled data file: it loads, and its content keeps the promises the format cannot check. */
class StandardGlossaryTest {
    private static final Glossary G = Glossary.standard();
    private static final List<String> LANGS = List.of("en", "ko", "zh-Hans", "zh-Hant");

    /**
     * Descriptive metric names for measures the fact model has no name for; each one is here because a
     * longer word would otherwise be read as revenue (매출원가 is cost of sales, not 매출) or because the
     * corpus states it (gross sales, average selling price).
     */
    private static final Set<String> DESCRIPTIVE_METRICS = Set.of(
            "gross_sales", "cost_of_sales", "gross_profit", "gross_margin", "accounts_receivable",
            "average_selling_price");

    @Test
    void loadsOnceWithAVersion() {
        assertThat(Glossary.standard()).isSameAs(G);
        assertThat(G.version()).matches("\\d{4}\\.\\d{1,2}\\.\\d+");
        assertThat(G.terms()).hasSizeGreaterThan(150);
    }

    @Test
    void everyMetricIsAFactModelMetricOrAKnownDescriptiveOne() {
        Set<String> factModel = factModelMetrics();
        assertThat(factModel).contains("revenue", "operating_income", "operating_margin", "free_cash_flow");

        List<String> metrics = G.terms().stream().filter(t -> t.category() == TermCategory.METRIC)
                .map(Term::canonical).toList();

        assertThat(metrics).allSatisfy(m -> assertThat(m).matches("[a-z]+(_[a-z]+)*"));
        assertThat(metrics).allSatisfy(m -> assertThat(factModel.contains(m) || DESCRIPTIVE_METRICS.contains(m))
                .as("%s is neither a fact-model metric nor a known descriptive one", m).isTrue());
        assertThat(metrics).contains("revenue", "operating_income", "operating_margin", "net_income",
                "free_cash_flow", "capital_investments", "advertising_revenue", "customer_savings",
                "active_customers", "price_per_user_per_month", "layoffs", "investment", "availability_zones",
                "regions");
    }

    /** The metric names in the fact model's tables: backticked snake_case in the first column. */
    private static Set<String> factModelMetrics() {
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| (`[a-z_]+`(?:, `[a-z_]+`)*) \\|").matcher(SharedFiles.factModel());
        while (row.find()) {
            Matcher name = Pattern.compile("`([a-z_]+)`").matcher(row.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    @Test
    void everySimplifiedSurfaceHasATraditionalSibling() {
        Transliterator toHant = Transliterator.getInstance("Hans-Hant");
        Transliterator toHans = Transliterator.getInstance("Hant-Hans");
        List<String> missing = new ArrayList<>();
        for (Term term : G.terms()) {
            Set<String> hant = G.surfaces(term.canonical(), "zh-Hant");
            for (String hans : G.surfaces(term.canonical(), "zh-Hans")) {
                // A sibling is linked by ICU's mapping in either direction: Hans-Hant leaves some
                // characters as they are (准 for 準 in 公認會計準則) that Hant-Hans maps back correctly.
                boolean sibling = hant.contains(toHant.transliterate(hans))
                        || hant.stream().anyMatch(t -> toHans.transliterate(t).equals(hans));
                if (!sibling) {
                    missing.add(term.canonical() + ": " + hans + " (expected " + toHant.transliterate(hans) + ")");
                }
            }
        }
        assertThat(missing).as("zh-Hans surfaces without a zh-Hant sibling").isEmpty();
    }

    @Test
    void chineseSurfacesAreInTheScriptTheirTagSays() {
        Transliterator toHant = Transliterator.getInstance("Hans-Hant");
        Transliterator toHans = Transliterator.getInstance("Hant-Hans");
        for (Term term : G.terms()) {
            for (String hans : G.surfaces(term.canonical(), "zh-Hans")) {
                assertThat(toHans.transliterate(hans)).as("zh-Hans surface %s is not Simplified", hans).isEqualTo(hans);
            }
            for (String hant : G.surfaces(term.canonical(), "zh-Hant")) {
                assertThat(toHant.transliterate(hant)).as("zh-Hant surface %s is not Traditional", hant).isEqualTo(hant);
            }
        }
    }

    @Test
    void everySurfaceLooksUpAndIsFoundAsItsOwnTerm() {
        for (Term term : G.terms()) {
            for (String lang : LANGS) {
                for (String surface : G.surfaces(term.canonical(), lang)) {
                    assertThat(G.lookup(surface)).as("lookup(%s)", surface).contains(term);
                    assertThat(G.find(surface)).as("find(%s)", surface)
                            .containsExactly(new TermMatch(0, surface.length(), surface, term));
                }
            }
        }
    }

    @Test
    void theRequiredMappingsAreThere() {
        assertThat(G.lookup("아마존")).contains(new Term("Amazon", TermCategory.COMPANY));
        assertThat(G.lookup("亚马逊")).contains(new Term("Amazon", TermCategory.COMPANY));
        assertThat(G.lookup("亞馬遜")).contains(new Term("Amazon", TermCategory.COMPANY));
        assertThat(G.lookup("북미")).contains(new Term("North America", TermCategory.SEGMENT));
        assertThat(G.lookup("北美")).contains(new Term("North America", TermCategory.SEGMENT));
        for (String international : List.of("해외", "国际", "國際")) {
            assertThat(G.lookup(international)).contains(new Term("International", TermCategory.SEGMENT));
        }
        for (String revenue : List.of("매출", "营收", "營收", "收入", "销售额", "銷售額", "net sales")) {
            assertThat(G.lookup(revenue)).as(revenue).contains(new Term("revenue", TermCategory.METRIC));
        }
        for (String op : List.of("영업이익", "营业利润", "營業利潤", "營業收入", "operating income")) {
            assertThat(G.lookup(op)).as(op).contains(new Term("operating_income", TermCategory.METRIC));
        }
        for (String fcf : List.of("잉여 현금 흐름", "自由现金流", "自由現金流", "FCF")) {
            assertThat(G.lookup(fcf)).as(fcf).contains(new Term("free_cash_flow", TermCategory.METRIC));
        }
        assertThat(G.lookup("프라임")).map(Term::canonical).contains("Prime");
        assertThat(G.lookup("베드락")).map(Term::canonical).contains("Bedrock");
        assertThat(G.lookup("세이지메이커")).map(Term::canonical).contains("SageMaker");
        assertThat(G.lookup("트레이니움")).map(Term::canonical).contains("Trainium");
        assertThat(G.lookup("인퍼런시아")).map(Term::canonical).contains("Inferentia");
        assertThat(G.lookup("앤트로픽")).map(Term::canonical).contains("Anthropic");
        assertThat(G.lookup("앤디 재시")).contains(new Term("Andy Jassy", TermCategory.PERSON));
        for (String genAi : List.of("생성형 AI", "生成式人工智能", "生成式人工智慧", "GenAI")) {
            assertThat(G.lookup(genAi)).as(genAi).map(Term::canonical).contains("generative AI");
        }
        for (String yoy : List.of("전년 대비", "同比", "year-over-year")) {
            assertThat(G.lookup(yoy)).as(yoy).map(Term::canonical).contains("year over year");
        }
        assertThat(G.lookup("분기")).map(Term::canonical).contains("quarter");
        assertThat(G.lookup("季度")).map(Term::canonical).contains("quarter");
    }

    @Test
    void findIsFastOnAHundredKilobyteText() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 100_000) { // the whole corpus is about 90,000 chars
            for (String file : List.of("002", "000", "001", "003", "004")) {
                text.append(SharedFiles.corpusFile(file));
            }
        }
        String hundredK = text.substring(0, 100_000);
        long best = Long.MAX_VALUE;
        int matches = 0;
        for (int run = 0; run < 40; run++) { // the first runs warm the JIT up; keep the best of all
            long t0 = System.nanoTime();
            matches = G.find(hundredK).size();
            best = Math.min(best, System.nanoTime() - t0);
        }
        System.out.printf("find() over 100,000 chars: %d matches, best of 40 runs %.2f ms%n", matches, best / 1e6);
        assertThat(matches).isGreaterThan(1000);
        assertThat(best).as("best time in ns").isLessThan(10_000_000L);
    }
}
