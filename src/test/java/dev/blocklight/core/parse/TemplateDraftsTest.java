// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.sample.GeneratorConfig;
import dev.blocklight.core.sample.HdfsLogGenerator;
import java.io.BufferedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates mined so far add up to the lines seen, and at the end they are the parse's events. */
class TemplateDraftsTest {
    @TempDir
    Path dir;

    @Test
    void draftsAtTheEndAreTheEventsWithTheirOccurrences() throws Exception {
        Path log = dir.resolve("g.log");
        try (var out = new BufferedOutputStream(Files.newOutputStream(log))) {
            new HdfsLogGenerator(new GeneratorConfig(60_000, 11, 0.03)).generate(out, java.io.Writer.nullWriter(), null,
                    ProgressListener.NONE, Cancellation.NEVER);
        }
        TemplateMiner miner = TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
        List<Long> seen = new CopyOnWriteArrayList<>();
        ProgressListener onProgress = p -> seen.add(miner.drafts().stream().mapToLong(TemplateDraft::lines).sum());
        ParseResult r = new LogParser(ParserConfig.hdfs().withChunkBytes(64 * 1024)).parse(LogSource.of(log), miner,
                onProgress, Cancellation.NEVER);

        List<TemplateDraft> drafts = miner.drafts();
        long lines = r.stats().lines() - r.stats().blankLines() - r.stats().unparsedLines();
        assertEquals(lines, drafts.stream().mapToLong(TemplateDraft::lines).sum());
        Map<String, Long> events = new HashMap<>();
        r.events().templates().forEach(e -> events.put(e.template(), e.occurrences()));
        Map<String, Long> fromDrafts = new HashMap<>();
        drafts.forEach(d -> fromDrafts.merge(d.template(), d.lines(), Long::sum));
        assertEquals(events, fromDrafts);
        assertTrue(seen.stream().allMatch(n -> n <= lines), "a draft never counts more lines than the log has");
    }

    @Test
    void aFreshMinerHasNoDrafts() {
        assertTrue(TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()).drafts().isEmpty());
    }
}
