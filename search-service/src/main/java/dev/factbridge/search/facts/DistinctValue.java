package dev.factbridge.search.facts;

/**
 * One figure stated for a key — a value, or a range with its high end — with how many attestations state it and the
 * highest confidence among them. That is all that agreement and the choice of the consolidated value look at, so a
 * key stated by thousands of documents reduces to its few distinct values (a terms aggregation in Elasticsearch).
 */
public record DistinctValue(double value, Double valueHigh, long count, double maxConfidence) {

    boolean agrees(DistinctValue other) {
        return ValueAgreement.agree(value, valueHigh, other.value, other.valueHigh);
    }

    boolean sameFigure(DistinctValue other) {
        return Double.compare(value, other.value) == 0 && java.util.Objects.equals(valueHigh, other.valueHigh);
    }

    int significantDigits() {
        return ValueAgreement.significantDigits(value)
                + (valueHigh == null ? 0 : ValueAgreement.significantDigits(valueHigh));
    }
}
