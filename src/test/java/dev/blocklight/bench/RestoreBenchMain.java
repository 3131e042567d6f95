// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.bench;

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
            Workbench w = new Workbench(data);
            w.show(new Stage());
            long t0 = System.nanoTime();
            long[] parsed = {0};
            w.open(log);
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (parsed[0] == 0 && w.workspace().resultProperty().get() != null) {
                        parsed[0] = System.nanoTime();
                    }
                    if (w.threshold().diagnosisProperty().get() != null) {
                        stop();
                        long t1 = System.nanoTime();
                        report.set(String.format(Locale.ROOT, "parse shown %.2f s after open; scores and threshold"
                                + " shown %.2f s after open (%,d blocks, threshold %s, %,d flagged); %s; JVM up %.1f s",
                                (parsed[0] - t0) / 1e9, (t1 - t0) / 1e9,
                                w.model().scoresProperty().get().scores().blockCount(),
                                w.threshold().thresholdProperty().get(), w.threshold().diagnosisProperty().get().flagged(),
                                w.workspace().noticeProperty().get(), (System.currentTimeMillis() - jvm) / 1e3));
                        if (args.length > 2 && args[2].equals("--nudge")) {
                            // moves the threshold and closes: the workbench saves the analysis with its labels
                            w.threshold().thresholdProperty().set(w.threshold().thresholdProperty().get() * 1.01);
                            w.close();
                        } else {
                            w.tasks().cancelAll();
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
