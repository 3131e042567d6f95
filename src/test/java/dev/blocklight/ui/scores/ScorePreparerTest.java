// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.scores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.model.BlockScores;
import dev.blocklight.core.model.SyntheticScores;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.threshold.ThresholdViewModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * New scores are prepared off the FX thread, the threshold panel shows a placeholder meanwhile,
 * and it becomes consistent with the newest scores once they are published; a stale preparation is
 * dropped.
 */
@ExtendWith(ApplicationExtension.class)
class ScorePreparerTest {
    private static ScoringRun.Outcome outcome(int n, long seed) {
        java.util.Random r = new java.util.Random(seed);
        float[][] steps = new float[50][];
        for (int d = 0; d < steps.length; d++) {
            float loss = (float) Math.exp(r.nextGaussian());
            steps[d] = new float[] {loss};
        }
        int[] ofBlock = new int[n];
        for (int i = 0; i < n; i++) {
            ofBlock[i] = r.nextInt(steps.length);
        }
        BlockScores scores = SyntheticScores.of(steps, ofBlock);
        ScoreIndex index = ScoreIndex.of(new float[0], scores.scores(), null);
        return new ScoringRun.Outcome(scores, index, Threshold.manual(index.scores().quantile(0.9)));
    }

    @Test
    void preparesOffTheFxThreadAndPublishesTheNewestScores(FxRobot robot) throws Exception {
        List<Boolean> onFxThread = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        var scores = new SimpleObjectProperty<ScoringRun.Outcome>();
        var parsed = new SimpleObjectProperty<ParseResult>();
        try (TaskEngine engine = new TaskEngine()) {
            ScorePreparer[] preparer = new ScorePreparer[1];
            ThresholdViewModel[] panel = new ThresholdViewModel[1];
            robot.interact(() -> {
                preparer[0] = new ScorePreparer(engine, scores, parsed, (o, r) -> {
                    onFxThread.add(Platform.isFxApplicationThread());
                    try {
                        release.await(10, TimeUnit.SECONDS); // held until the test has looked at the placeholder
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return PreparedScores.of(o, r);
                });
                panel[0] = new ThresholdViewModel(preparer[0].preparedProperty(), preparer[0].preparingProperty());
            });
            ScoringRun.Outcome stale = outcome(2000, 1);
            ScoringRun.Outcome newest = outcome(3000, 2);
            robot.interact(() -> scores.set(stale));
            robot.interact(() -> scores.set(newest));
            assertTrue(preparer[0].preparingProperty().get(), "preparing while the builder runs");
            assertNull(preparer[0].preparedProperty().get());
            assertNull(panel[0].diagnosisProperty().get(), "no diagnosis before the scores are prepared");
            assertTrue(panel[0].messageProperty().get().startsWith("Preparing"), panel[0].messageProperty().get());
            release.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preparer[0].preparedProperty().get() != null);
            WaitForAsyncUtils.waitForFxEvents();
            assertFalse(onFxThread.isEmpty());
            assertFalse(onFxThread.contains(true), "the indexes were built on the FX thread: " + onFxThread);
            assertSame(newest, preparer[0].preparedProperty().get().outcome(), "the stale scores were dropped");
            assertFalse(preparer[0].preparingProperty().get());
            assertNotNull(panel[0].diagnosisProperty().get());
            assertEquals(newest.threshold().value(), panel[0].thresholdProperty().get());
            assertEquals(3000, panel[0].diagnosisProperty().get().blocks());
            assertEquals(newest.index().scores().countAbove(newest.threshold().value()),
                    panel[0].diagnosisProperty().get().flagged());
            robot.interact(() -> scores.set(null));
            assertNull(preparer[0].preparedProperty().get());
            assertNull(panel[0].diagnosisProperty().get());
        }
    }
}
