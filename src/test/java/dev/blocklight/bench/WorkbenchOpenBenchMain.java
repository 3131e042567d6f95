// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.bench;

import dev.blocklight.ui.Workbench;
import dev.blocklight.ui.WorkbenchParts;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.testing.MemoryPreferences;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Opens a log in a real workbench without a screen (Monocle), as a user would with a large log:
 * times the parse until the blocks table is filled, then selects the first, a middle and the last
 * block and waits for each one's raw lines, and prints the heap still used after a collection.
 * Not a test: {@code java -Xmx1536m -Dglass.platform=Monocle -Dmonocle.platform=Headless
 * -Dprism.order=sw -cp target/classes:target/test-classes:target/lib/* dev.blocklight.bench.WorkbenchOpenBenchMain
 * DATA LOG} (DATA: a scratch data folder; use an empty one so that no cache is restored).
 */
public final class WorkbenchOpenBenchMain {
    private WorkbenchOpenBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path log = Path.of(args[1]);
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> report = new AtomicReference<>("timed out");
        Platform.startup(() -> {
            Workbench w = new Workbench(data, MemoryPreferences.throwaway(), ModelConfig.defaults(), uri -> { }, false);
            Stage stage = new Stage();
            w.show(stage);
            long t0 = System.nanoTime();
            w.open(log);
            StringBuilder out = new StringBuilder();
            new AnimationTimer() {
                private long shown;
                private int step = -1;
                private int block = -1;

                @Override
                public void handle(long now) {
                    String error = WorkbenchParts.workspace(w).errorProperty().get();
                    if (!error.isEmpty()) {
                        stop();
                        report.set("error: " + error);
                        done.countDown();
                        return;
                    }
                    @SuppressWarnings("unchecked")
                    TableView<Integer> blocks = (TableView<Integer>) stage.getScene().lookup("#blocks");
                    @SuppressWarnings("unchecked")
                    ListView<String> lines = (ListView<String>) stage.getScene().lookup("#sequence-lines");
                    var result = WorkbenchParts.workspace(w).resultProperty().get();
                    if (result == null || blocks == null || blocks.getItems().isEmpty()) {
                        return;
                    }
                    if (shown == 0) {
                        shown = now;
                        out.append(String.format(Locale.ROOT, "%s: %,d lines, %,d blocks shown %.1f s after open",
                                log.getFileName(), result.stats().lines(), result.sessions().blockCount(),
                                (now - t0) / 1e9));
                        ((TabPane) stage.getScene().lookup(".tab-pane")).getSelectionModel().select(1);
                    }
                    if (step >= 0 && lines != null && lines.getItems().size() == result.sessions().length(block)
                            && lines.getItems().stream().allMatch(l -> l.contains(result.sessions().blockName(block)))) {
                        out.append(String.format(Locale.ROOT, "; block %d (%d lines) raw lines after %.0f ms", block,
                                lines.getItems().size(), (now - shown) / 1e6));
                        shown = now;
                        block = -1;
                    }
                    if (block < 0) {
                        step++;
                        if (step == 3) {
                            stop();
                            System.gc();
                            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                            out.append(String.format(Locale.ROOT, "; heap used after a collection %.0f MB (max %.0f MB)",
                                    used / 1e6, Runtime.getRuntime().maxMemory() / 1e6));
                            report.set(out.toString());
                            WorkbenchParts.tasks(w).cancelAll();
                            done.countDown();
                            return;
                        }
                        int n = blocks.getItems().size();
                        int row = step == 0 ? 0 : step == 1 ? n / 2 : n - 1;
                        blocks.getSelectionModel().select(row);
                        block = blocks.getSelectionModel().getSelectedItem();
                    }
                }
            }.start();
        });
        done.await(30, TimeUnit.MINUTES);
        System.out.println(report.get());
        System.exit(0);
    }
}
