// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.blocklight.core.analysis.AnalysisSummary;
import java.io.IOException;
import java.nio.file.Path;

/** Writes an {@link AnalysisSummary} as indented JSON ({@code summary.json}), atomically. */
public final class SummaryJson {
    /** Immutable and thread-safe, so it can be shared. */
    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private SummaryJson() {
    }

    public static void write(Path file, AnalysisSummary summary) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(summary);
        try (AtomicOutput out = AtomicOutput.open(file)) {
            out.stream().write(bytes);
            out.stream().write('\n');
            out.commit();
        }
    }
}
