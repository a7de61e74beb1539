package dev.factbridge.extract.period;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and shifting periods written in fact-model.md's notation. */
public final class Periods {
    private static final Pattern NOTATION = Pattern.compile(
            "(TTM )?(?:FY(\\d{4})|Q([1-4]) (\\d{4})|H([12]) (\\d{4})|(\\d{4}) YTD)");

    /** A parsed period: quarter or half is 0 when the period is a year. */
    public record Parsed(int year, int quarter, int half, boolean trailing) {
    }

    private Periods() {
    }

    public static Parsed parse(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = NOTATION.matcher(period);
        if (!m.matches()) {
            return null;
        }
        boolean ttm = m.group(1) != null;
        if (m.group(2) != null) {
            return new Parsed(Integer.parseInt(m.group(2)), 0, 0, ttm);
        }
        if (m.group(3) != null) {
            return new Parsed(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), 0, ttm);
        }
        if (m.group(5) != null) {
            return new Parsed(Integer.parseInt(m.group(6)), 0, Integer.parseInt(m.group(5)), ttm);
        }
        return new Parsed(Integer.parseInt(m.group(7)), 0, 0, ttm);
    }

    /** The same period a year earlier ({@code FY2023} → {@code FY2022}, {@code Q2 2023} → {@code Q2 2022}). */
    public static String yearBefore(String period) {
        return shiftYears(period, -1);
    }

    public static String yearAfter(String period) {
        return shiftYears(period, 1);
    }

    private static String shiftYears(String period, int years) {
        Parsed p = parse(period);
        if (p == null) {
            return null;
        }
        String core;
        if (p.quarter() > 0) {
            core = "Q" + p.quarter() + " " + (p.year() + years);
        } else if (p.half() > 0) {
            core = "H" + p.half() + " " + (p.year() + years);
        } else if (period.endsWith("YTD")) {
            core = (p.year() + years) + " YTD";
        } else {
            core = "FY" + (p.year() + years);
        }
        return p.trailing() ? "TTM " + core : core;
    }

    public static String fiscalYear(int year) {
        return "FY" + year;
    }

    public static String quarter(int quarter, int year) {
        return "Q" + quarter + " " + year;
    }
}
