/**
 * Number and quantity recognition, shared by the extract-service (facts) and the search-service (number terms):
 * pure Java, no framework, thread-safe.
 *
 * <p>Entry point: {@link dev.factbridge.quantity.QuantityRecognizer#recognize(String, String)} returns the
 * {@link dev.factbridge.quantity.Quantity quantities} of a text (English, Korean, Simplified and Traditional
 * Chinese, or a mix) with exact UTF-16 spans and values normalized as fact-model.md requires. This package holds
 * the API and the steps on finished quantities; the parts are in subpackages:
 * <ul>
 *   <li>{@code lexicon}: the word lists (TSV files read once through {@code WordList}) and the lookups built from
 *       them: units and currency markers, scale words, qualifiers and markers, Korean particles, and
 *       how their phrases match ({@code Phrases}, on the languages module's {@code PhraseTrie});</li>
 *   <li>{@code numerals}: the numeral parsers, each filling a {@code NumberParse};</li>
 *   <li>{@code scanning}: the pass over a text that turns numerals into candidate quantities, and the rules that
 *       judge and link them.</li>
 * </ul>
 *
 * <p>How it works, in one pass per call:
 * <ol>
 *   <li>{@code QuantityScanner} walks the text once and stops at number cores: Arabic digits ({@code Numerals}),
 *       CJK and Sino-Korean numerals with scale characters ({@code Numerals}, {@code CompositeNumeral}), native
 *       Korean numerals ({@code NativeKoreanNumbers}), English number words ({@code EnglishNumbers}), vague
 *       magnitudes ({@code OrderOfMagnitude}) and multiple words ({@code MultipleWords}). URLs, e-mail addresses and
 *       markdown images are skipped ({@code TextMask}).</li>
 *   <li>Around each core it reads sign, currency marker and qualifier on the left, scale, unit and qualifier on the
 *       right ({@code ScaleWords}, {@code UnitLexicon} with ICU's currencies from {@code CurrencyNames},
 *       {@code QualifierLexicon}, all longest-match {@code PhraseTrie}s; 成 and 折 through {@code ChineseTenths}),
 *       and the counted noun ({@code CountedNouns}).</li>
 *   <li>It drops dates, ordinals, codes, versions, phone numbers, list markers and product names
 *       ({@code NonQuantityShapes}, {@code EnglishContext}, and the DATE/ORDINAL/BLOCK entries of the unit
 *       lexicon).</li>
 *   <li>{@code RangeLinker} merges ranges into one quantity and shares a unit or scale stated once across a range or a
 *       change; {@code NumeralQuantities} keeps unit-less numbers only when they look like amounts.</li>
 *   <li>{@code QualifierRefiner} has second thoughts on qualifiers, {@code MinorUnits} joins a major and a minor
 *       amount into one (3 dollars 50 cents), and {@code VaguePhrases} adds the amounts stated in words alone.</li>
 * </ol>
 *
 * <p>Deliberate choices: a bare number without unit, scale word, thousands separator or qualifier ({@code 3},
 * {@code 3.5}) is not returned, as it is more often a name, version or list item than an amount; a numeral
 * meaning one ({@code 一个}, {@code 한 곳}, {@code one of}) is an article, not a count, unless it counts money or a
 * percentage ({@code 一美元}, {@code one penny}); {@code 元} is New Taiwan
 * dollars in Traditional Chinese text and yuan otherwise; {@code ¥} is yuan in Chinese text and yen otherwise;
 * {@code $}, dollars and 달러 are US dollars unless {@code CurrencyContext} finds the document naming another dollar.
 * Each such quantity says how its currency was decided ({@code Quantity.unitBasis}).
 */
package dev.factbridge.quantity;
