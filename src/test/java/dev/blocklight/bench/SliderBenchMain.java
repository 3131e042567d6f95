// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.bench;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Severity;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.model.BlockScores;
import dev.blocklight.core.model.SyntheticScores;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.session.SessionBuilder;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.ui.blocks.BlocksViewModel;
import dev.blocklight.ui.scores.PreparedScores;
import dev.blocklight.ui.threshold.ThresholdViewModel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Times preparing the scores, publishing them, and one threshold-slider move at HDFS_v1 size without a screen: the threshold panel's view
 * model (diagnosis, severity bands, PR point, flagged rate per time slice) and the blocks table's
 * filter over every block. Not a test: run it with
 * {@code java -cp target/classes:target/test-classes:$(cat cp.txt) dev.blocklight.bench.SliderBenchMain [blocks] [moves]}.
 */
public final class SliderBenchMain {
    private SliderBenchMain() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 584_174;
        int moves = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Random r = new Random(42);
        SessionBuilder b = new SessionBuilder();
        long t0 = 1_226_000_000L;
        for (int i = 0; i < n; i++) {
            int block = b.block(-4_000_000_000_000_000_000L + i * 7919L);
            long time = t0 + (long) (r.nextDouble() * 39 * 3600);
            b.add(block, 1, i * 100L, time);
            b.add(block, 2, i * 100L + 50, time + 2);
        }
        SessionStore sessions = b.build(new int[] {0, 1, 2});
        EventTable events = new EventTable(List.of(new EventType(0, "E0", "<unknown>", 0, -1),
                new EventType(1, "E1", "a <*>", n, 0), new EventType(2, "E2", "b <*>", n, 50)));
        int distinct = 30_000;
        float[][] steps = new float[distinct][];
        for (int d = 0; d < distinct; d++) {
            float loss = (float) Math.exp(r.nextGaussian() - 2 + (d % 33 == 0 ? 3 : 0));
            steps[d] = new float[] {loss, loss};
        }
        int[] ofBlock = new int[n];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            ofBlock[i] = (int) Math.min(distinct - 1, Math.abs(r.nextGaussian()) * distinct / 3);
            labels[i] = (byte) (ofBlock[i] % 33 == 0 ? 1 : 0);
        }
        BlockScores scores = SyntheticScores.of(steps, ofBlock);
        float[] training = Arrays.copyOf(scores.scores(), 2000);
        ScoreIndex index = ScoreIndex.of(training, scores.scores(), labels);
        var outcome = new ScoringRun.Outcome(scores, index, Threshold.manual(index.scores().quantile(0.97)));

        var result = new SimpleObjectProperty<ParseResult>(new ParseResult(events, sessions, null, null));
        long build = System.nanoTime();
        PreparedScores prepared = PreparedScores.of(outcome, result.get());
        System.out.printf(Locale.ROOT, "%,d blocks; preparing the indexes (background thread in the workbench): %.0f ms%n",
                n, (System.nanoTime() - build) / 1e6);
        var toPanel = new SimpleObjectProperty<PreparedScores>();
        var toTable = new SimpleObjectProperty<PreparedScores>();
        ThresholdViewModel threshold = new ThresholdViewModel(toPanel, new SimpleBooleanProperty());
        BlocksViewModel blocks = new BlocksViewModel(result, toTable, threshold.thresholdProperty(),
                threshold.diagnosisProperty(), threshold.severityFilterProperty());
        long load = System.nanoTime();
        toPanel.set(prepared);
        long panel = System.nanoTime();
        toTable.set(prepared);
        System.out.printf(Locale.ROOT, "publishing them (FX thread in the workbench): threshold panel %.0f ms, blocks table %.0f ms%n",
                (panel - load) / 1e6, (System.nanoTime() - panel) / 1e6);
        bench(threshold, blocks, moves, index);
    }

    private static void bench(ThresholdViewModel threshold, BlocksViewModel blocks, int moves, ScoreIndex index) {
        run("threshold panel only (all blocks listed)", threshold, moves, index);
        blocks.flaggedOnlyProperty().set(true);
        run("panel + blocks table filtered to the flagged blocks", threshold, moves, index);
        blocks.flaggedOnlyProperty().set(false);
        threshold.severityFilterProperty().set(Severity.MAJOR);
        run("panel + blocks table filtered to one severity", threshold, moves, index);
        System.out.printf(Locale.ROOT, "rows shown at the end: %,d%n", blocks.rows().size());
    }

    private static void run(String what, ThresholdViewModel threshold, int moves, ScoreIndex index) {
        double lo = index.scores().quantile(0.5);
        double hi = index.scores().quantile(0.999);
        long[] nanos = new long[moves];
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            for (int m = 0; m < moves; m++) {
                double f = (double) m / moves;
                double t = Math.exp(Math.log(lo) + f * (Math.log(hi) - Math.log(lo)));
                long s = System.nanoTime();
                threshold.thresholdProperty().set(t);
                nanos[m] = System.nanoTime() - s;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p95 %.2f ms, max %.2f ms per slider move (%d moves)%n",
                what, nanos[moves / 2] / 1e6, nanos[moves * 95 / 100] / 1e6, nanos[moves - 1] / 1e6, moves);
    }
}
