// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.analysis.TrainingRun;
import dev.blocklight.core.detect.Confusion;
import dev.blocklight.core.detect.LabelledScores;
import dev.blocklight.core.export.AtomicOutput;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.CountLookupBaseline;
import dev.blocklight.core.model.CountVectorBaseline;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.sample.AnomalyHalves;
import dev.blocklight.core.sample.RealSequence;
import dev.blocklight.core.sample.RealSequences;
import dev.blocklight.core.sample.ReplayConfig;
import dev.blocklight.core.sample.ReplayGenerator;
import dev.blocklight.core.session.LabelReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Detection quality on real block behaviour, the stage of {@code blocklight bench --model --replay}:
 * for each half of the real anomalous sequences ({@link AnomalyHalves}), two logs A and B are
 * replayed with different seeds; the model is trained on A without labels (and scored on A), and on
 * A's normal blocks (scored on A, in sample, and on B, out of sample), each at its default
 * threshold; beside them, in the same run, the simplest detectors: without labels, the rarity of
 * each block's event-count vector in A (at its best F1, which peeks at the labels); with labels, a
 * lookup of A's normal event-count vectors, scoring B.
 */
final class ReplayBench {
    private ReplayBench() {
    }

    static void run(PrintWriter o, Path sequences, long blocks, long seed, Path work, ParseOptions parse, int threads)
            throws IOException {
        List<RealSequence> pool = RealSequences.read(sequences);
        Files.createDirectories(work);
        o.printf(Locale.ROOT, "Real behaviour: %s, logs of %,d blocks, seeds %d (A) and %d (B)%n", sequences, blocks,
                seed, seed + 1);
        o.println("| half | trained on | scored | PR-AUC | F1 at default | precision | recall | flagged / true | threshold | train s |");
        o.println("|---|---|---|---|---|---|---|---|---|---|");
        for (AnomalyHalves.Half half : AnomalyHalves.Half.values()) {
            String name = ReplayGenerator.halfName(half);
            Path a = replay(o, pool, half, blocks, seed, work);
            Path b = replay(o, pool, half, blocks, seed + 1, work);
            ParseResult pa = parse.parse(a, ProgressListener.NONE);
            byte[] la = LabelReader.read(LabelReader.besideLog(a)).of(pa.sessions());

            long t0 = System.nanoTime();
            String format = parse.format().pattern();
            TrainingRun.Outcome free = train(pa, null, threads, format);
            double freeSeconds = (System.nanoTime() - t0) / 1e9;
            row(o, name, "A, all blocks", "A", score(free.model(), pa, la, threads), freeSeconds, free);
            LabelledScores rarity = LabelledScores.of(CountVectorBaseline.scores(pa.sessions()), la);
            Confusion rc = rarity.bestF1().confusion();
            o.printf(Locale.ROOT, "| %s | rarity of A's count vectors (no model, no labels) | A | %.4f | %.4f (best) "
                    + "| %.4f | %.4f | %,d / %,d | best F1 | - |%n", name, rarity.averagePrecision(), rc.f1(),
                    rc.precision(), rc.recall(), rc.flagged(), rc.positives());

            long t1 = System.nanoTime();
            TrainingRun.Outcome labelled = train(pa, la, threads, format);
            double labelledSeconds = (System.nanoTime() - t1) / 1e9;
            row(o, name, "A, normal blocks", "A", score(labelled.model(), pa, la, threads), labelledSeconds, labelled);
            ParseResult pb = parse.parse(b, ScoringRun.minerFor(labelled.model()), ProgressListener.NONE);
            byte[] lb = LabelReader.read(LabelReader.besideLog(b)).of(pb.sessions());
            row(o, name, "A, normal blocks", "**B**", score(labelled.model(), pb, lb, threads), labelledSeconds,
                    labelled);
            float[] lookup = CountLookupBaseline.scores(pa.sessions(), pa.events(), la, pb.sessions(), pb.events());
            LabelledScores looked = LabelledScores.of(lookup, lb);
            Confusion c = looked.at(0.5);
            o.printf(Locale.ROOT, "| %s | lookup of A's normal count vectors | B | %.4f | %.4f | %.4f | %.4f | %,d / %,d "
                    + "| unseen counts | - |%n", name, looked.averagePrecision(), c.f1(), c.precision(), c.recall(),
                    c.flagged(), c.positives());
        }
    }

    private static TrainingRun.Outcome train(ParseResult parsed, byte[] labels, int threads, String format) {
        return TrainingRun.train(parsed, labels, ModelConfig.defaults(), threads, null, "bench", format, r -> { },
                Cancellation.NEVER);
    }

    private static ScoringRun.Outcome score(AutoencoderModel model, ParseResult parsed, byte[] labels, int threads) {
        return ScoringRun.score(model, parsed, labels, null, threads, ProgressListener.NONE, Cancellation.NEVER);
    }

    private static void row(PrintWriter o, String half, String trained, String scored, ScoringRun.Outcome s,
            double trainSeconds, TrainingRun.Outcome t) {
        LabelledScores ls = s.index().labelled().orElseThrow();
        Confusion c = ls.at(s.threshold().value());
        o.printf(Locale.ROOT, "| %s | %s | %s | %.4f | %.4f | %.4f | %.4f | %,d / %,d | %s = %.2f | %.0f |%n", half,
                trained, scored, ls.averagePrecision(), c.f1(), c.precision(), c.recall(), c.flagged(), c.positives(),
                t.threshold().spec(), s.threshold().value(), trainSeconds);
        o.flush();
    }

    /** The replayed log for one half and seed in {@code work}, written once and reused. */
    private static Path replay(PrintWriter o, List<RealSequence> pool, AnomalyHalves.Half half, long blocks, long seed,
            Path work) throws IOException {
        Path log = work.resolve("replay-" + ReplayGenerator.halfName(half) + "-" + blocks + "-s" + seed + ".log");
        Path labels = LabelReader.besideLog(log);
        if (Files.isRegularFile(log) && Files.isRegularFile(labels)) {
            return log;
        }
        ReplayConfig config = new ReplayConfig(blocks, ReplayConfig.DEFAULT_ANOMALY_SHARE, half, seed);
        try (AtomicOutput logOut = AtomicOutput.open(log); AtomicOutput labelOut = AtomicOutput.open(labels)) {
            Writer w = new BufferedWriter(new OutputStreamWriter(labelOut.stream(), StandardCharsets.US_ASCII));
            new ReplayGenerator(config).generate(pool, logOut.stream(), w, null, ProgressListener.NONE,
                    Cancellation.NEVER);
            w.flush();
            logOut.commit();
            labelOut.commit();
        }
        o.printf(Locale.ROOT, "Replayed %s%n", log);
        return log;
    }
}
