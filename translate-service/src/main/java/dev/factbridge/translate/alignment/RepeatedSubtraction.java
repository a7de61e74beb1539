package dev.factbridge.translate.alignment;

/**
 * {@code x − c − c − … − c} ({@code times} subtractions, each rounded as Java rounds it) without doing them one by
 * one. The sentence aligner's table charges a skip per sentence by repeated subtraction; the sparse aligner must
 * reach the very same doubles to make the very same choices on ties, but over thousands of skipped cells at once.
 * Inside one binade [2^e, 2^(e+1)) every subtraction of c rounds to the same multiple r of the binade's ulp (unless c
 * is an odd multiple of half that ulp, when round-half-even alternates: those steps are done one by one), so whole
 * runs of steps are one exact subtraction of k·r.
 */
final class RepeatedSubtraction {
    private RepeatedSubtraction() {
    }

    /**
     * @param c positive
     * @return what {@code times} subtractions of c leave of x; once that is ≤ 0 the rest is not done (a value ≤ 0
     *         is returned, not necessarily the one all subtractions would give)
     */
    static double subtract(double x, double c, long times) {
        while (times > 0 && x > 0) {
            double ulp = Math.ulp(x);
            if (x >= Double.MIN_NORMAL && ulp < Double.POSITIVE_INFINITY) {
                double steps = c / ulp; // exact: ulp is a power of two
                if (steps < 0.5) {
                    return x; // x − c rounds back to x, every time
                }
                double r = Math.rint(steps) * ulp;
                if (steps - Math.floor(steps) != 0.5) {
                    double lower = Math.scalb(1.0, Math.getExponent(x));
                    // Steps that surely stay in this binade (x − k·r ≥ lower + r, with a step of margin for rounding).
                    long k = Math.min(times, (long) ((x - lower) / r) - 2);
                    if (k > 0) {
                        x -= k * r; // exact: a multiple of the ulp inside the binade
                        times -= k;
                        continue;
                    }
                }
            }
            x -= c;
            times--;
        }
        return x;
    }
}
