// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

/**
 * The generators' block ids: distinct signed 64-bit numbers shaped like HDFS_v1's, from a bijective mix
 * (SplittableRandom's SplitMix64 finaliser) of a salted counter.
 */
final class BlockIdSequence {
    private final long salt;
    private long counter;

    BlockIdSequence(long salt) {
        this.salt = salt;
    }

    /** The next id; never 0 nor {@link Long#MIN_VALUE}, and never one given before. */
    long next() {
        long id;
        do {
            long z = (counter++) ^ salt;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            id = z ^ (z >>> 31);
        } while (id == Long.MIN_VALUE || id == 0);
        return id;
    }
}
