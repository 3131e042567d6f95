// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.bench;

import dev.blocklight.core.detect.DiagnosisBench;

/**
 * Runs {@link DiagnosisBench} at HDFS_v1 size and prints the summary. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes dev.blocklight.bench.DiagnosisBenchMain [blocks] [diagnoses]}.
 */
public final class DiagnosisBenchMain {
    private DiagnosisBenchMain() {
    }

    public static void main(String[] args) {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : DiagnosisBench.HDFS_V1_BLOCKS;
        int diagnoses = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        System.out.println(DiagnosisBench.run(blocks, diagnoses, 42).summary());
    }
}
