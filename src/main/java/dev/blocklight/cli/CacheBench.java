// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.core.workspace.CachedAnalysis;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.workspace.FileIdentity;
import dev.blocklight.core.workspace.ModelRef;
import dev.blocklight.core.workspace.WorkspaceCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code bench --cache DIR}: how long reopening a log takes through the workspace cache. The first
 * run parses and saves (with a stand-in score per block, as large as real scores); every run then
 * restores the analysis from the cache file and checks it against the log.
 */
final class CacheBench {
    private CacheBench() {
    }

    static void run(PrintWriter o, Path log, ParseOptions parse, Path dir, int runs) throws IOException {
        WorkspaceCache cache = new WorkspaceCache(dir);
        String key = parse.cacheKey();
        long t = System.nanoTime();
        WorkspaceCache.Lookup first = cache.load(log, key);
        o.printf(Locale.ROOT, "Cache lookup: %s in %.2f s%s%n", first.status(), (System.nanoTime() - t) / 1e9,
                first.notice() == null ? "" : " (" + first.notice() + ")");
        if (!first.restored()) {
            ParseResult r = parse.parse(log, ProgressListener.NONE);
            o.printf(Locale.ROOT, "Parse: %.2f s, %,d lines, %,d blocks%n", r.stats().elapsedNanos() / 1e9,
                    r.stats().lines(), r.stats().blocks());
            t = System.nanoTime();
            CachedAnalysis a = CachedAnalysis.parsed(parse.format, r).withScores(standInScores(r.sessions()), 1.0, "static:1",
                    standInModel(dir));
            boolean saved = cache.save(first.identity(), key, a);
            o.printf(Locale.ROOT, "Save: %.2f s (%s)%n", (System.nanoTime() - t) / 1e9, saved ? "saved" : "log changed; not saved");
        }
        Path file = cache.fileFor(log, key);
        o.printf(Locale.ROOT, "Cache file: %s (%s)%n", file, Human.bytes(Files.size(file)));
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            t = System.nanoTime();
            WorkspaceCache.Lookup l = cache.load(log, key);
            long took = System.nanoTime() - t;
            if (!l.restored()) {
                throw new IOException("the cache did not restore: " + l.notice());
            }
            long scoresReady = scoresReady(cache, l.analysis());
            took += scoresReady;
            best = Math.min(best, took);
            ParseResult r = l.analysis().parse();
            o.printf(Locale.ROOT, "  restore %d: %.2f s, of which %.2f s checking the model bundle and indexing the scores"
                    + " (%,d blocks, %,d events, %d templates, scores %s, threshold %s)%n", i + 1, took / 1e9, scoresReady / 1e9, r.sessions().blockCount(), r.sessions().totalEvents(), r.stats().events(),
                    l.analysis().hasScores() ? "yes" : "no", l.analysis().thresholdSpec());
        }
        o.printf(Locale.ROOT, "Restore best: %.2f s (identity check, read, checksum, rebuild; bundle check and score index"
                + " as the workbench does them)%n", best / 1e9);
    }

    /** A stand-in model bundle (4 MiB) in the cache's models folder, referenced like the workbench's. */
    private static ModelRef standInModel(Path dir) throws IOException {
        Path models = Files.createDirectories(dir.resolve(WorkspaceCache.MODELS));
        byte[] bytes = new byte[4 << 20];
        new java.util.Random(7).nextBytes(bytes);
        Path bundle = Files.write(models.resolve("stand-in.zip"), bytes);
        float[] training = new float[2000];
        for (int i = 0; i < training.length; i++) {
            training[i] = i / 100f;
        }
        return new ModelRef(bundle.getFileName().toString(), ModelRef.sha256Of(bundle), training);
    }

    /** The workbench's work after the lookup before the scores show: check the bundle, index the scores. */
    private static long scoresReady(WorkspaceCache cache, CachedAnalysis a) throws IOException {
        if (a.model() == null) {
            return 0;
        }
        long t = System.nanoTime();
        String problem = a.model().problem(cache.folder());
        if (problem != null) {
            throw new IOException("the stand-in model: " + problem);
        }
        ScoreIndex.of(a.model().trainingScores(), a.scores(), null);
        return System.nanoTime() - t;
    }

    private static float[] standInScores(SessionStore s) {
        float[] out = new float[s.blockCount()];
        for (int b = 0; b < out.length; b++) {
            out[b] = s.length(b);
        }
        return out;
    }
}
