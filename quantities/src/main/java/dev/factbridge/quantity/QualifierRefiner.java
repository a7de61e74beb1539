package dev.factbridge.quantity;

import dev.factbridge.quantity.lexicon.QualifierLexicon;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Second thoughts on a qualifier, once the whole quantity is known:
 * <ul>
 *   <li>a Korean or Chinese qualifier written after the number binds tighter than one before it: {@code 최대 30개
 *   이상} ("up to 30-plus") counts 30 or more;</li>
 *   <li>"at least" before a value something is cut down to is "as little as": {@code 시간을 최소 11분으로 단축}:
 *   the value is the best case of a reduction, not a floor;</li>
 *   <li>a multiple that a clause calls nearly so keeps that: {@code 幾乎是 2019 年同期交付量的 4 倍},
 *   {@code 거의 두 배}.</li>
 * </ul>
 */
final class QualifierRefiner {
    /** The qualifiers after the number that win over one before it (the overrides of qualifiers.tsv). */
    private static final Map<String, String> AFTER_WORDS = QualifierLexicon.overridingAfter();
    private static final Pattern NEARLY_IN_CLAUSE = Pattern.compile(
            "(?:幾乎|几乎|接近|将近|將近|거의|\\bnearly|\\balmost)(?:[^,，;；。.%％0-9]|(?:19|20)\\d\\d)*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_LEAST = Pattern.compile("^(?:최소|적어도)");
    private static final Pattern CUT_TO_AFTER = Pattern.compile(
            "^\\s*(?:으로|로)\\s*(?:\\S+\\s*){0,2}?(?:단축|간소화|줄|감소|낮추|낮아|절감)");

    private QualifierRefiner() {
    }

    static Quantity refine(String text, Quantity q) {
        String quote = text.substring(q.start(), q.end());
        if (q.qualifier() != null && !Quantity.RANGE.equals(q.qualifier())) {
            for (Map.Entry<String, String> e : AFTER_WORDS.entrySet()) {
                if (quote.endsWith(e.getKey()) && !e.getValue().equals(q.qualifier())) {
                    return with(q, e.getValue());
                }
            }
        }
        if (Quantity.MORE_THAN.equals(q.qualifier()) && AT_LEAST.matcher(quote).lookingAt()
                && CUT_TO_AFTER.matcher(text).region(q.end(), text.length()).lookingAt()) {
            return with(q, Quantity.AS_LITTLE_AS);
        }
        if (q.kind() == QuantityKind.MULTIPLE && q.qualifier() == null) {
            Matcher m = NEARLY_IN_CLAUSE.matcher(text.substring(Math.max(0, q.start() - 30), q.start()));
            if (m.find()) {
                return with(q, Quantity.APPROX);
            }
        }
        return q;
    }

    private static Quantity with(Quantity q, String qualifier) {
        return new Quantity(q.start(), q.end(), q.value(), null, q.unit(), qualifier, q.kind(), q.noun(), q.nounStart(),
                q.nounEnd(), q.unitBasis());
    }
}
