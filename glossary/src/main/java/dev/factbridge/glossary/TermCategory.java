package dev.factbridge.glossary;

/** What kind of thing a glossary entry names; extract uses it to tell subjects from metrics. */
public enum TermCategory {
    /** A company, brand or other organization (Amazon, Anthropic, the SEC). */
    COMPANY,
    /** A product, service or programme (Prime, SageMaker, Amazon Q). */
    PRODUCT,
    PERSON,
    PLACE,
    /** A reported business segment (North America, International, AWS). */
    SEGMENT,
    /** A financial measure; its canonical is the fact-model metric name when one exists. */
    METRIC,
    /** Any other term worth translating consistently (year over year, generative AI, quarter). */
    TERM
}
