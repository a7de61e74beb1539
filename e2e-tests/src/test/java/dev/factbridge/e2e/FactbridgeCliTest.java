package dev.factbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The operator's command line, without starting anything: every command answers --help, a wrong command or log
 * name is an error that lists the right ones, and every environment variable the scripts read is in the README.
 */
class FactbridgeCliTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Every command but bench, whose help comes from the benchmark itself once built (it runs Maven). */
    private static final List<String> COMMANDS = List.of("start", "stop", "status", "test", "platform", "restart",
            "api-key", "facts", "entities", "dead-letters", "trace", "logs", "help");

    private record Run(int exit, String out, String err) {
    }

    private static Run factbridge(String... args) throws IOException, InterruptedException {
        List<String> command = Stream.concat(Stream.of("bash", ROOT.resolve("factbridge").toString()),
                Stream.of(args)).toList();
        Process p = new ProcessBuilder(command).directory(ROOT.toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("./factbridge %s finished", String.join(" ", args)).isTrue();
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandAnswersHelp() throws Exception {
        for (String command : COMMANDS) {
            Run run = factbridge(command, "--help");
            assertThat(run.exit()).as("%s --help exit", command).isZero();
            assertThat(run.out()).as("%s --help", command).contains("usage: ./factbridge " + command.replace("help", ""));
        }
        assertThat(factbridge("--help").out()).contains("entities [args]").contains("Environment");
    }

    @Test
    void aWrongCommandOrLogNameIsAnErrorThatListsTheRightOnes() throws Exception {
        Run wrong = factbridge("strat");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("unknown command 'strat'").contains("start").contains("logs");
        Run log = factbridge("logs", "serch-service");
        assertThat(log.exit()).isEqualTo(2);
        assertThat(log.err()).contains("no log named 'serch-service'");
        Run service = factbridge("restart", "serch-service");
        assertThat(service.exit()).isNotZero();
        assertThat(service.err()).contains("unknown service 'serch-service'").contains("search-service");
    }

    /** The start's progress line reads Maven's batch-mode log, whose transfer lines carry an "[INFO] " prefix. */
    @Test
    void mavenProgressCountsWhatBatchModeDownloaded(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path log = dir.resolve("maven.log");
        String central = "https://repo.maven.apache.org/maven2/io/quarkus/quarkus-core/3.33.2/quarkus-core-3.33.2";
        Files.writeString(log, String.join("\n",
                "[INFO] Downloading from central: " + central + ".pom",
                "[INFO] Downloaded from central: " + central + ".pom (12 kB at 42 kB/s)",
                "[INFO] Downloaded from central: " + central + ".jar (1.5 MB at 3.1 MB/s)",
                "[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/x/y/1/y-1.jar", ""));
        Process p = new ProcessBuilder("bash", "-c", ". platform/bin/lib.sh; fb_mvn_progress \"$0\"", log.toString())
                .directory(ROOT.toFile()).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo("2 artifacts downloaded (1.5 MB); now downloading y-1.jar");
    }

    @Test
    void everyEnvironmentVariableTheScriptsReadIsInTheReadme() throws Exception {
        Pattern variable = Pattern.compile("\\bFACTBRIDGE_[A-Z_]+\\b");
        Set<String> read = new TreeSet<>();
        List<Path> scripts;
        try (Stream<Path> bin = Files.list(ROOT.resolve("platform/bin"))) {
            scripts = Stream.concat(bin.filter(p -> p.toString().endsWith(".sh")),
                    Stream.of(ROOT.resolve("factbridge"), ROOT.resolve(".ci/run"))).toList();
        }
        for (Path script : scripts) {
            Matcher m = variable.matcher(Files.readString(script));
            while (m.find()) {
                read.add(m.group());
            }
        }
        assertThat(read).contains("FACTBRIDGE_STATE", "FACTBRIDGE_KAFKA_HEAP");
        String readme = Files.readString(ROOT.resolve("README.md"));
        assertThat(read.stream().filter(v -> !readme.contains(v)).toList()).as("variables missing from README.md")
                .isEmpty();
    }
}
