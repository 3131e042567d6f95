// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.analysis.AnalysisSummary;

/** Times the stages of one analysis from the moment it was made; a stage that did not run stays null. */
final class StageClock {
    private final long start;
    private long last;
    private Double load;
    private double parse;
    private Double train;
    private double score;
    private double export;

    StageClock(long startNanos) {
        this.start = startNanos;
        this.last = startNanos;
    }

    /** Ends the model-loading stage. */
    void loaded() {
        load = lap();
    }

    void parsed() {
        parse = lap();
    }

    void trained() {
        train = lap();
    }

    void scored() {
        score = lap();
    }

    void exported() {
        export = lap();
    }

    /** The stages so far; the total runs from the start to now. */
    AnalysisSummary.Stages stages() {
        return new AnalysisSummary.Stages(parse, load, train, score, export, (System.nanoTime() - start) / 1e9);
    }

    private double lap() {
        long now = System.nanoTime();
        double s = (now - last) / 1e9;
        last = now;
        return s;
    }
}
