// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.bench;

import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.testing.MemoryPreferences;
import dev.blocklight.ui.WorkbenchParts;
import dev.blocklight.ui.Workbench;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Times reopening a cached, scored log in a real workbench without a screen (Monocle): from
 * {@code open} to the parse shown, and to the scores and threshold shown in the threshold panel.
 * The data folder must hold {@code cache/} with the log's analysis (for instance from
 * {@code bench --log LOG --cache DATA/cache}). Not a test: run it with the Monocle properties,
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ...
 * dev.blocklight.bench.RestoreBenchMain DATA LOG [--nudge]}; {@code --nudge} moves the threshold and
 * closes the window afterwards, so the workbench writes the analysis (with the labels) as it would.
 */
public final class RestoreBenchMain {
    private RestoreBenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path log = Path.of(args[1]);
        long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<String> report = new AtomicReference<>("timed out");
        Platform.startup(() -> {
            Workbench w = new Workbench(data, MemoryPreferences.throwaway(), ModelConfig.defaults(), uri -> { }, false);
            w.show(new Stage());
            long t0 = System.nanoTime();
            long[] parsed = {0};
            w.open(log);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (parsed[0] == 0 && WorkbenchParts.workspace(w).resultProperty().get() != null) {
                        parsed[0] = System.nanoTime();
                    }
                    if (WorkbenchParts.threshold(w).diagnosisProperty().get() != null) {
                        stop();
                        long t1 = System.nanoTime();
                        report.set(String.format(Locale.ROOT, "parse shown %.2f s after open; scores and threshold"
                                + " shown %.2f s after open (%,d blocks, threshold %s, %,d flagged); %s; JVM up %.1f s",
                                (parsed[0] - t0) / 1e9, (t1 - t0) / 1e9,
                                WorkbenchParts.model(w).scoresProperty().get().scores().blockCount(),
                                WorkbenchParts.threshold(w).thresholdProperty().get(), WorkbenchParts.threshold(w).diagnosisProperty().get().flagged(),
                                WorkbenchParts.workspace(w).noticeProperty().get(), (System.currentTimeMillis() - jvm) / 1e3));
                        if (args.length > 2 && args[2].equals("--nudge")) {
                            // moves the threshold and closes: the workbench saves the analysis with its labels
                            WorkbenchParts.threshold(w).thresholdProperty().set(WorkbenchParts.threshold(w).thresholdProperty().get() * 1.01);
                            w.close();
                        } else {
                            WorkbenchParts.tasks(w).cancelAll();
                        }
                        done.countDown();
                    }
                }
            }.start();
        });
        done.await(120, TimeUnit.SECONDS);
        System.out.println(report.get());
        System.exit(0);
    }
}
