package dev.factbridge.bench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.factbridge.bench.corpus.CorpusKind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {
    private final Path home = Path.of("/home/factbridge");

    @Test
    void defaultsAreALatencyPhaseAtTwoPerSecondAndAThroughputPhaseWithReferences() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--seed", "7"}, home);
        assertThat(options.seed()).isEqualTo(7);
        assertThat(options.phases()).extracting(PhaseSpec::name)
                .containsExactly("latency", "throughput", "throughput-varied", "corpus");
        assertThat(options.phases().get(0).ratePerSecond()).isEqualTo(2.0);
        assertThat(options.phases().get(0).reference()).isFalse();
        assertThat(options.phases().get(1).ratePerSecond()).isZero();
        assertThat(options.phases().get(1).reference()).isTrue();
        assertThat(options.phases().get(1).maxBytes()).isEqualTo(1 << 20);
        assertThat(options.out()).isEqualTo(home.resolve("docs/benchmarks"));
        assertThat(options.reportName()).isEqualTo("pipeline");
    }

    @Test
    void theVariedBurstMirrorsTheRecombinedOneAndTheCorpusPhaseDropsTheSharedFiles() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--throughput-documents", "80", "--max-bytes", "65536"}, home);
        PhaseSpec recombined = options.phases().get(1);
        PhaseSpec varied = options.phases().get(2);
        assertThat(recombined.corpus()).isEqualTo(CorpusKind.RECOMBINED);
        assertThat(varied.corpus()).isEqualTo(CorpusKind.VARIED);
        assertThat(varied).extracting(PhaseSpec::documents, PhaseSpec::minBytes, PhaseSpec::maxBytes, PhaseSpec::ratePerSecond,
                PhaseSpec::reference).containsExactly(80, 1024, 65536, 0.0, true);
        assertThat(options.phases().get(3)).satisfies(p -> {
            assertThat(p.corpus()).isEqualTo(CorpusKind.SHARED_FILES);
            assertThat(p.ratePerSecond()).isZero();
            assertThat(p.reference()).isFalse();
        });

        BenchmarkOptions alone = BenchmarkOptions.parse(new String[] {"--varied-documents", "30", "--corpus-files", "no",
                "--latency-documents", "0", "--throughput-documents", "0"}, home);
        assertThat(alone.phases()).extracting(PhaseSpec::name).containsExactly("throughput-varied");
        assertThat(alone.phases().getFirst().documents()).isEqualTo(30);
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--corpus-files", "maybe"}, home))
                .hasMessageContaining("--corpus-files takes yes or no");
        assertThat(BenchmarkOptions.USAGE).contains("--varied-documents").contains("--corpus-files");
    }

    @Test
    void sizeSweepGivesOnePhasePerSizeOfAboutTheSameBytes() {
        BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--latency-documents", "0",
                "--throughput-documents", "0", "--sizes", "10240,1048576", "--size-megabytes", "10", "--label", "sizes"}, home);
        assertThat(options.phases()).extracting(PhaseSpec::name).containsExactly("size-10kB", "size-1MB");
        assertThat(options.phases().get(0).documents()).isEqualTo(977);
        assertThat(options.phases().get(1).documents()).isEqualTo(10);
        assertThat(options.phases().get(1).minBytes()).isEqualTo(options.phases().get(1).maxBytes());
        assertThat(options.reportName()).isEqualTo("pipeline-sizes");
    }

    @Test
    void unknownOptionsAndNothingToRunAreRefusedWithTheUsage() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--documents", "5"}, home))
                .hasMessageContaining("unknown option --documents").hasMessageContaining("usage:");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--latency-documents", "0",
                "--throughput-documents", "0"}, home)).hasMessageContaining("nothing to run");
        assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--seed"}, home))
                .hasMessageContaining("unexpected argument");
    }
}
