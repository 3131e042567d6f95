// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.model;

import dev.blocklight.core.model.AutoencoderModel;
import dev.blocklight.core.model.EventMapping;
import dev.blocklight.core.model.Scorer;
import dev.blocklight.core.model.SequenceScore;
import dev.blocklight.core.parse.ParseResult;
import java.util.function.IntFunction;

/**
 * Step losses and score breakdowns of restored scores, computed one block at a time once the cached
 * model has loaded in the background; until then a block has none (null), and its score alone shows.
 */
final class RestoredSteps implements IntFunction<SequenceScore> {
    private final ParseResult parsed;
    private volatile Scorer scorer;
    private volatile EventMapping mapping;
    /** The last block answered, so that its step losses and breakdown cost one scoring, not two. */
    private volatile Memo last;

    private record Memo(int block, SequenceScore score) {
    }

    RestoredSteps(ParseResult parsed) {
        this.parsed = parsed;
    }

    /** Called from the loading task once the model is in. */
    void use(AutoencoderModel model) {
        mapping = model.vocabulary().mappingFrom(parsed.events());
        scorer = model.scorer(1);
    }

    @Override
    public SequenceScore apply(int block) {
        Scorer s = scorer;
        if (s == null) {
            return null;
        }
        Memo m = last;
        if (m != null && m.block() == block) {
            return m.score();
        }
        SequenceScore score = s.scoreOne(parsed.sessions().events(block), mapping);
        last = new Memo(block, score);
        return score;
    }
}
