// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.detect.ThresholdStrategy;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.core.session.Labels;
import dev.blocklight.core.session.SessionStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that train or apply a model: labels, threshold and threads. */
final class ModelOptions {
    @Option(names = "--labels", paramLabel = "FILE", description = "Loghub anomaly_label.csv (BlockId,Label).")
    Path labels;

    @Option(names = "--threshold", paramLabel = "SPEC",
            description = "Threshold: " + ThresholdSpecs.FORMS + " (e.g. static:0.35, pct:99.5, sigma:3, pot:1e-4, "
                    + "rate:0.03, gap, max, bestf1).")
    String threshold;

    @Option(names = "--model-threads", paramLabel = "N",
            description = "Network copies scoring in parallel (default: the number of cores).")
    Integer modelThreads;

    /** The threshold strategy, or {@code fallback} when none was named; checked before any work. */
    ThresholdStrategy strategy(String fallback) {
        String spec = threshold != null ? threshold : fallback;
        return spec == null ? null : ThresholdSpecs.parse(spec);
    }

    int threads() {
        int n = modelThreads != null ? modelThreads : Runtime.getRuntime().availableProcessors();
        if (n < 1) {
            throw new IllegalArgumentException("--model-threads must be at least 1");
        }
        return n;
    }

    /** Labels per block of the store (1, 0, -1), or null without --labels; reports what was read. */
    byte[] labels(SessionStore sessions, PrintWriter out) throws IOException {
        if (labels == null) {
            return null;
        }
        Labels l = LabelReader.read(labels);
        out.println("Labels: " + l.summary());
        return l.of(sessions);
    }
}
