// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.detect.Confusion;
import dev.blocklight.core.detect.LabelledScores;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.model.CountLookupBaseline;
import dev.blocklight.core.model.ModelConfig;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.sample.AnomalyHalves;
import dev.blocklight.core.sample.RealSequence;
import dev.blocklight.core.sample.RealSequences;
import dev.blocklight.core.sample.ReplayConfig;
import dev.blocklight.core.sample.ReplayGenerator;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Detection on real HDFS_v1 block behaviour, judged on the held-out half of the real anomalous
 * sequences, which no tuning looked at: two 20,000-block logs (A, B) replayed from the shared dev
 * sequences, parsed as raw logs, trained on A, scored at the default thresholds, as a user would.
 * The floors are the figures measured when the count profile came in, less a small margin for
 * another machine's floating point; a regression fails the build. Skips without ../shared/data.
 */
class RealBehaviourQualityTest {
    static final int BLOCKS = 20_000;
    @TempDir
    static Path dir;
    static ParseResult a;
    static byte[] labelsA;
    static List<RealSequence> pool;

    @BeforeAll
    static void replay() throws IOException {
        pool = RealSequences.read(SharedData.require("HDFS_v1_real_sequences_dev.csv"));
        Path logA = write(dir.resolve("a.log"), 1);
        a = parse(logA, null);
        labelsA = LabelReader.read(LabelReader.besideLog(logA)).of(a.sessions());
    }

    @Test
    void withLabelsLastWeeksModelFindsThisWeeksAnomaliesAndBeatsTheLookup() throws IOException {
        TrainingRun.Outcome trained = TrainingRun.train(a, labelsA, ModelConfig.defaults(), 2, null, "a.log",
                ParserConfig.hdfs().format().pattern(), r -> { }, Cancellation.NEVER);
        Path logB = write(dir.resolve("b.log"), 2);
        ParseResult b = parse(logB, ScoringRun.minerFor(trained.model()));
        byte[] labelsB = LabelReader.read(LabelReader.besideLog(logB)).of(b.sessions());
        ScoringRun.Outcome out = ScoringRun.score(trained.model(), b, labelsB, null, 2, ProgressListener.NONE,
                Cancellation.NEVER);
        LabelledScores ls = out.index().labelled().orElseThrow();
        Confusion c = ls.at(out.threshold().value());
        Confusion lookup = LabelledScores.of(CountLookupBaseline.scores(a.sessions(), a.events(), labelsA,
                b.sessions(), b.events()), labelsB).at(0.5);
        String report = String.format(Locale.ROOT, "out of sample: PR-AUC %.4f, F1 %.4f, flagged %d for %d; lookup F1 %.4f",
                ls.averagePrecision(), c.f1(), c.flagged(), c.positives(), lookup.f1());
        System.out.println("Real behaviour, held-out half, with labels: " + report);
        assertTrue(ls.averagePrecision() >= 0.995, report);
        assertTrue(c.f1() >= 0.99, report);
        assertTrue(c.f1() >= lookup.f1(), "no worse than the lookup: " + report);
        assertTrue(Math.abs(c.flagged() - c.positives()) <= 0.05 * c.positives(), "within 5% of the true count: " + report);

        ScoringRun.Outcome in = ScoringRun.score(trained.model(), a, labelsA, null, 2, ProgressListener.NONE,
                Cancellation.NEVER);
        Confusion ci = in.index().labelled().orElseThrow().at(in.threshold().value());
        System.out.println("Real behaviour, held-out half, with labels, in sample: F1 " + ci.f1());
        assertTrue(ci.f1() >= 0.999, "in sample F1 " + ci.f1());
    }

    @Test
    void withoutLabelsTheCountsAndTheGapFindMostAnomalies() {
        TrainingRun.Outcome trained = TrainingRun.train(a, null, ModelConfig.defaults(), 2, null, "a.log",
                ParserConfig.hdfs().format().pattern(), r -> { }, Cancellation.NEVER);
        ScoringRun.Outcome out = ScoringRun.score(trained.model(), a, labelsA, null, 2, ProgressListener.NONE,
                Cancellation.NEVER);
        LabelledScores ls = out.index().labelled().orElseThrow();
        Confusion c = ls.at(out.threshold().value());
        String report = String.format(Locale.ROOT, "unsupervised: PR-AUC %.4f, F1 %.4f, flagged %d for %d",
                ls.averagePrecision(), c.f1(), c.flagged(), c.positives());
        System.out.println("Real behaviour, held-out half: " + report);
        // below the 0.95 targets (see the README's known limits); these floors guard what was reached
        assertTrue(ls.averagePrecision() >= 0.80, report);
        assertTrue(c.f1() >= 0.93, report);
        assertTrue(Math.abs(c.flagged() - c.positives()) <= 0.20 * c.positives(), "within 20%: " + report);

        // chosen again later from the quantiles the model file keeps, as score --threshold gap does
        ScoringRun.Outcome again = ScoringRun.score(trained.model(), a, labelsA, ThresholdSpecs.parse("gap"), 2,
                ProgressListener.NONE, Cancellation.NEVER);
        Confusion ca = ls.at(again.threshold().value());
        assertTrue(Math.abs(ca.flagged() - c.flagged()) <= 0.02 * c.flagged(), "gap from the stored quantiles "
                + again.threshold().value() + " flags " + ca.flagged() + ", from the training scores "
                + out.threshold().value() + " flags " + c.flagged());
    }

    private static Path write(Path log, long seed) throws IOException {
        ReplayConfig config = new ReplayConfig(BLOCKS, ReplayConfig.DEFAULT_ANOMALY_SHARE, AnomalyHalves.Half.HELD_OUT,
                seed);
        try (OutputStream out = Files.newOutputStream(log);
                Writer labels = Files.newBufferedWriter(LabelReader.besideLog(log))) {
            new ReplayGenerator(config).generate(pool, out, labels, null, ProgressListener.NONE, Cancellation.NEVER);
        }
        return log;
    }

    private static ParseResult parse(Path log, TemplateMiner frozen) throws IOException {
        TemplateMiner miner = frozen != null ? frozen
                : TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
        return LogOpener.parse(log, ParserConfig.hdfs(), miner, ProgressListener.NONE, Cancellation.NEVER);
    }
}
