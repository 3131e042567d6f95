// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

/**
 * A chosen threshold: blocks scoring strictly above {@code value} are flagged. The float scores
 * are compared exactly with the double value, so a threshold equal to a score does not flag it.
 *
 * @param value the threshold
 * @param kind the strategy in words, as it opens a sentence: "static", "percentile", "POT"...
 * @param spec the spec string that reproduces it, such as {@code pct:99.5}
 * @param rationale one line saying how the value was found
 */
public record Threshold(double value, String kind, String spec, String rationale) {

    public Threshold {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("threshold is NaN");
        }
    }

    /** A value set by hand, e.g. by moving the slider. */
    public static Threshold manual(double value) {
        return new Threshold(value, "manual", "static:" + value, "set by hand");
    }
}
