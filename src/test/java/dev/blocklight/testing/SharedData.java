// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the real Loghub HDFS files in ../shared/data/hdfs; tests skip with a clear message without them. */
public final class SharedData {
    private SharedData() {
    }

    /** The shared data folder (system property {@code blocklight.shared.data}). */
    public static Path dir() {
        return Path.of(System.getProperty("blocklight.shared.data", "../shared/data/hdfs"));
    }

    /** A shared file; skips the calling test when it is absent. */
    public static Path require(String name) {
        Path p = dir().resolve(name);
        assumeTrue(Files.isRegularFile(p), "shared HDFS data not found at " + p.toAbsolutePath()
                + " (set -Dblocklight.shared.data); skipping this real-data test");
        return p;
    }
}
