// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.detect;

/**
 * A way to pick a threshold from the score distribution (and the labels, where known). Parse one
 * from a spec string with {@link ThresholdSpecs#parse(String)}.
 */
public interface ThresholdStrategy {

    /** Picks the threshold; throws {@link IllegalArgumentException} when the data cannot support it. */
    Threshold choose(ScoreIndex index);

    /** The spec string that parses back to this strategy. */
    String spec();
}
