// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.analysis.TrainingRun;
import dev.blocklight.core.detect.ScoredBlocks;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.export.FlaggedCsv;
import dev.blocklight.core.export.FlaggedExport;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.model.TrainingListener;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.ParseResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cancelling any stage (parse, train, score, export) throws {@link CancellationException}, leaves what
 * existed before untouched (the parse result, the workspace cache, an earlier export), and running the
 * stage again gives exactly what a run that was never cancelled gives.
 */
class CancelConsistencyTest {
    static final String KEY = WorkspaceCache.key(Analyses.FORMAT, dev.blocklight.core.parse.MaskingConfig.hdfsDefaults(),
            dev.blocklight.core.parse.DrainConfig.defaults());
    static final ModelConfig TINY = ModelConfig.defaults().withSizes(8, 8, 4, 8).withEpochs(2, 1).withSeed(3);
    @TempDir
    static Path dir;
    static Path log;
    static ParseResult clean;

    @BeforeAll
    static void parseOnce() throws IOException {
        log = Analyses.generate(dir.resolve("c.log"), 8_000, 13);
        clean = Analyses.parse(log);
    }

    /** Cancelled at the n-th check (1-based). */
    static Cancellation at(int n) {
        AtomicInteger checks = new AtomicInteger();
        return () -> checks.incrementAndGet() >= n;
    }

    /** How often a clean run of the job checks for cancellation. */
    static int checksOf(ThrowingJob job) throws Exception {
        AtomicInteger checks = new AtomicInteger();
        job.run(() -> {
            checks.incrementAndGet();
            return false;
        });
        return checks.get();
    }

    interface ThrowingJob {
        void run(Cancellation c) throws Exception;
    }

    static Stream<Integer> points(int checks) {
        return Stream.of(1, Math.max(1, checks / 2), checks).distinct();
    }

    @Test
    void aCancelledParseLeavesTheCachedAnalysisAndAReparseIsIdentical() throws Exception {
        WorkspaceCache cache = new WorkspaceCache(dir.resolve("cache"));
        assertTrue(cache.save(FileIdentity.of(log), KEY, CachedAnalysis.parsed(Analyses.FORMAT, clean)));
        int checks = checksOf(c -> LogOpener.parse(log, Analyses.config(), Analyses.miner(), ProgressListener.NONE, c));
        assertTrue(checks >= 3, "the parse checks for cancellation per chunk: " + checks);
        for (int n : points(checks).toList()) {
            assertThrows(CancellationException.class, () -> LogOpener.parse(log, Analyses.config(), Analyses.miner(),
                    ProgressListener.NONE, at(n)), "cancel at check " + n);
            WorkspaceCache.Lookup l = cache.load(log, KEY);
            assertTrue(l.restored(), "the cache survives a cancelled parse");
            Analyses.assertSameParse(clean, l.analysis().parse(), true);
            Analyses.assertSameParse(clean, Analyses.parse(log), false);
        }
    }

    @Test
    void cancelledTrainingAndScoringLeaveTheParseAndARerunIsIdentical() throws Exception {
        int[] eventsBefore = dev.blocklight.testing.SessionArrays.events(clean.sessions());
        TrainingRun.Outcome first = train(Cancellation.NEVER);
        float[] cleanScores = score(first, Cancellation.NEVER).scores().scores();

        int trainChecks = checksOf(c -> train(c));
        for (int n : points(trainChecks).toList()) {
            assertThrows(CancellationException.class, () -> train(at(n)), "cancel training at check " + n);
        }
        TrainingRun.Outcome again = train(Cancellation.NEVER);
        assertArrayEquals(first.trainingScores(), again.trainingScores(), "training again after cancels");
        assertEquals(first.threshold().value(), again.threshold().value());

        int scoreChecks = checksOf(c -> score(first, c));
        for (int n : points(scoreChecks).toList()) {
            assertThrows(CancellationException.class, () -> score(first, at(n)), "cancel scoring at check " + n);
        }
        assertArrayEquals(cleanScores, score(again, Cancellation.NEVER).scores().scores(), "scoring again after cancels");
        assertArrayEquals(eventsBefore, dev.blocklight.testing.SessionArrays.events(clean.sessions()), "the parse is untouched");
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileAndNoTemporaryOneAndARerunIsIdentical() throws Exception {
        float[] scores = Analyses.fakeScores(clean);
        ScoredBlocks blocks = new dev.blocklight.core.detect.SessionScores(clean.sessions(), scores, b -> null);
        var threshold = ThresholdSpecs.parse("rate:0.2").choose(dev.blocklight.core.detect.ScoreIndex.of(scores, scores, null));
        Path out = Files.createDirectories(dir.resolve("export")).resolve("flagged.csv");
        int rows = FlaggedCsv.write(out, FlaggedExport.of(blocks, clean.events(), threshold, null));
        assertTrue(rows > 10);
        byte[] earlier = Files.readAllBytes(out);
        for (int k : new int[] {0, rows / 2, rows - 1}) {
            ScoredBlocks cancelling = cancelAfter(blocks, k);
            assertThrows(CancellationException.class,
                    () -> FlaggedCsv.write(out, FlaggedExport.of(cancelling, clean.events(), threshold, null)));
            assertArrayEquals(earlier, Files.readAllBytes(out), "the earlier export stays whole");
            try (var files = Files.list(out.getParent())) {
                assertEquals(1, files.count(), "no temporary file is left");
            }
        }
        Files.delete(out);
        assertEquals(rows, FlaggedCsv.write(out, FlaggedExport.of(blocks, clean.events(), threshold, null)));
        assertArrayEquals(earlier, Files.readAllBytes(out), "the re-run writes the same file");
    }

    private static TrainingRun.Outcome train(Cancellation c) {
        return TrainingRun.train(clean, null, TINY, 1, ThresholdSpecs.parse(ThresholdSpecs.DEFAULT_SPEC), "c.log",
                Analyses.FORMAT, TrainingListener.NONE, c);
    }

    private static ScoringRun.Outcome score(TrainingRun.Outcome trained, Cancellation c) {
        return ScoringRun.score(trained.model(), clean, null, null, 1, ProgressListener.NONE, c);
    }

    /** The blocks, but the export is cancelled when it asks for its (k+1)-th block id, that is, after k rows. */
    private static ScoredBlocks cancelAfter(ScoredBlocks b, int k) {
        AtomicInteger calls = new AtomicInteger();
        return new ScoredBlocks() {
            @Override
            public int count() {
                return b.count();
            }

            @Override
            public String blockId(int i) {
                if (calls.getAndIncrement() >= k) {
                    throw new CancellationException("export cancelled");
                }
                return b.blockId(i);
            }

            @Override
            public float score(int i) {
                return b.score(i);
            }

            @Override
            public int[] events(int i) {
                return b.events(i);
            }

            @Override
            public float[] stepErrors(int i) {
                return b.stepErrors(i);
            }
        };
    }
}
