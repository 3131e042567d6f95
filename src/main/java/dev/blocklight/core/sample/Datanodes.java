// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The simulated cluster: a fixed set of datanodes with addresses shaped like HDFS_v1's
 * ({@code 10.250.19.102}, {@code 10.251.215.16}), pre-rendered as bytes.
 */
final class Datanodes {
    /** About the size of the HDFS_v1 cluster (203 nodes). */
    static final int COUNT = 203;
    private final byte[][] ip = new byte[COUNT][];
    private final byte[][] ipPort = new byte[COUNT][];

    Datanodes(SplittableRandom random) {
        Set<String> seen = new HashSet<>();
        int n = 0;
        while (n < COUNT) {
            boolean west = random.nextInt(4) == 0;
            int third = west ? 5 + random.nextInt(15) : 26 + random.nextInt(190);
            String addr = (west ? "10.250." : "10.251.") + third + "." + (1 + random.nextInt(254));
            if (seen.add(addr)) {
                ip[n] = addr.getBytes(StandardCharsets.US_ASCII);
                ipPort[n] = (addr + ":50010").getBytes(StandardCharsets.US_ASCII);
                n++;
            }
        }
    }

    /** {@code 10.251.71.16} */
    byte[] ip(int node) {
        return ip[node];
    }

    /** {@code 10.251.71.16:50010}, the datanode's data port. */
    byte[] ipPort(int node) {
        return ipPort[node];
    }

    /** Fills {@code into[0..k)} with distinct random nodes. */
    static void pickDistinct(SplittableRandom random, int[] into, int k) {
        for (int i = 0; i < k; i++) {
            int candidate;
            boolean clash;
            do {
                candidate = random.nextInt(COUNT);
                clash = false;
                for (int j = 0; j < i; j++) {
                    clash |= into[j] == candidate;
                }
            } while (clash);
            into[i] = candidate;
        }
    }
}
