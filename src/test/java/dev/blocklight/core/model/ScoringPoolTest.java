// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.blocklight.core.ingest.Cancellation;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Scoring runs of one model reuse the same threads (no new ND4J per-thread state per run). */
class ScoringPoolTest {

    private static Set<Thread> scorerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("blocklight-scorer") && t.isAlive()).collect(Collectors.toSet());
    }

    @Test
    void runsReuseTheModelsThreadsUntilItIsClosed() throws InterruptedException {
        Set<Thread> before = scorerThreads();
        AutoencoderModel model = new Trainer(TinyData.config().withEpochs(2, 2), 2)
                .train(TinyData.normal(200, 3), Vocabulary.of(TinyData.events()), TrainingListener.NONE,
                        Cancellation.NEVER).model();
        int[][] probe = TinyData.normal(600, 4);
        float[] first = model.scorer(2).score(probe, Cancellation.NEVER).scores();
        Set<Thread> afterFirst = scorerThreads();
        afterFirst.removeAll(before);
        assertFalse(afterFirst.isEmpty(), "the scoring threads stay alive between runs");

        float[] second = model.withThreshold(1.0).scorer(2).score(probe, Cancellation.NEVER).scores();
        assertThrows(CancellationException.class, () -> model.scorer(2).score(probe, () -> true));
        float[] third = model.scorer(1).score(probe, Cancellation.NEVER).scores();
        Set<Thread> afterMore = scorerThreads();
        afterMore.removeAll(before);
        assertEquals(afterFirst, afterMore, "later runs, a cancelled one and a variant reuse the same threads");
        assertArrayEquals(first, second);
        assertArrayEquals(first, third);

        model.close();
        for (Thread t : afterFirst) {
            t.join(10_000);
            assertFalse(t.isAlive(), "close ends the scoring threads");
        }
        assertArrayEquals(first, model.scorer(2).score(probe, Cancellation.NEVER).scores(),
                "a closed model still scores, on new threads");
        model.close();
    }
}
