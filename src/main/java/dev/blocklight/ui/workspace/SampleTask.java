// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.concurrent.Task;

/**
 * Makes sure the built-in sample exists: a generated HDFS log with its labels in the data folder.
 * Generates it once (about a second) and returns its path.
 */
final class SampleTask extends Task<Path> {
    /** Lines in the built-in sample: large enough to train on, small enough to parse in a blink. */
    static final long SAMPLE_LINES = 200_000;
    private static final long SEED = 2008;

    private final Path log;
    private final Path labels;

    SampleTask(Path folder) {
        this.log = folder.resolve("hdfs-sample.log");
        this.labels = folder.resolve("hdfs-sample_anomaly_label.csv");
        updateTitle("Built-in sample");
        updateMessage("Preparing the built-in sample");
    }

    /** Where the sample's labels are written. */
    Path labels() {
        return labels;
    }

    @Override
    protected Path call() throws Exception {
        if (Files.isRegularFile(log) && Files.isRegularFile(labels)) {
            return log;
        }
        Files.createDirectories(log.getParent());
        updateMessage("Generating the built-in sample (" + SAMPLE_LINES / 1000 + "k lines)");
        try (AtomicOutput logOut = AtomicOutput.open(log); AtomicOutput labelOut = AtomicOutput.open(labels)) {
            Writer w = new OutputStreamWriter(labelOut.stream(), StandardCharsets.UTF_8);
            new HdfsLogGenerator(new GeneratorConfig(SAMPLE_LINES, SEED, 0.03))
                    .generate(logOut.stream(), w, null, p -> updateProgress(p.lines(), SAMPLE_LINES), this::isCancelled);
            w.flush();
            logOut.commit();
            labelOut.commit();
        }
        return log;
    }
}
