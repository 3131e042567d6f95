// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Plans the life of a block that replays a real event sequence: the events in exactly the given order,
 * each at a plausible time after the one before (writes within milliseconds to seconds, re-replication
 * and reads seconds to minutes later, deletion minutes later), each about a plausible datanode of the
 * block (the n-th receive, responder and addStoredBlock lines walk the write pipeline).
 */
final class ReplayPlanner extends LifePhases {
    private final int[] seen = new int[RealSequence.MAX_EVENT + 1];

    ReplayPlanner(SplittableRandom random) {
        super(random);
    }

    /** Plans the steps of {@code events} (1..30) from {@code t0}; the steps stay owned by the planner. */
    Steps plan(Block b, int[] events, long t0) {
        steps.clear();
        Arrays.fill(seen, 0);
        Datanodes.pickDistinct(random, b.node, Block.ROLES);
        b.replSource = random.nextInt(2);
        b.replTargets = chance(0.4) ? 2 : 1;
        long t = t0;
        int prev = 0;
        for (int e : events) {
            if (prev != 0) {
                t += gap(prev, e, b.size);
            }
            steps.add(t, EventKind.of(e - 1), role(b, e, seen[e]++));
            prev = e;
        }
        return steps;
    }

    /** The node role of the {@code n}-th (from 0) event {@code e} of the block. */
    private int role(Block b, int e, int n) {
        return switch (e) {
            case 5, 26 -> n < 3 ? n : 3 + (n - 3) % b.replTargets; // the pipeline, then replication targets
            case 6, 16 -> 3 + n % b.replTargets;
            case 17, 18, 25, 29 -> b.replSource;
            case 2, 22 -> 0;
            case 1, 3, 4, 20, 24, 27, 28, 30 -> random.nextInt(3);
            default -> n % 3;
        };
    }

    /** Milliseconds from event {@code prev} to the next event {@code e} of the same block. */
    private long gap(int prev, int e, long size) {
        return switch (e) {
            case 5, 22 -> between(0, 700);
            case 9, 11 -> prev == 5 || prev == 22 || prev == 13 || prev == 15 || prev == 19 ? writeDuration(size)
                    : between(0, 1500);
            case 26 -> between(0, 900);
            case 13 -> between(0, 1500);
            case 6 -> between(100, 1500);
            case 16 -> between(0, 300);
            case 18 -> between(300, 3 * SEC);
            case 25 -> prev == 25 || prev == 18 ? between(0, 3 * SEC) : between(3 * SEC, 10 * MIN);
            case 2, 3, 4 -> prev == 2 || prev == 3 || prev == 4 ? between(0, 60 * SEC) : between(SEC, 20 * MIN);
            case 23 -> prev == 23 ? between(0, 300) : between(MIN, 40 * MIN);
            case 21 -> prev == 21 ? between(0, 2 * MIN) : between(3 * SEC, 5 * MIN);
            case 28 -> between(10 * SEC, 15 * MIN);
            case 27 -> between(0, 20 * SEC);
            case 20 -> between(SEC, 2 * MIN);
            case 29 -> between(4 * MIN, 6 * MIN);
            case 17 -> between(SEC, 70 * SEC);
            case 1 -> between(SEC, 20 * MIN);
            case 30 -> between(SEC, 60 * SEC);
            default -> between(0, 2 * SEC); // E7, E8, E10, E12, E14, E15, E19, E24: errors and recovery
        };
    }
}
