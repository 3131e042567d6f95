// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.session.SessionBuilder;
import dev.blocklight.core.session.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Training learns the normal shapes, is reproducible, reports progress and can be cancelled. */
class TrainerTest {
    static final Vocabulary VOCAB = Vocabulary.of(TinyData.events());
    static TrainingResult trained;
    static List<EpochReport> reports = new ArrayList<>();

    @BeforeAll
    static void train() {
        trained = new Trainer(TinyData.config(), 2).train(TinyData.normal(400, 1), VOCAB, reports::add,
                Cancellation.NEVER);
    }

    @Test
    void normalShapesScoreLowerThanBrokenOnes() {
        Scorer scorer = trained.model().scorer(1);
        float worstNormal = 0;
        for (int[] shape : TinyData.NORMAL) {
            worstNormal = Math.max(worstNormal, scorer.scoreOne(shape).score());
        }
        int[][] broken = {{1, 5, 3, 4}, {1, 2, 5, 5, 4}, {4, 3, 2, 1}, {1, 2, 0, 4}};
        for (int[] b : broken) {
            float s = scorer.scoreOne(b).score();
            assertTrue(s > worstNormal + 0.5, "broken " + java.util.Arrays.toString(b) + " scores " + s
                    + ", worst normal " + worstNormal);
        }
        SequenceScore exc = scorer.scoreOne(new int[] {1, 2, 5, 3, 4});
        float[] steps = exc.stepLosses();
        int worstStep = 0;
        for (int t = 1; t < steps.length; t++) {
            worstStep = steps[t] > steps[worstStep] ? t : worstStep;
        }
        assertEquals(2, worstStep, "the exception step explains the score");
        assertEquals(scorer.scoreOne(new int[] {1, 2, 0, 4}).score(), scorer.scoreOne(new int[] {1, 2, 42, 4}).score(),
                "an index outside the vocabulary is the unknown event");
        SequenceScore cut = scorer.scoreOne(new int[20]);
        assertTrue(cut.truncated());
        assertEquals(TinyData.config().maxLength(), cut.stepLosses().length);
    }

    @Test
    void aBlockThatStopsEarlyScoresAboveEveryWholeShape() {
        Scorer scorer = trained.model().scorer(1);
        float worstNormal = 0;
        for (int[] shape : TinyData.NORMAL) {
            worstNormal = Math.max(worstNormal, scorer.scoreOne(shape).score());
        }
        for (int[] shape : TinyData.NORMAL) {
            int[] stopped = java.util.Arrays.copyOf(shape, shape.length - 2);
            float s = scorer.scoreOne(stopped).score();
            assertTrue(s > worstNormal + 0.25, "stopped early " + java.util.Arrays.toString(stopped) + " scores " + s
                    + ", worst normal " + worstNormal);
        }
    }

    @Test
    void aBlockWithAnEventUnseenInTrainingGetsTheRareEventCost() {
        AutoencoderModel model = trained.model();
        ModelConfig off = model.config().withRareEvents(0, 1);
        AutoencoderModel networkOnly = new AutoencoderModel(off, model.vocabulary(), model.network(), null,
                model.info(), new EventRarity(new double[model.vocabulary().size()], off), model.counts());
        int[] exception = {1, 2, 5, 3, 4};
        // event 5 is in none of the 400 training blocks: counted as one, share 1/400, cost ln(1% x 400)
        float extra = model.scorer(1).scoreOne(exception).score() - networkOnly.scorer(1).scoreOne(exception).score();
        assertEquals(Math.log(4), extra, 1e-4);
        for (int[] shape : TinyData.NORMAL) {
            assertEquals(networkOnly.scorer(1).scoreOne(shape).score(), model.scorer(1).scoreOne(shape).score(), 1e-6,
                    "events in every training block cost nothing");
        }
        BlockScores all = model.scorer(1).score(new int[][] {exception, TinyData.NORMAL[0]}, Cancellation.NEVER);
        assertEquals(model.scorer(1).scoreOne(exception).score(), all.score(0), 1e-4, "batch and single scores agree");
    }

    @Test
    void scoreIsTheMeanStepLossPlusAShareOfTheWorst() {
        assertEquals(2f + 0.3f * 5f, StepLosses.score(new float[] {1, 1, 1, 5}), 1e-6);
        assertEquals(Float.NaN, StepLosses.score(new float[0]));
    }

    @Test
    void reportsEveryEpochAndKeepsTheBest() {
        TrainingSummary s = trained.summary();
        assertEquals(reports, s.epochs());
        assertTrue(s.epochs().size() >= 2 && s.epochs().size() <= TinyData.config().maxEpochs());
        EpochReport best = s.epochs().get(s.bestEpoch() - 1);
        assertTrue(best.best());
        for (EpochReport r : s.epochs()) {
            assertTrue(Double.isFinite(r.trainingLoss()) && Double.isFinite(r.validationLoss()) && r.seconds() > 0);
            assertTrue(r.validationLoss() >= best.validationLoss());
        }
        assertEquals(best.validationLoss(), s.bestValidationLoss());
        assertTrue(s.epochs().get(0).validationLoss() > best.validationLoss(), "validation loss improved");
        assertEquals(400, s.trainingBlocks() + s.validationBlocks());
        assertTrue(s.validationBlocks() > 20 && s.validationBlocks() < 70, "about 10% held out");
        assertEquals(4, s.distinctSequences());
        List<ScoreQuantile> q = trained.model().info().quantiles();
        assertEquals(ScoreQuantile.LEVELS.length, q.size());
        assertTrue(Double.isNaN(trained.model().info().threshold()));
    }

    @Test
    void sameSeedGivesTheSameScores() {
        int[][] data = TinyData.normal(300, 2);
        ModelConfig c = TinyData.config().withEpochs(4, 4);
        int[][] probe = {{1, 2, 3, 4}, {1, 5, 3, 4}, {2, 2, 2}};
        float[] a = new Trainer(c, 1).train(data, VOCAB, TrainingListener.NONE, Cancellation.NEVER).model()
                .scorer(1).score(probe, Cancellation.NEVER).scores();
        float[] b = new Trainer(c, 2).train(data, VOCAB, TrainingListener.NONE, Cancellation.NEVER).model()
                .scorer(2).score(probe, Cancellation.NEVER).scores();
        assertArrayEquals(a, b);
        float[] other = new Trainer(c.withSeed(7), 1).train(data, VOCAB, TrainingListener.NONE, Cancellation.NEVER)
                .model().scorer(1).score(probe, Cancellation.NEVER).scores();
        assertTrue(a[0] != other[0], "another seed gives another network");
    }

    @Test
    void twoReplicasFitAPairOfBatchesFromTheSameStartAndBothKeepTheMean() {
        int classes = VOCAB.classes();
        int[][] seqs = TinyData.normal(64, 5);
        int[] all = new int[seqs.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<int[]> batches = BatchBuilder.plan(seqs, all, 32, new java.util.Random(1));
        assertEquals(2, batches.size());
        ComputationGraph net = AutoencoderNetwork.create(TinyData.config(), classes);
        ComputationGraph a = net.clone();
        ComputationGraph b = net.clone();
        a.fit(BatchBuilder.trainingSet(seqs, batches.get(0), null, classes));
        b.fit(BatchBuilder.trainingSet(seqs, batches.get(1), null, classes));
        INDArray mean = a.params().add(b.params()).muli(0.5);
        assertTrue(a.params().distance2(b.params()) > 1e-4, "the two batches pull apart");
        for (boolean parallel : new boolean[] {false, true}) {
            ComputationGraph start = net.clone();
            try (ReplicaFit fit = new ReplicaFit(start, true, parallel)) {
                double loss = fit.fit(seqs, batches, classes, Cancellation.NEVER);
                assertTrue(loss > 0);
            }
            assertTrue(start.params().equalsWithEps(mean, 1e-6), "parallel " + parallel + ": the mean");
        }
    }

    @Test
    void theValidationLossIsTheSameWhenTheReplicasShareIt() {
        int classes = VOCAB.classes();
        int[][] seqs = TinyData.normal(300, 6);
        int[] all = new int[seqs.length];
        float[] weights = new float[seqs.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
            weights[i] = 1 + i % 3;
        }
        ComputationGraph net = trained.model().network();
        double lossSum = 0;
        double weightSum = 0;
        for (int[] batch : BatchBuilder.plan(seqs, all, 64, null)) {
            float[][] steps = StepLosses.of(net, seqs, batch);
            for (int r = 0; r < batch.length; r++) {
                for (float l : steps[r]) {
                    lossSum += weights[batch[r]] * l;
                }
                weightSum += weights[batch[r]] * steps[r].length;
            }
        }
        for (boolean parallel : new boolean[] {false, true}) {
            try (ReplicaFit fit = new ReplicaFit(net.clone(), true, parallel)) {
                assertEquals(lossSum / weightSum, fit.loss(seqs, all, weights, 64, Cancellation.NEVER), 1e-9,
                        "parallel " + parallel);
            }
        }
    }

    @Test
    void cancellationStopsTrainingBetweenBatches() {
        AtomicInteger asked = new AtomicInteger();
        Cancellation cancelSoon = () -> asked.incrementAndGet() > 3;
        assertThrows(CancellationException.class, () -> new Trainer(TinyData.config(), 1)
                .train(TinyData.normal(300, 3), VOCAB, TrainingListener.NONE, cancelSoon));
        assertEquals(4, asked.get(), "stopped at the first check after cancelling");
    }

    @Test
    void withLabelsTrainsOnNormalBlocksOnly() {
        SessionBuilder b = new SessionBuilder();
        int[][] seqs = TinyData.normal(200, 4);
        byte[] labels = new byte[seqs.length + 20];
        for (int i = 0; i < labels.length; i++) {
            int[] s = i < seqs.length ? seqs[i] : new int[] {1, 5, 5, 4};
            labels[i] = (byte) (i < seqs.length ? 0 : 1);
            int block = b.block(7000L + i);
            for (int e : s) {
                b.add(block, e, 0, SessionStore.NO_TIME);
            }
        }
        SessionStore store = b.build(new int[] {0, 1, 2, 3, 4, 5});
        TrainingSummary s = new Trainer(TinyData.config().withEpochs(2, 2), 1)
                .train(store, TinyData.events(), labels, TrainingListener.NONE, Cancellation.NEVER).summary();
        assertEquals(200, s.trainingBlocks() + s.validationBlocks());
        TrainingSummary all = new Trainer(TinyData.config().withEpochs(2, 2), 1)
                .train(store, TinyData.events(), null, TrainingListener.NONE, Cancellation.NEVER).summary();
        assertEquals(220, all.trainingBlocks() + all.validationBlocks());
        assertEquals(5, all.distinctSequences());
    }

    @Test
    void scoringReportsProgressAndCanBeCancelled() {
        int[][] many = TinyData.normal(3000, 9);
        for (int i = 0; i < many.length; i += 3) {
            many[i] = java.util.Arrays.copyOf(many[i], many[i].length + 1 + i % 7);
        }
        SequenceSet set = new SequenceEncoder(12, VOCAB.identity()).encode(many);
        List<dev.blocklight.core.ingest.Progress> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        BlockScores scores = trained.model().scorer(2).score(set, List.of(), seen::add, Cancellation.NEVER);
        assertEquals(3000, scores.blockCount());
        dev.blocklight.core.ingest.Progress last = seen.get(seen.size() - 1);
        assertEquals(set.size(), last.done());
        assertEquals(set.size(), last.total());
        assertThrows(CancellationException.class, () -> trained.model().scorer(2)
                .score(set, List.of(), dev.blocklight.core.ingest.ProgressListener.NONE, () -> true));
    }

    @Test
    void refusesAnEmptyTrainingSet() {
        assertThrows(IllegalArgumentException.class, () -> new Trainer(TinyData.config())
                .train(new int[][] {{}}, VOCAB, TrainingListener.NONE, Cancellation.NEVER));
    }
}
