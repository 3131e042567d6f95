// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.bench;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.model.BlockScores;
import dev.blocklight.core.model.SyntheticScores;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.session.SessionBuilder;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.ui.blocks.BlocksView;
import dev.blocklight.ui.blocks.BlocksViewModel;
import dev.blocklight.ui.scores.PreparedScores;
import dev.blocklight.ui.threshold.ThresholdViewModel;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Times sorting the blocks table on the FX thread at HDFS_v1 size: clicking the Score, Block,
 * Events and First seen headers, new scores arriving while the table is sorted by score, and typing
 * a block-id search. Not a test: run it
 * headless with {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw
 * -cp target/classes:target/test-classes:$(cat cp.txt) dev.blocklight.bench.TableSortBenchMain [blocks]}.
 */
public final class TableSortBenchMain {
    private TableSortBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 597_511;
        Random r = new Random(42);
        SessionBuilder b = new SessionBuilder();
        for (int i = 0; i < n; i++) {
            int block = b.block(-4_000_000_000_000_000_000L + i * 7919L);
            long time = 1_226_000_000L + (long) (r.nextDouble() * 39 * 3600);
            for (int k = 0; k < 1 + r.nextInt(3); k++) {
                b.add(block, 1 + k % 2, i * 100L + k, time + k);
            }
        }
        SessionStore sessions = b.build(new int[] {0, 1, 2});
        EventTable events = new EventTable(List.of(new EventType(0, "E0", "<unknown>", 0, -1),
                new EventType(1, "E1", "a <*>", n, 0), new EventType(2, "E2", "b <*>", n, 50)));
        ParseResult parsed = new ParseResult(events, sessions, null, null);
        PreparedScores first = PreparedScores.of(outcome(n, 1), parsed);
        PreparedScores second = PreparedScores.of(outcome(n, 2), parsed);

        CountDownLatch done = new CountDownLatch(1);
        Platform.startup(() -> {
            try {
                var toTable = new SimpleObjectProperty<PreparedScores>();
                ThresholdViewModel threshold = new ThresholdViewModel(new SimpleObjectProperty<>(), new SimpleBooleanProperty());
                BlocksViewModel blocks = new BlocksViewModel(new SimpleObjectProperty<>(parsed), toTable,
                        threshold.thresholdProperty(), threshold.diagnosisProperty(), threshold.severityFilterProperty());
                @SuppressWarnings("unchecked")
                TableView<Integer> table = (TableView<Integer>) new BlocksView(blocks).lookup("#blocks");
                toTable.set(first);
                System.out.printf(Locale.ROOT, "%,d rows%n", table.getItems().size());
                for (int round = 0; round < 3; round++) {
                    for (int c : new int[] {1, 0, 3, 4}) {
                        TableColumn<Integer, ?> column = table.getColumns().get(c);
                        time("sort by " + column.getText() + " (round " + (round + 1) + ")",
                                () -> table.getSortOrder().setAll(List.of(column)));
                    }
                    table.getSortOrder().setAll(List.of(table.getColumns().get(1)));
                    PreparedScores next = round % 2 == 0 ? second : first;
                    time("new scores while sorted by Score (round " + (round + 1) + ")", () -> toTable.set(next));
                    table.getSortOrder().clear();
                }
                for (String typed : new String[] {"1", "12", "123", "1234", ""}) {
                    time("search \"" + typed + "\" (" + table.getItems().size() + " rows before)",
                            () -> blocks.filterProperty().set(typed));
                }
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
    }

    private static void time(String what, Runnable action) {
        long s = System.nanoTime();
        action.run();
        System.out.printf(Locale.ROOT, "%s: %.0f ms on the FX thread%n", what, (System.nanoTime() - s) / 1e6);
    }

    private static ScoringRun.Outcome outcome(int n, long seed) {
        Random r = new Random(seed);
        int distinct = 30_000;
        float[][] steps = new float[distinct][];
        for (int d = 0; d < distinct; d++) {
            float loss = (float) Math.exp(r.nextGaussian() - 2);
            steps[d] = new float[] {loss, loss};
        }
        int[] ofBlock = new int[n];
        for (int i = 0; i < n; i++) {
            ofBlock[i] = r.nextInt(distinct);
        }
        BlockScores scores = SyntheticScores.of(steps, ofBlock);
        ScoreIndex index = ScoreIndex.of(new float[] {1f}, scores.scores(), null);
        return new ScoringRun.Outcome(scores, index, Threshold.manual(index.scores().quantile(0.97)));
    }
}
