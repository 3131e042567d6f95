// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared steps of the parse fuzz properties: parse a file, list each line's event, and a scratch folder. */
final class FuzzParse {
    static final LogFormat HDFS = LogFormat.compile(LogFormat.HDFS);

    private FuzzParse() {
    }

    static ParseResult parse(Path file, int threads, int chunk, TemplateMiner miner) throws IOException {
        return new LogParser(ParserConfig.hdfs().withThreads(threads).withChunkBytes(chunk))
                .parse(LogSource.of(file), miner, ProgressListener.NONE, Cancellation.NEVER);
    }

    static TemplateMiner learning() {
        return TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
    }

    /** Each parsed line's event index, by 1-based line number; fails if a line is visited twice. */
    static Map<Long, Integer> lineEvents(Path file, TemplateMiner miner) throws IOException {
        Map<Long, Integer> out = new LinkedHashMap<>();
        LineEvents.visit(LogSource.of(file), HDFS, miner, (id, fields, event) -> {
            if (out.put(id, event) != null) {
                throw new AssertionError("line " + id + " visited twice");
            }
        }, Cancellation.NEVER);
        return out;
    }

    static Path newDir() throws IOException {
        return Files.createTempDirectory("blocklight-fuzz");
    }

    static void deleteDir(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }
}
