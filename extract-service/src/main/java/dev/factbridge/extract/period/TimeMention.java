package dev.factbridge.extract.period;

/**
 * A time expression in a sentence, already resolved to a period in fact-model.md's notation ({@code FY2023},
 * {@code Q2 2023}, {@code H1 2023}, {@code 2023 YTD}, {@code TTM Q2 2023}). {@code relative} marks words that only
 * the document's reporting period gives a value ({@code 전년 대비}, {@code this quarter}, {@code 去年}).
 * {@code yearOverYearBase} marks a period one year before the reporting period ({@code last Q2} in a Q2 2023 call,
 * {@code 2022년} in a letter about 2023): the base a year-over-year change is measured from.
 */
public record TimeMention(int start, int end, String period, boolean relative, boolean yearOverYearBase) {
}
