// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

/**
 * Settings of a replay of real block sequences ({@link ReplayGenerator}).
 *
 * @param blocks number of blocks to write, 1 to {@value #MAX_BLOCKS}
 * @param anomalyShare share of anomalous blocks in [0, 1]; exactly {@link #anomalousBlocks()} are anomalous
 * @param half the half whose anomalous sequences are drawn, or null for all of them; normal sequences
 *     are drawn from all normal rows either way
 * @param seed random seed; the same seed, settings and sequences give byte-identical output
 */
public record ReplayConfig(long blocks, double anomalyShare, AnomalyHalves.Half half, long seed) {
    /** The default number of blocks. */
    public static final long DEFAULT_BLOCKS = 20_000;
    /** The share of anomalous blocks in HDFS_v1: 16,838 of 575,061. */
    public static final double DEFAULT_ANOMALY_SHARE = 0.0293;
    /** The largest number of blocks (about a billion lines). */
    public static final long MAX_BLOCKS = 50_000_000;

    /** Validates the settings. */
    public ReplayConfig {
        if (blocks < 1 || blocks > MAX_BLOCKS) {
            throw new IllegalArgumentException("the number of blocks must be between 1 and " + MAX_BLOCKS + ", got "
                    + blocks);
        }
        if (!(anomalyShare >= 0 && anomalyShare <= 1)) {
            throw new IllegalArgumentException("the anomaly share must be between 0 and 1, got " + anomalyShare);
        }
    }

    /** Exactly this many blocks are anomalous: {@code round(blocks * anomalyShare)}. */
    public long anomalousBlocks() {
        return Math.round(blocks * anomalyShare);
    }

    /** Blocks drawn from the normal sequences. */
    public long normalBlocks() {
        return blocks - anomalousBlocks();
    }
}
