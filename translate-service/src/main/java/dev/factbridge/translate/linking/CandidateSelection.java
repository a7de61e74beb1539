package dev.factbridge.translate.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Which candidates the aligner sees: in each primary language the ones whose anchors follow the new document's order
 * best ({@link AnchorChain}; then BM25, then docId), those with too short a chain to give {@code minChain} links left
 * out; then every language's best in turn, best language first, then every language's second, and so on, up to
 * {@code size}. So a document's translations into several languages all get their chance, however many near-copies
 * or recombinations one language holds.
 */
public final class CandidateSelection {
    private CandidateSelection() {
    }

    public record Ranked(CandidateIndex.Candidate candidate, double chain) {
    }

    public static List<Ranked> select(List<CandidateIndex.Candidate> pool,
            ToDoubleFunction<CandidateIndex.Candidate> chain, double minChain, int perLanguage, int size) {
        Map<String, List<Ranked>> byLanguage = new LinkedHashMap<>();
        for (CandidateIndex.Candidate c : pool) {
            double length = chain.applyAsDouble(c);
            if (length >= minChain) {
                byLanguage.computeIfAbsent(c.primaryLang(), l -> new ArrayList<>()).add(new Ranked(c, length));
            }
        }
        Comparator<Ranked> best = Comparator.comparingDouble(Ranked::chain).reversed()
                .thenComparing(Comparator.comparingDouble((Ranked r) -> r.candidate().score()).reversed())
                .thenComparing(r -> r.candidate().docId());
        List<List<Ranked>> groups = new ArrayList<>(byLanguage.values());
        groups.forEach(g -> g.sort(best));
        groups.sort(Comparator.comparing((List<Ranked> g) -> g.get(0), best));
        List<Ranked> chosen = new ArrayList<>();
        for (int rank = 0; rank < perLanguage; rank++) {
            for (List<Ranked> group : groups) {
                if (rank < group.size() && chosen.size() < size) {
                    chosen.add(group.get(rank));
                }
            }
        }
        return chosen;
    }
}
