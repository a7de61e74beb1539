package dev.factbridge.extract.period;

import dev.factbridge.extract.regex.ScreenedPattern;
import dev.factbridge.extract.regex.WordLists;
import dev.factbridge.extract.regex.Words;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Time expressions of one sentence in Korean, Chinese and English, resolved against the document's reporting
 * period. Patterns run longest first; a span claimed by one is not read again by a shorter one
 * ({@code 2023년 2분기} is one quarter, not a year and a quarter). Times written with numbers are grammar, here;
 * the relative time words (작년, this quarter, 去年同期) are the lists of {@code time-words.tsv}. Thread-safe.
 */
public final class PeriodFinder {
    private static final String ORDINAL = "first|second|third|fourth";
    private static final String YEAR = "(19[5-9]\\d|20\\d\\d)";
    /** "the comparable prior year period", 去年同期: the year before whatever period the sentence speaks of. */
    public static final String PRIOR = "PRIOR";

    /** The characters a match of {@link #YEAR} begins with. */
    private static final String YEAR_FIRST = "12";
    /** The characters {@link #ORDINAL} begins with. */
    private static final String ORDINAL_FIRST = "fst";

    /**
     * Each rule of grammar names the characters its matches can begin with (ASCII letters in either case): see
     * {@link ScreenedPattern}, it is tried only there. A rule's first characters must change with its pattern. A
     * rule that is a list of words takes them from its words.
     */
    enum Rule {
        KO_QUARTER(YEAR_FIRST, YEAR + "\\s*년\\s*(?:제\\s*)?([1-4])\\s*분기"),
        KO_HALF(YEAR_FIRST, YEAR + "\\s*년\\s*(상|하)반기"),
        ZH_QUARTER(YEAR_FIRST, YEAR + "\\s*年\\s*(?:第\\s*)?([一二三四1-4])\\s*(?:季度|季)"),
        ZH_HALF(YEAR_FIRST, YEAR + "\\s*年\\s*(上|下)半年"),
        EN_QUARTER_YEAR("q" + ORDINAL_FIRST, "\\b(?:Q([1-4])|(" + ORDINAL + ")[ -]quarter|quarter ([1-4]))\\s*"
                + "(?:of\\s+)?(?:fiscal\\s+(?:year\\s+)?)?(?:" + YEAR + "|'(\\d\\d))\\b"),
        EN_YEAR_QUARTER(YEAR_FIRST, YEAR + "\\s*Q([1-4])\\b"),
        EN_HALF_YEAR("hfs", "\\b(?:H([12])|(first|second) half)\\s*(?:of\\s+)?(?:" + YEAR + "|'(\\d\\d))\\b"),
        YTD(YEAR_FIRST, YEAR + "\\s*(?:YTD|year[- ]to[- ]date)"),
        YEAR_TO_DATE(TimeWords.LISTS.get("year_to_date")),
        TTM(TimeWords.LISTS.get("trailing_twelve_months")),
        FISCAL_YEAR("f", "\\b(?:FY\\s*'?|fiscal\\s+(?:year\\s+)?)" + YEAR + "\\b"),
        PRIME_DAY("p", "\\bPrime Day(?:\\s+" + YEAR + ")?"),
        KO_YEAR(YEAR_FIRST, YEAR + "\\s*년(?:도)?"),
        ZH_YEAR(YEAR_FIRST, YEAR + "\\s*(?:年度|财年|財年|年)"),
        BARE_YEAR(YEAR_FIRST, "(?<![\\d.,$#/:-])" + YEAR + "(?![\\d%]|\\.\\d|,\\d)"),
        LAST_YEARS_QUARTER("去작지ql" + ORDINAL_FIRST, "去年\\s*第?\\s*([一二三四1-4])\\s*(?:季度|季)"
                + "|(?:작년|지난해)\\s*([1-4])\\s*분기|\\bQ([1-4]) of last year\\b|\\blast Q([1-4])\\b"
                + "|\\b(" + ORDINAL + ") quarter of last year\\b"),
        KO_QUARTER_ALONE("1234", "(?<!\\d)([1-4])\\s*분기"),
        ZH_QUARTER_ALONE("第一二三四", "第\\s*([一二三四1-4])\\s*(?:季度|季)"
                + "|(?<![\\d一二三四])([一二三四])季度"),
        EN_QUARTER_ALONE("q" + ORDINAL_FIRST, "\\b(?:Q([1-4])|(" + ORDINAL + ")[ -]quarter)\\b"),
        ZH_HALF_ALONE("上下", "(上|下)半年"),
        REPORT_PERIOD(TimeWords.LISTS.get("reporting_period")),
        PRIOR_PERIOD(TimeWords.LISTS.get("prior_year_period")),
        PAST_YEAR(TimeWords.LISTS.get("past_year")),
        LAST_YEAR(TimeWords.LISTS.get("last_year")),
        THIS_YEAR(TimeWords.LISTS.get("this_year")),
        MONTH_ALONE("123456789idsb", "(?<!\\d)(1[0-2]|[1-9])\\s*월(?!\\s*\\d)"
                + "|(?<![\\d年])(1[0-2]|[1-9])\\s*月(?!\\s*\\d)"
                + "|\\b(?:in|during|since|by) (?:January|February|March|April|May|June|July|August|September"
                + "|October|November|December)\\b", true),
        NEXT_QUARTER(TimeWords.LISTS.get("next_quarter"));

        final ScreenedPattern pattern;
        /** Words that name no period themselves ("this quarter", 작년): the reporting period gives them one. */
        final boolean relative;

        Rule(String firstChars, String regex) {
            this(firstChars, regex, false);
        }

        Rule(String firstChars, String regex, boolean relative) {
            this.pattern = ScreenedPattern.compile(regex, Pattern.CASE_INSENSITIVE, firstChars);
            this.relative = relative;
        }

        /** A rule that is a list of relative time words. */
        Rule(Words words) {
            this(words.firstChars(), words.regex(), true);
        }
    }

    /** The lists of {@code time-words.tsv}, loaded once, before the rules that read them. */
    private static final class TimeWords {
        static final WordLists LISTS = WordLists.resource(PeriodFinder.class, "time-words.tsv", "year_to_date",
                "trailing_twelve_months", "reporting_period", "prior_year_period", "past_year", "last_year",
                "this_year", "next_quarter");
    }

    /** A time expression found in a sentence, not yet resolved: {@link #resolve} makes it a {@link TimeMention}. */
    public record Found(int start, int end, Rule rule, MatchResult match) {
    }

    /** The time expressions of a sentence, resolved against the reporting period. */
    public List<TimeMention> find(String text, ReportingPeriod report) {
        return resolve(scan(text), report);
    }

    /**
     * The time expressions of a sentence, unresolved: scan once, then resolve against any reporting period (the
     * extractor first resolves them without one to infer the document's, then with it).
     */
    public List<Found> scan(String text) {
        List<Found> found = new ArrayList<>();
        BitSet claimed = new BitSet(text.length());
        for (Rule rule : Rule.values()) {
            ScreenedPattern.Scan m = rule.pattern.scan(text);
            while (m.find()) {
                if (claimed.nextSetBit(m.start()) >= 0 && claimed.nextSetBit(m.start()) < m.end()) {
                    continue;
                }
                claimed.set(m.start(), m.end());
                if (rule == Rule.BARE_YEAR && partOfName(text, m.start())) {
                    continue;
                }
                found.add(new Found(m.start(), m.end(), rule, m.toMatchResult()));
            }
        }
        found.sort(Comparator.comparingInt(Found::start));
        return found;
    }

    public static List<TimeMention> resolve(List<Found> found, ReportingPeriod report) {
        List<TimeMention> mentions = new ArrayList<>(found.size());
        String base = report.yearBefore();
        for (Found f : found) {
            String period = resolve(f.rule(), f.match(), report);
            mentions.add(new TimeMention(f.start(), f.end(), period, f.rule().relative,
                    period != null && period.equals(base)));
        }
        return mentions;
    }

    /** {@code re:Invent 2023}, {@code Windows 2000}: a year inside a name is still a year, but a version is not. */
    private static boolean partOfName(String text, int start) {
        return start >= 1 && Character.isLetter(text.charAt(start - 1));
    }

    private static String resolve(Rule rule, MatchResult m, ReportingPeriod report) {
        int reportYear = report.year();
        return switch (rule) {
            case KO_QUARTER, ZH_QUARTER -> Periods.quarter(digit(m.group(2)), year(m.group(1)));
            case KO_HALF -> "H" + ("상".equals(m.group(2)) ? 1 : 2) + " " + year(m.group(1));
            case ZH_HALF -> "H" + ("上".equals(m.group(2)) ? 1 : 2) + " " + year(m.group(1));
            case EN_QUARTER_YEAR -> {
                int q = m.group(1) != null ? digit(m.group(1))
                        : m.group(2) != null ? ordinal(m.group(2)) : digit(m.group(3));
                int y = m.group(4) != null ? year(m.group(4)) : 2000 + Integer.parseInt(m.group(5));
                yield Periods.quarter(q, y);
            }
            case EN_YEAR_QUARTER -> Periods.quarter(digit(m.group(2)), year(m.group(1)));
            case EN_HALF_YEAR -> {
                int h = m.group(1) != null ? digit(m.group(1)) : ordinal(m.group(2));
                int y = m.group(3) != null ? year(m.group(3)) : 2000 + Integer.parseInt(m.group(4));
                yield "H" + h + " " + y;
            }
            case YTD -> year(m.group(1)) + " YTD";
            case YEAR_TO_DATE -> reportYear > 0 ? reportYear + " YTD" : null;
            case TTM -> report.quarter() > 0 ? "TTM " + report.period() : null;
            case FISCAL_YEAR, KO_YEAR, ZH_YEAR, BARE_YEAR -> Periods.fiscalYear(year(m.group(1)));
            case PRIME_DAY -> m.group(1) != null ? "Prime Day " + m.group(1)
                    : reportYear > 0 ? "Prime Day " + reportYear : null;
            case LAST_YEARS_QUARTER -> {
                int q = m.group(1) != null ? digit(m.group(1)) : m.group(2) != null ? digit(m.group(2))
                        : m.group(3) != null ? digit(m.group(3))
                        : m.group(4) != null ? digit(m.group(4)) : ordinal(m.group(5));
                yield reportYear > 0 ? Periods.quarter(q, report.quarter() > 0 ? reportYear - 1 : reportYear) : null;
            }
            case PRIOR_PERIOD -> PRIOR;
            case KO_QUARTER_ALONE -> reportYear > 0 ? Periods.quarter(digit(m.group(1)), reportYear) : null;
            case ZH_QUARTER_ALONE -> reportYear > 0
                    ? Periods.quarter(digit(m.group(1) != null ? m.group(1) : m.group(2)), reportYear) : null;
            case EN_QUARTER_ALONE -> reportYear > 0
                    ? Periods.quarter(m.group(1) != null ? digit(m.group(1)) : ordinal(m.group(2)), reportYear) : null;
            case ZH_HALF_ALONE -> reportYear > 0 ? "H" + ("上".equals(m.group(1)) ? 1 : 2) + " " + reportYear : null;
            case NEXT_QUARTER -> report.quarter() > 0
                    ? (report.quarter() == 4 ? Periods.quarter(1, reportYear + 1)
                            : Periods.quarter(report.quarter() + 1, reportYear))
                    : null;
            // A letter about a year says "last year" of that year; a quarterly call means the year before.
            case LAST_YEAR -> reportYear > 0
                    ? Periods.fiscalYear(report.quarter() > 0 ? reportYear - 1 : reportYear) : null;
            case PAST_YEAR -> reportYear > 0
                    ? (report.quarter() > 0 ? "TTM " + report.period() : Periods.fiscalYear(reportYear)) : null;
            case REPORT_PERIOD -> report.period();
            // A quarterly call speaks in its own year; a letter about a year is written in the next one.
            case THIS_YEAR -> report.quarter() > 0 ? Periods.fiscalYear(reportYear) : null;
            // A month without a year ("10월에는", "in April") falls in the reporting year.
            case MONTH_ALONE -> reportYear > 0 ? Periods.fiscalYear(reportYear) : null;
        };
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static int digit(String s) {
        return switch (s) {
            case "一" -> 1;
            case "二" -> 2;
            case "三" -> 3;
            case "四" -> 4;
            default -> Integer.parseInt(s);
        };
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 4;
        };
    }
}
