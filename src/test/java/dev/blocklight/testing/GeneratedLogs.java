// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helpers: a generated HDFS log on disk (3% anomalous, no labels written) and its parse with the defaults. */
public final class GeneratedLogs {
    private GeneratedLogs() {
    }

    /** Writes {@code lines} generated lines with {@code seed} to {@code file}. */
    public static Path write(Path file, long lines, long seed) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            new HdfsLogGenerator(new GeneratorConfig(lines, seed, 0.03))
                    .generate(out, Writer.nullWriter(), Writer.nullWriter(), ProgressListener.NONE, Cancellation.NEVER);
        }
        return file;
    }

    /** Parses a log with a fresh learning miner and the given parser settings. */
    public static ParseResult parse(Path log, ParserConfig config) throws IOException {
        return LogOpener.parse(log, config, TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()),
                ProgressListener.NONE, Cancellation.NEVER);
    }
}
