// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

/**
 * Settings of the synthetic HDFS_v1 log generator.
 *
 * @param lines exact number of log lines to write (at least 1)
 * @param seed random seed; the same seed and settings give byte-identical output
 * @param anomalyRate share of blocks that follow a failure pattern, in [0, 1] (HDFS_v1 has about 0.03)
 */
public record GeneratorConfig(long lines, long seed, double anomalyRate) {
    /** The anomaly rate of HDFS_v1: 16,838 of 575,061 blocks (2.9 %). */
    public static final double DEFAULT_ANOMALY_RATE = 0.03;

    /** Validates the settings. */
    public GeneratorConfig {
        if (lines < 1) {
            throw new IllegalArgumentException("the number of lines must be at least 1, got " + lines);
        }
        if (!(anomalyRate >= 0 && anomalyRate <= 1)) {
            throw new IllegalArgumentException("the anomaly rate must be between 0 and 1, got " + anomalyRate);
        }
    }

    /** Settings with the default anomaly rate. */
    public GeneratorConfig(long lines, long seed) {
        this(lines, seed, DEFAULT_ANOMALY_RATE);
    }
}
