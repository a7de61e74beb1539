package dev.factbridge.extract.period;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The period a document reports on: the quarter an earnings call covers ({@code Q2 2023}), or the year a letter
 * covers ({@code FY2023}). Relative words ("this quarter", 작년, year-over-year) resolve against it.
 * {@code quarter} is 0 for a year.
 */
public record ReportingPeriod(int year, int quarter) {

    public static final ReportingPeriod UNKNOWN = new ReportingPeriod(0, 0);

    public boolean known() {
        return year > 0;
    }

    /** The period itself: {@code Q2 2023} or {@code FY2023}; null when unknown. */
    public String period() {
        if (!known()) {
            return null;
        }
        return quarter > 0 ? "Q" + quarter + " " + year : "FY" + year;
    }

    /** The same period a year earlier, the base of a year-over-year change: {@code Q2 2022}; null when unknown. */
    public String yearBefore() {
        return known() ? new ReportingPeriod(year - 1, quarter).period() : null;
    }

    /**
     * The most talked-about period of a document's explicit mentions: a quarter named at least twice, more often
     * than any other quarter and in at least a third of the mentions of its year (an earnings call names its
     * quarter again and again; a letter about a year names a quarter now and then), else the most named year
     * (the later one on a tie).
     */
    public static ReportingPeriod infer(Collection<TimeMention> explicitMentions) {
        Map<String, Integer> quarters = new HashMap<>();
        Map<Integer, Integer> years = new HashMap<>();
        for (TimeMention m : explicitMentions) {
            if (m.relative() || m.period() == null) {
                continue;
            }
            Periods.Parsed p = Periods.parse(m.period());
            if (p == null) {
                continue;
            }
            if (p.quarter() > 0 && !p.trailing()) {
                quarters.merge(m.period(), 1, Integer::sum);
            }
            years.merge(p.year(), 1, Integer::sum);
        }
        String bestQuarter = null;
        int bestQuarterCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : quarters.entrySet()) {
            if (e.getValue() > bestQuarterCount) {
                bestQuarter = e.getKey();
                bestQuarterCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestQuarterCount) {
                tie = true;
            }
        }
        if (bestQuarter != null && bestQuarterCount >= 2 && !tie) {
            Periods.Parsed p = Periods.parse(bestQuarter);
            if (bestQuarterCount * 3 >= years.get(p.year())) {
                return new ReportingPeriod(p.year(), p.quarter());
            }
        }
        int bestYear = 0;
        int bestYearCount = 0;
        for (Map.Entry<Integer, Integer> e : years.entrySet()) {
            if (e.getValue() > bestYearCount || (e.getValue() == bestYearCount && e.getKey() > bestYear)) {
                bestYear = e.getKey();
                bestYearCount = e.getValue();
            }
        }
        return bestYear > 0 ? new ReportingPeriod(bestYear, 0) : UNKNOWN;
    }
}
