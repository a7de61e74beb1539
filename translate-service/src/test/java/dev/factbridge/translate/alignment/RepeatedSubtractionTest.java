package dev.factbridge.translate.alignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedSubtractionTest {

    private static double oneByOne(double x, double c, long times) {
        for (long k = 0; k < times && x > 0; k++) {
            x -= c;
        }
        return x;
    }

    @Test
    void givesTheSameDoubleAsSubtractingOneStepAtATime() {
        Random random = new Random(14);
        double[] costs = {0.01, 0.1, 0.03, 1.0 / 3, 0x1p-7, 3e-5};
        for (int k = 0; k < 200_000; k++) {
            double c = costs[k % costs.length];
            double x = switch (k % 4) {
                case 0 -> random.nextDouble() * 2000;
                case 1 -> random.nextDouble() * 2;
                case 2 -> Math.scalb(1.0, random.nextInt(16) - 7) + (random.nextInt(200) - 100) * 1e-15; // binade edges
                default -> 0x1p-6 + random.nextDouble() * 0x1p-5; // where round-half-even applies to 0.01
            };
            long times = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(20_000);
            double expected = oneByOne(x, c, times);
            double actual = RepeatedSubtraction.subtract(x, c, times);
            if (expected > 0) {
                assertThat(actual).as("%s − %d × %s", x, times, c).isEqualTo(expected);
            } else {
                assertThat(actual).as("%s − %d × %s", x, times, c).isLessThanOrEqualTo(0);
            }
        }
    }

    @Test
    void stepsThatRoundBackToTheSameValueLeaveItUnchanged() {
        assertThat(RepeatedSubtraction.subtract(1e17, 0.01, 1_000_000_000L)).isEqualTo(1e17);
    }
}
