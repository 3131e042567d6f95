// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.model.BlockScores;
import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.model.SequenceScore;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.testing.GeneratedLogs;
import dev.blocklight.ui.tasks.TaskEngine;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scores restored from the cache explain a block only once their model has loaded; the block shown
 * at that moment gets its step errors and breakdown without being selected again.
 */
class SequenceViewModelTest {

    @Test
    void theShownBlockIsExplainedWhenTheRestoredModelArrives(@TempDir Path dir) throws Exception {
        ParseResult parsed = GeneratedLogs.parse(GeneratedLogs.write(dir.resolve("s.log"), 2_000, 3), ParserConfig.hdfs());
        int block = 1;
        int length = parsed.sessions().length(block);
        float[] steps = new float[length];
        Arrays.fill(steps, 0.5f);
        steps[length - 1] = 3f;
        ScoreBreakdown parts = new ScoreBreakdown(0.7f, 0.3f, 3f, length - 1, 0f, -1);
        SequenceScore explained = new SequenceScore(parts.total(), steps, false, parts);
        float[] scores = new float[parsed.sessions().blockCount()];
        Arrays.fill(scores, parts.total());
        boolean[] loaded = new boolean[1];
        BlockScores restored = BlockScores.restored(scores, b -> loaded[0] ? explained : null);
        ScoringRun.Outcome outcome = new ScoringRun.Outcome(restored, ScoreIndex.of(scores, scores, null),
                new Threshold(5, "restored", "static:5", "restored"));
        SimpleObjectProperty<Object> model = new SimpleObjectProperty<>();
        SimpleIntegerProperty selected = new SimpleIntegerProperty(-1);
        SequenceViewModel vm = new SequenceViewModel(new TaskEngine(), new SimpleObjectProperty<>(parsed),
                new SimpleObjectProperty<>(), selected, new SimpleObjectProperty<>(outcome), model);

        selected.set(block);
        assertEquals(length, vm.steps().size());
        assertTrue(Float.isNaN(vm.steps().get(0).error()), "no step errors before the model is in");
        assertTrue(vm.explanationProperty().get().contains("once the model has loaded"), vm.explanationProperty().get());

        loaded[0] = true;
        model.set(new Object()); // the background load finished
        assertEquals(3f, vm.steps().get(length - 1).error());
        assertFalse(Float.isNaN(vm.steps().get(0).error()));
        String text = vm.explanationProperty().get();
        assertTrue(text.startsWith(String.format(java.util.Locale.ROOT, "Score %.2f = mean step error 0.70", parts.total())),
                text);
        String id = parsed.events().get(parsed.sessions().event(block, length - 1)).id();
        assertTrue(text.contains("(" + id + ", step " + length + ")"), text);
    }
}
