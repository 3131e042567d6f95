// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.parse.TemplateSnapshots;
import dev.blocklight.core.workspace.FileIdentity;
import dev.blocklight.core.workspace.WorkspaceCache;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Parsing options shared by the commands that read a raw log. */
final class ParseOptions {
    @Option(names = "--format", paramLabel = "FMT", defaultValue = LogFormat.HDFS,
            description = "Loghub-style line layout (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--templates", paramLabel = "FILE",
            description = "Map lines onto the frozen templates of a saved templates.json (match-only mode).")
    Path templates;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--similarity", paramLabel = "ST", defaultValue = "0.5",
            description = "Drain similarity threshold (default: ${DEFAULT-VALUE}).")
    double similarity;

    @Option(names = "--depth", paramLabel = "D", defaultValue = "4", description = "Drain tree depth (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--block-pattern", paramLabel = "REGEX", defaultValue = MaskingConfig.BLK,
            description = "Regex that names a block (default: ${DEFAULT-VALUE}).")
    String blockPattern;

    LogFormat format() {
        return LogFormat.compile(format);
    }

    MaskingConfig masking() {
        MaskingConfig d = MaskingConfig.hdfsDefaults();
        return new MaskingConfig(d.rules(), blockPattern);
    }

    ParserConfig parserConfig(LogFormat fmt) {
        ParserConfig c = ParserConfig.hdfs().withFormat(fmt);
        return threads == null ? c : c.withThreads(threads);
    }

    TemplateMiner miner() throws IOException {
        if (templates != null) {
            return TemplateMiner.fromSnapshot(new TemplateSnapshots().read(templates), false);
        }
        return TemplateMiner.learning(masking(), drainConfig());
    }

    /** The workspace cache key of these settings; a template file adds its identity. */
    String cacheKey() throws IOException {
        String key = WorkspaceCache.key(format, masking(), drainConfig());
        return templates == null ? key : key + "\ntemplates " + FileIdentity.of(templates);
    }

    private DrainConfig drainConfig() {
        return new DrainConfig(depth, similarity, DrainConfig.defaults().maxChildren(), true);
    }

    /** Parses a raw log or a Loghub structured CSV. */
    ParseResult parse(Path log, ProgressListener progress) throws IOException {
        return parse(log, miner(), progress);
    }

    /** Parses with a given miner, such as a model's frozen templates. */
    ParseResult parse(Path log, TemplateMiner miner, ProgressListener progress) throws IOException {
        return LogOpener.parse(log, parserConfig(format()), miner, progress, Cancellation.NEVER);
    }
}
