package dev.factbridge.extract.regex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.factbridge.extract.evaluation.LabelledCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A screened pattern finds exactly what {@link Matcher#find()} finds, provided its first characters are complete:
 * every screened pattern of the extractor is held against {@code find()} over the corpus (as written, upper-cased,
 * lower-cased, and shuffled into random mixtures) and the time and cue phrases the rules are written for, so that a
 * rule whose pattern gains an alternative without its first character fails here rather than missing matches.
 */
class ScreenedPatternTest {
    /** Patterns this test compiles itself, left out of the extractor's. */
    private static final List<ScreenedPattern> OWN = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static ScreenedPattern compile(String regex, int flags, String firstChars) {
        ScreenedPattern p = ScreenedPattern.compile(regex, flags, firstChars);
        OWN.add(p);
        return p;
    }

    /** Matches as start-end pairs: by the screened scan, or by {@code find()}. */
    private static List<String> screened(ScreenedPattern p, String text) {
        List<String> found = new ArrayList<>();
        ScreenedPattern.Scan scan = p.scan(text);
        while (scan.find()) {
            found.add(scan.start() + "-" + scan.end());
        }
        return found;
    }

    private static List<String> plain(ScreenedPattern p, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = p.pattern().matcher(text);
        while (m.find()) {
            found.add(m.start() + "-" + m.end());
        }
        return found;
    }

    @Test
    void aScanFindsWhatFindFindsWithLookbehindsAndWordBoundaries() {
        ScreenedPattern year = compile("(?<![\\d.])\\b(?:19|20)\\d\\d\\b", 0, "12");
        String text = "In 2023, up from 2022 (v1.2019), 12023 and 2024.";
        // Not the 2019 after a dot nor the 2023 inside 12023: the lookbehind and \b see the text before each candidate.
        assertThat(screened(year, text)).isEqualTo(plain(year, text)).containsExactly("3-7", "17-21", "43-47");
        ScreenedPattern quarter = compile("\\bQ[1-4]\\b", Pattern.CASE_INSENSITIVE, "q");
        assertThat(screened(quarter, "q3 and Q4, not XQ2")).containsExactly("0-2", "7-9");
    }

    @Test
    void aFirstCharacterLeftOutIsCaughtByTheComparison() {
        ScreenedPattern incomplete = compile("\\bgrowth\\b|\\bincrease\\b", Pattern.CASE_INSENSITIVE, "g");
        String text = "revenue increase and growth";
        assertThat(screened(incomplete, text)).isNotEqualTo(plain(incomplete, text));
    }

    @Test
    void everyScreenedPatternOfTheExtractorFindsWhatFindFinds() throws Exception {
        for (String name : List.of("dev.factbridge.extract.period.PeriodFinder", "dev.factbridge.extract.period.PeriodFinder$Rule",
                "dev.factbridge.extract.period.PeriodAssigner", "dev.factbridge.extract.metric.MetricClassifier")) {
            Class.forName(name, true, getClass().getClassLoader());
        }
        List<ScreenedPattern> patterns = new ArrayList<>(ScreenedPattern.compiled());
        patterns.removeAll(OWN);
        assertThat(patterns).hasSizeGreaterThan(30);
        List<String> texts = texts();
        int matches = 0;
        for (ScreenedPattern p : patterns) {
            for (String text : texts) {
                List<String> expected = plain(p, text);
                assertThat(screened(p, text)).as("%s in %.60s", p.pattern(), text).isEqualTo(expected);
                matches += expected.size();
            }
        }
        assertThat(matches).as("matches compared").isGreaterThan(1000);
    }

    private static List<String> texts() {
        List<String> texts = new ArrayList<>(List.of(
                "Q3 2023, third quarter of 2023, quarter 4 of fiscal year 2022, 2023 Q2, the fourth-quarter of '23",
                "H1 2023, first half of 2023, second half '22, 2023 YTD, year-to-date, so far this year, Prime Day 2023",
                "trailing twelve months, trailing 12-month, TTM, 최근 12개월, 过去12个月, 過去 12 個月, 12个月期间, 12개월 누적",
                "FY2023, FY '23, fiscal 2023, fiscal year 2024, 2023년 3분기, 2023년 제4분기, 2023년 상반기, 2022년도",
                "2023年第三季度, 2023年第4季, 2023年上半年, 2023财年, 2023財年, 今年迄今, 本年至今, 去年第三季度, 去年同期",
                "작년 3분기, 지난해 4분기, Q2 of last year, last Q4, third quarter of last year, 3분기, 第二季度, 三季度, 下半年",
                "this quarter, the quarter, last quarter, quarter's, 지난 분기, 이번 분기, 本季度, 该季度, 當季, 上个季度",
                "year-over-year, YoY, y/y, 전년 동기 대비, 同比, 年增, 年減, 较去年同期, 較去年同期, grew, increased, rose 12%",
                "revenue growth, operating margin, net income, free cash flow, headcount, employees, users, customers"));
        Random random = new Random(20261206);
        List<String> lines = new ArrayList<>();
        for (String number : LabelledCorpus.DOCUMENTS) {
            String text = LabelledCorpus.document(number).text();
            texts.add(text);
            texts.add(text.toUpperCase(Locale.ROOT));
            texts.add(text.toLowerCase(Locale.ROOT));
            lines.addAll(text.lines().filter(l -> !l.isBlank()).toList());
        }
        for (int i = 0; i < 20; i++) {
            StringBuilder mixture = new StringBuilder();
            for (int j = 0; j < 30; j++) {
                mixture.append(lines.get(random.nextInt(lines.size()))).append(' ');
            }
            texts.add(mixture.toString());
        }
        return texts;
    }
}
