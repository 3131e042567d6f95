// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.SortedScores;
import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.BundleWriter;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.workspace.CachedAnalysis;
import dev.blocklight.core.workspace.CachedLabels;
import dev.blocklight.core.workspace.FileIdentity;
import dev.blocklight.core.workspace.ModelRef;
import dev.blocklight.core.workspace.WorkspaceCache;
import dev.blocklight.ui.model.ModelViewModel;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.threshold.ThresholdViewModel;
import dev.blocklight.ui.workspace.WorkspaceViewModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import javafx.animation.PauseTransition;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * Writes the scores, the chosen threshold and the model that scored them into the workspace cache,
 * beside the parse: once when fresh scores arrive (the model bundle goes into {@code <cache>/models},
 * named by its SHA-256, even when the user never saved it), and the threshold again a second after
 * the user stops moving it, or at once when the window closes. When the cache file already holds the
 * current scores, only the threshold is written, in a small note beside it
 * ({@link WorkspaceCache#saveThreshold}). Saves run on the task engine's quick lane
 * (not listed in the tasks panel, so a save does not change the window's layout under the user's
 * pointer), except the one at close, which must finish before the engine stops.
 */
final class AnalysisSaver {
    /** Quiet time after the last threshold move before the analysis is saved again. */
    static final Duration DEBOUNCE = Duration.seconds(1);
    private final TaskEngine engine;
    private final WorkspaceViewModel workspace;
    private final ModelViewModel model;
    private final ThresholdViewModel threshold;
    private final PauseTransition quiet = new PauseTransition(DEBOUNCE);
    /** The model whose bundle is in the cache folder, and its reference there. */
    private volatile AutoencoderModel bundled;
    private volatile ModelRef bundledRef;
    /** Numbers snapshots in the order they were taken; an older one is never written over a newer one. */
    private long taken;
    private long written;
    /** The scores and threshold the cache file holds (or will, once the queued save runs). */
    private ScoringRun.Outcome inFile;
    private double inFileValue = Double.NaN;
    /** The last snapshot handed to the task engine, which may not have run yet. */
    private Snapshot latest;
    /** The scores the cache file holds on disk (guarded by this object's lock). */
    private ScoringRun.Outcome onDisk;

    AnalysisSaver(TaskEngine engine, WorkspaceViewModel workspace, ModelViewModel model, ThresholdViewModel threshold) {
        this.engine = engine;
        this.workspace = workspace;
        this.model = model;
        this.threshold = threshold;
        quiet.setOnFinished(e -> submit());
        model.scoresProperty().addListener((obs, old, s) -> {
            quiet.stop();
            if (s != null && model.restoredOutcome() != s) {
                quiet.playFromStart(); // fresh scores: saved once the threshold panel has settled
            }
        });
        threshold.thresholdProperty().addListener((obs, old, t) -> {
            ScoringRun.Outcome s = model.scoresProperty().get();
            if (s == null || Double.isNaN(t.doubleValue())) {
                return;
            }
            if (s == model.restoredOutcome() && inFile != s) {
                inFile = s; // restored: the cache file holds these scores and this threshold already
                inFileValue = s.threshold().value();
                synchronized (this) {
                    onDisk = s;
                }
            }
            if (s != inFile || t.doubleValue() != inFileValue) {
                quiet.playFromStart();
            }
        });
    }

    /** A save waits for the threshold to settle. */
    boolean pending() {
        return quiet.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /**
     * Saves now, on the calling thread, if a save is waiting for the threshold to settle or was queued
     * and has not been written yet: the window is closing, and closing cancels queued tasks.
     */
    void flush() {
        Snapshot s = latest;
        if (pending()) {
            quiet.stop();
            s = snapshot();
        }
        if (s != null) {
            try {
                s.save(); // skipped when it was written already
            } catch (IOException | RuntimeException e) {
                // the window is closing: the previous cache entry stays; nothing is left to show the error in
            }
        }
    }

    private void submit() {
        Snapshot s = snapshot();
        if (s == null) {
            return;
        }
        latest = s;
        Task<Boolean> task = new Task<>() {
            {
                updateTitle("Cache scores");
            }

            @Override
            protected Boolean call() throws Exception {
                updateMessage("Saving the scores and threshold to the workspace cache");
                return s.save();
            }
        };
        task.setOnFailed(e -> workspace.warn("Could not cache the scores: "
                + dev.blocklight.core.ErrorMessages.describe(task.getException())));
        engine.submitQuick(task); // beside the queue and out of the tasks panel: a save must not wait behind a parse
    }

    /** What to save, taken on the FX thread; null when the open analysis cannot be cached. */
    private Snapshot snapshot() {
        WorkspaceCache cache = workspace.cache();
        FileIdentity id = workspace.cacheIdentity();
        ParseResult parsed = workspace.resultProperty().get();
        ScoringRun.Outcome s = model.scoresProperty().get();
        double t = threshold.thresholdProperty().get();
        if (cache == null || id == null || parsed == null || s == null || Double.isNaN(t)
                || s.scores().blockCount() != parsed.sessions().blockCount()) {
            return null;
        }
        Diagnosis d = threshold.diagnosisProperty().get();
        String spec = d != null && d.threshold().value() == t ? d.threshold().spec() : "static:" + t;
        ModelRef restored = model.restoredModel();
        AutoencoderModel m = model.modelProperty().get();
        if (restored == null && m == null) {
            return null;
        }
        CachedLabels labels = workspace.cachedLabels();
        if (labels != null && labels.perBlock().length != parsed.sessions().blockCount()) {
            labels = null;
        }
        inFile = s;
        inFileValue = t;
        return new Snapshot(++taken, cache, id, parsed, s, t, spec, restored, m, labels);
    }

    /** One save: everything read on the FX thread, written on another. */
    private final class Snapshot {
        private final long number;
        private final WorkspaceCache cache;
        private final FileIdentity id;
        private final ParseResult parsed;
        private final ScoringRun.Outcome scores;
        private final double value;
        private final String spec;
        private final ModelRef restored;
        private final AutoencoderModel scoredBy;
        private final CachedLabels labels;

        Snapshot(long number, WorkspaceCache cache, FileIdentity id, ParseResult parsed, ScoringRun.Outcome scores, double value,
                String spec, ModelRef restored, AutoencoderModel scoredBy, CachedLabels labels) {
            this.labels = labels;
            this.number = number;
            this.cache = cache;
            this.id = id;
            this.parsed = parsed;
            this.scores = scores;
            this.value = value;
            this.spec = spec;
            this.restored = restored;
            this.scoredBy = scoredBy;
        }

        boolean save() throws IOException {
            synchronized (AnalysisSaver.this) {
                if (number <= written) {
                    return false; // this one, or a newer threshold, was saved already
                }
                written = number;
                return write();
            }
        }

        private boolean write() throws IOException {
            if (scores == onDisk && cache.saveThreshold(id, WorkspaceViewModel.cacheKey(), value, spec)) {
                return true; // the scores are on disk already: a note of a few hundred bytes
            }
            ModelRef ref = restored != null ? restored : bundle(cache, scoredBy, training(scores));
            CachedAnalysis a = CachedAnalysis.parsed(LogFormat.HDFS, parsed)
                    .withScores(scores.scores().scores(), value, spec, ref).withLabels(labels);
            boolean saved = cache.save(id, WorkspaceViewModel.cacheKey(), a);
            onDisk = saved ? scores : onDisk;
            return saved;
        }
    }

    /** The model's bundle in {@code <cache>/models}, written once per model. */
    private ModelRef bundle(WorkspaceCache cache, AutoencoderModel m, float[] training) throws IOException {
        if (bundled == m && bundledRef != null && Files.isRegularFile(bundledRef.file(cache.folder()))) {
            return new ModelRef(bundledRef.bundle(), bundledRef.sha256(), training);
        }
        Path dir = Files.createDirectories(cache.folder().resolve(WorkspaceCache.MODELS));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(); // a few MB: named by its hash before it is written
        new BundleWriter().write(m, bytes);
        byte[] sha = ModelRef.sha256Of(bytes.toByteArray());
        String name = HexFormat.of().formatHex(sha, 0, 12) + ".zip";
        try (AtomicOutput out = AtomicOutput.open(dir.resolve(name))) {
            bytes.writeTo(out.stream());
            out.commit();
        }
        bundled = m;
        bundledRef = new ModelRef(name, sha, training);
        return bundledRef;
    }

    private static float[] training(ScoringRun.Outcome s) {
        SortedScores t = s.index().training();
        float[] out = new float[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = t.get(i);
        }
        return out;
    }
}
