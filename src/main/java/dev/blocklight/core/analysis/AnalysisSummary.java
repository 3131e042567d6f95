// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.analysis;

import dev.blocklight.core.detect.Confusion;
import dev.blocklight.core.detect.LabelledScores;
import dev.blocklight.core.detect.Threshold;

/**
 * What one whole analysis of a log found and cost: the {@code summary.json} of
 * {@code blocklight analyze}. Absent parts are null: {@code labels} and {@code quality} without
 * labels, the training figures of {@code model} and the {@code train} stage when a saved model was used.
 *
 * @param input the log, as an absolute path
 * @param lines every line of the log, blank and unparsed ones included
 * @param blocks distinct blocks
 * @param templates event templates (without the unknown event)
 * @param distinctSequences distinct (truncated) event sequences among the blocks
 * @param labels the label file used, or null
 * @param model the model trained here or loaded
 * @param threshold the threshold applied
 * @param flagged blocks scoring strictly above it
 * @param seconds wall time of each stage
 * @param peakRssBytes the process's peak resident memory, or null where it cannot be read
 * @param quality detection quality against the labels at the threshold, or null without labels
 */
public record AnalysisSummary(String input, long lines, int blocks, int templates, int distinctSequences,
        LabelsUsed labels, ModelUsed model, ThresholdUsed threshold, long flagged, Stages seconds, Long peakRssBytes,
        Quality quality) {

    /**
     * @param file the label file
     * @param source how it was chosen: {@code --labels}, or {@code beside the log}
     * @param labelledBlocks blocks of the log that it labels
     * @param anomalies of those, the ones labelled Anomaly
     */
    public record LabelsUsed(String file, String source, long labelledBlocks, long anomalies) {
    }

    /**
     * @param file the bundle written ({@code model.zip} in the output folder) or read ({@code --model})
     * @param trainedHere whether this run trained it
     * @param trainedOn {@code normal blocks} (with labels) or {@code all blocks}; null for a loaded model
     * @param trainingBlocks blocks that trained it, or null for a loaded model
     * @param validationBlocks blocks held out for early stopping, or null for a loaded model
     * @param epochs epochs run, or null for a loaded model
     * @param bestEpoch the epoch whose weights were kept, or null for a loaded model
     */
    public record ModelUsed(String file, boolean trainedHere, String trainedOn, Long trainingBlocks,
            Long validationBlocks, Integer epochs, Integer bestEpoch) {
    }

    /** The threshold as chosen: its spec, value and one line saying how. */
    public record ThresholdUsed(String spec, double value, String rationale) {
        public static ThresholdUsed of(Threshold t) {
            return new ThresholdUsed(t.spec(), t.value(), t.rationale());
        }
    }

    /**
     * Seconds per stage; {@code load} (reading {@code --model}) and {@code train} are null when
     * they did not run. {@code score} is scoring every block and choosing the threshold;
     * {@code total} runs from the start of the command to the summary.
     */
    public record Stages(double parse, Double load, Double train, double score, double export, double total) {
    }

    /**
     * Precision, recall and F1 of the flagged blocks among the labelled ones, and the threshold-free
     * PR-AUC (average precision) and ROC-AUC; a figure that is undefined (precision when nothing is
     * flagged) is null.
     */
    public record Quality(long anomalies, long truePositives, long falsePositives, long falseNegatives,
            Double precision, Double recall, Double f1, Double prAuc, Double rocAuc) {
        /** The quality at {@code threshold}, or null when no block is labelled or none is an anomaly. */
        public static Quality of(LabelledScores labelled, double threshold) {
            if (labelled == null || labelled.positives().isEmpty()) {
                return null;
            }
            Confusion c = labelled.at(threshold);
            return new Quality(c.positives(), c.tp(), c.fp(), c.fn(), finite(c.precision()), finite(c.recall()),
                    finite(c.f1()), finite(labelled.averagePrecision()), finite(labelled.rocAuc()));
        }

        private static Double finite(double v) {
            return Double.isFinite(v) ? v : null;
        }
    }
}
