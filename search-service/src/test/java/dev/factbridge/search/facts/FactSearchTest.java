package dev.factbridge.search.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactSearchTest {

    @Test
    void aPageSharesItsAttestationsSoThatNoPageReadsMoreThanTheBound() {
        assertThat(FactSearch.attestationsPerFact(1)).isEqualTo(FactSearch.MAX_ATTESTATIONS);
        assertThat(FactSearch.attestationsPerFact(10)).isEqualTo(FactSearch.MAX_ATTESTATIONS);
        assertThat(FactSearch.attestationsPerFact(20)).isEqualTo(500);
        assertThat(FactSearch.attestationsPerFact(100)).isEqualTo(100);
        for (int facts = 1; facts <= 10_000; facts++) {
            int perFact = FactSearch.attestationsPerFact(facts);
            assertThat(perFact).isPositive().isLessThanOrEqualTo(FactSearch.MAX_ATTESTATIONS);
            if (facts <= FactSearch.MAX_PAGE_ATTESTATIONS) {
                assertThat((long) perFact * facts).as("%d facts", facts).isLessThanOrEqualTo(FactSearch.MAX_PAGE_ATTESTATIONS);
            }
        }
    }
}
