// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent {@link Drain#match} calls on a parser nobody is training give the sequential answers. */
class DrainConcurrentMatchTest {

    @Test
    void concurrentMatchesAgreeWithSequentialOnes() throws Exception {
        Drain d = new Drain(new DrainConfig(4, 0.5, 5));
        DrainSnapshotTest.corpus(11L, 3000).forEach(d::learn);
        d.mergeVariableRuns();
        List<String[]> probe = DrainSnapshotTest.corpus(12L, 5000);
        int[] expected = probe.stream().mapToInt(d::match).toArray();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int worker = 0; worker < 8; worker++) {
                results.add(pool.submit(() -> probe.stream().mapToInt(d::match).toArray()));
            }
            for (Future<int[]> result : results) {
                assertArrayEquals(expected, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
