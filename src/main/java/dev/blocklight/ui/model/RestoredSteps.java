// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.model;

import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.EventMapping;
import dev.blocklight.core.model.Scorer;
import dev.blocklight.core.parse.ParseResult;
import java.util.function.IntFunction;

/**
 * Step losses of restored scores, computed one block at a time once the cached model has loaded in
 * the background; until then a block has no step losses (an empty array), and its score alone shows.
 */
final class RestoredSteps implements IntFunction<float[]> {
    private final ParseResult parsed;
    private volatile Scorer scorer;
    private volatile EventMapping mapping;

    RestoredSteps(ParseResult parsed) {
        this.parsed = parsed;
    }

    /** Called from the loading task once the model is in. */
    void use(AutoencoderModel model) {
        mapping = model.vocabulary().mappingFrom(parsed.events());
        scorer = model.scorer(1);
    }

    boolean ready() {
        return scorer != null;
    }

    @Override
    public float[] apply(int block) {
        Scorer s = scorer;
        if (s == null) {
            return new float[0];
        }
        return s.scoreOne(parsed.sessions().events(block), mapping).stepLosses();
    }
}
