// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;

/**
 * {@code pot:Q}: Peaks-Over-Threshold, the batch calibration step of SPOT (Siffer et al., KDD
 * 2017). Takes the training scores above an initial high quantile ({@code level}, 98% as in the
 * paper), fits a generalized Pareto distribution to their excesses ({@link GpdFit}, Grimshaw's
 * trick) and returns the score whose estimated exceedance probability is the risk {@code q}:
 * {@code z = t + σ/γ·((q·n/Nt)^-γ - 1)}.
 */
public record PotStrategy(double risk, double level) implements ThresholdStrategy {
    /** The initial quantile of the paper. */
    public static final double DEFAULT_LEVEL = 0.98;
    /** Fewer peaks than this give no usable tail fit. */
    public static final int MIN_PEAKS = 10;

    public PotStrategy {
        if (!(risk > 0 && risk < 1)) {
            throw new IllegalArgumentException("POT risk q must be a probability between 0 and 1, such as 1e-4, got "
                    + risk);
        }
        if (!(level > 0.5 && level < 1)) {
            throw new IllegalArgumentException("POT initial level must be between 0.5 and 1, got " + level);
        }
    }

    public PotStrategy(double risk) {
        this(risk, DEFAULT_LEVEL);
    }

    @Override
    public Threshold choose(ScoreIndex index) {
        SortedScores training = index.requireTraining(spec());
        double init = training.quantile(level);
        int first = training.firstAbove(init);
        int peaks = training.size() - first;
        if (peaks < MIN_PEAKS) {
            throw new IllegalArgumentException(spec() + " needs at least " + MIN_PEAKS + " training scores above the "
                    + Human.percent(level) + " quantile to fit a tail, and has " + peaks);
        }
        double tailShare = (double) peaks / training.size();
        if (risk >= tailShare) {
            throw new IllegalArgumentException(spec() + ": the risk q must be below the tail share " + Human.number(tailShare)
                    + " (the scores above the initial " + Human.percent(level) + " quantile); use a smaller q");
        }
        double[] excess = new double[peaks];
        for (int i = 0; i < peaks; i++) {
            excess[i] = (double) training.get(first + i) - init;
        }
        GpdFit fit = GpdFit.fit(excess);
        double z = init + fit.excessQuantile(risk, tailShare);
        return new Threshold(z, "POT", spec(), "GPD tail (γ " + Human.number(fit.gamma()) + ", σ " + Human.number(fit.sigma())
                + ") fitted to the " + Human.grouped(peaks) + " training scores above their " + Human.percent(level)
                + " quantile " + Human.number(init) + "; risk q " + ThresholdSpecs.number(risk));
    }

    @Override
    public String spec() {
        return level == DEFAULT_LEVEL ? "pot:" + ThresholdSpecs.number(risk)
                : "pot:" + ThresholdSpecs.number(risk) + "@" + ThresholdSpecs.number(level);
    }
}
