// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.scores;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.ui.tasks.TaskEngine;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns each new scoring outcome into {@link PreparedScores} on the task engine's quick thread, so
 * the FX thread never sorts 575k blocks, and publishes the result on the FX thread. Only the newest
 * outcome's preparation is published: a stale one (the scores changed or were cleared meanwhile) is
 * dropped. Use it on the FX thread.
 */
public final class ScorePreparer {
    private static final Logger LOG = LoggerFactory.getLogger(ScorePreparer.class);
    private final ReadOnlyObjectWrapper<PreparedScores> prepared = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper preparing = new ReadOnlyBooleanWrapper();
    private final TaskEngine engine;
    private final ReadOnlyObjectProperty<ParseResult> parsed;
    private final BiFunction<ScoringRun.Outcome, ParseResult, PreparedScores> builder;
    private Task<PreparedScores> pending;

    /** Prepares with {@link PreparedScores#of}. */
    public ScorePreparer(TaskEngine engine, ReadOnlyObjectProperty<ScoringRun.Outcome> scores,
            ReadOnlyObjectProperty<ParseResult> parsed) {
        this(engine, scores, parsed, PreparedScores::of);
    }

    /** @param builder builds the indexes; it runs on the engine's quick thread */
    public ScorePreparer(TaskEngine engine, ReadOnlyObjectProperty<ScoringRun.Outcome> scores,
            ReadOnlyObjectProperty<ParseResult> parsed,
            BiFunction<ScoringRun.Outcome, ParseResult, PreparedScores> builder) {
        this.engine = engine;
        this.parsed = parsed;
        this.builder = builder;
        scores.addListener((obs, old, s) -> prepare(s));
        prepare(scores.get());
    }

    private void prepare(ScoringRun.Outcome s) {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
        prepared.set(null);
        preparing.set(s != null);
        if (s == null) {
            return;
        }
        ParseResult r = parsed.get();
        Task<PreparedScores> task = new Task<>() {
            @Override
            protected PreparedScores call() {
                return builder.apply(s, r);
            }
        };
        pending = task;
        task.setOnSucceeded(e -> {
            if (pending == task) {
                pending = null;
                preparing.set(false);
                prepared.set(task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (pending == task) {
                pending = null;
                preparing.set(false);
                LOG.error("Could not prepare the scores for the threshold panel", task.getException());
            }
        });
        engine.submitQuick(task);
    }

    /** The newest scores with their indexes, or null before scores exist and while they are prepared. */
    public ReadOnlyObjectProperty<PreparedScores> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    /** True while new scores are being prepared. */
    public ReadOnlyBooleanProperty preparingProperty() {
        return preparing.getReadOnlyProperty();
    }
}
