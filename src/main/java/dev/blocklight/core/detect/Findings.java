// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

import dev.blocklight.core.Human;
import java.util.ArrayList;
import java.util.List;

/** Turns a diagnosis' numbers into plain sentences, naming the implausible cases first. */
final class Findings {
    /** Flagging this share or more is implausible for any log. */
    static final double IMPLAUSIBLE_RATE = 0.5;
    /** Without labels, flagging this share or more is far more than real anomaly shares (HDFS: 2.9%). */
    static final double UNLABELLED_HIGH_RATE = 0.2;

    private Findings() {
    }

    static List<String> of(Threshold t, int n, int flagged, double maxScore, Diagnosis.ExpectedRate expected,
            Shift shift, Confusion confusion) {
        List<String> out = new ArrayList<>();
        if (n == 0) {
            out.add("the log has no scored blocks");
            return out;
        }
        String lead = t.kind() + " threshold " + Human.number(t.value());
        boolean shiftLarge = shift != null && shift.isLarge();
        boolean shiftNamed = false;
        double rate = (double) flagged / n;
        if (flagged == 0) {
            StringBuilder s = new StringBuilder(lead).append(" flags no block: the highest score, ")
                    .append(Human.number(maxScore)).append(", is not above it");
            if (expected != null && expected.fromLabels() && expected.rate() > 0) {
                s.append(", although ").append(Human.percent(expected.rate())).append(" of the labelled blocks are anomalies");
            }
            if (shiftLarge && !shift.isUpward()) {
                s.append("; ").append(medians(shift)).append(": the model or the vocabulary does not match this log");
                shiftNamed = true;
            }
            out.add(s.toString());
        } else if (tooMany(rate, expected)) {
            String flags = lead + " flags " + Human.percent(flagged, n) + " of blocks";
            if (shiftLarge && shift.isUpward()) {
                out.add(flags + "; " + medians(shift) + ": the model or the vocabulary does not match this log");
                shiftNamed = true;
            } else if (expected != null && expected.fromLabels()) {
                out.add(flags + ", far more than the " + Human.percent(expected.rate())
                        + " labelled as anomalies: the threshold is too low for this log");
            } else {
                out.add(flags + ", far more than real anomaly rates (HDFS: about 3%): the threshold is too low"
                        + " for this log");
            }
        } else if (expected != null && expected.fromLabels() && expected.rate() >= 0.001
                && rate < expected.rate() / 10) {
            out.add(lead + " flags only " + Human.grouped(flagged) + " blocks (" + Human.percent(flagged, n) + "), far fewer than the "
                    + Human.percent(expected.rate()) + " labelled as anomalies: the threshold may be too high");
        } else {
            out.add(lead + " flags " + Human.grouped(flagged) + " of " + Human.grouped(n) + " blocks (" + Human.percent(flagged, n) + ")"
                    + expectedClause(expected));
        }
        if (shiftLarge && !shiftNamed) {
            out.add("this log's scores are shifted against training: " + medians(shift) + ", KS " + Human.number(shift.ks())
                    + ": the model may not fit this log");
        }
        if (confusion != null && confusion.positives() > 0) {
            out.add("against the labels: precision " + Human.number(confusion.precision()) + ", recall "
                    + Human.number(confusion.recall()) + ", F1 " + Human.number(confusion.f1()) + " (" + Human.grouped(confusion.tp())
                    + " of " + Human.grouped(confusion.positives()) + " anomalies found, " + Human.grouped(confusion.fp())
                    + " false alarms)");
        }
        return out;
    }

    private static boolean tooMany(double rate, Diagnosis.ExpectedRate expected) {
        if (rate >= IMPLAUSIBLE_RATE) {
            return true;
        }
        if (expected != null && expected.fromLabels()) {
            return rate > 3 * expected.rate() + 0.01;
        }
        return rate >= UNLABELLED_HIGH_RATE;
    }

    private static String expectedClause(Diagnosis.ExpectedRate expected) {
        if (expected == null) {
            return "";
        }
        return expected.fromLabels() ? "; " + Human.percent(expected.rate()) + " of the labelled blocks are anomalies"
                : "; on the training scores it would flag " + Human.percent(expected.rate());
    }

    private static String medians(Shift s) {
        String ratio = s.isUpward() ? Human.factor(s.medianRatio()) + " shift"
                : Human.factor(s.medianRatio() == 0 ? Double.POSITIVE_INFINITY : 1 / s.medianRatio()) + " lower";
        return "training median " + Human.number(s.trainingMedian()) + ", this log's median " + Human.number(s.logMedian())
                + " (" + ratio + ")";
    }
}
