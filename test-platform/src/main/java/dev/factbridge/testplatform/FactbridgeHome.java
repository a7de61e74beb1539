package dev.factbridge.testplatform;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project root: {@code -Dfactbridge.home} (set by the build), else the nearest folder holding
 * {@code factbridge}.
 */
public final class FactbridgeHome {
    private FactbridgeHome() {
    }

    public static Path get() {
        String configured = System.getProperty("factbridge.home");
        if (configured != null && Files.isExecutable(Path.of(configured, "factbridge"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isExecutable(dir.resolve("factbridge")) && Files.isDirectory(dir.resolve("platform"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the Factbridge project root (no executable 'factbridge' above "
                + Path.of("").toAbsolutePath() + "); set -Dfactbridge.home");
    }
}
