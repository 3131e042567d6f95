// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.BlockContributions;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.ui.tasks.RawLinesTask;
import dev.blocklight.ui.tasks.TaskEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The sequence viewer's state for the selected block: its events in order with each step's
 * reconstruction error (once a model has scored the log), the events that contribute most to its
 * score, and its raw log lines, read back from the file through the stored byte offsets on a
 * background thread.
 */
public final class SequenceViewModel {
    private final TaskEngine engine;
    private final ReadOnlyObjectProperty<ParseResult> result;
    private final ReadOnlyObjectProperty<Path> log;
    /** Events listed as the top contributors of the selected block. */
    public static final int TOP_EVENTS = 5;
    private final ReadOnlyObjectProperty<ScoringRun.Outcome> scores;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ObservableList<Contribution> top = FXCollections.observableArrayList();
    private final ObservableList<Contribution> topView = FXCollections.unmodifiableObservableList(top);
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<Step> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<String> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("Select a block");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper("");
    private Task<List<String>> loading;
    private int shown = -1;

    /**
     * @param scores the open log's scores under the current model, or null before one scored it
     * @param model the current model: when the model of scores restored from the cache has loaded,
     *     the shown block gets its step errors and score breakdown without being selected again
     */
    public SequenceViewModel(TaskEngine engine, ReadOnlyObjectProperty<ParseResult> result,
            ReadOnlyObjectProperty<Path> log, ReadOnlyIntegerProperty selectedBlock,
            ReadOnlyObjectProperty<ScoringRun.Outcome> scores, ObservableValue<?> model) {
        this.engine = engine;
        this.result = result;
        this.log = log;
        this.scores = scores;
        selectedBlock.addListener((obs, old, block) -> show(block.intValue()));
        scores.addListener((obs, old, s) -> colour());
        model.addListener((obs, old, m) -> colour());
    }

    private void show(int block) {
        if (loading != null) {
            loading.cancel();
        }
        steps.clear();
        top.clear();
        lines.clear();
        explanation.set("");
        shown = block;
        ParseResult r = result.get();
        if (block < 0 || r == null) {
            header.set("Select a block");
            return;
        }
        SessionStore s = r.sessions();
        long[] offsets = s.offsets(block);
        colour();
        header.set(s.blockName(block) + ": " + offsets.length + " events");
        Path file = log.get();
        if (file == null || LogOpener.isStructured(file) || offsets.length == 0 || offsets[0] < 0) {
            lines.setAll(List.of("(raw lines are not available for a structured CSV)"));
            return;
        }
        loading = engine.submitQuick(new RawLinesTask(file, () -> offsets, lines::setAll));
    }

    /** Sets the steps and top contributors of the shown block from the current scores. */
    private void colour() {
        ParseResult r = result.get();
        if (shown < 0 || r == null || shown >= r.sessions().blockCount()) {
            return;
        }
        SessionStore s = r.sessions();
        EventTable events = r.events();
        int[] ev = s.events(shown);
        ScoringRun.Outcome o = scores.get();
        float[] errors = o == null ? null : o.scores().stepLosses(shown);
        explanation.set(o == null || shown >= o.scores().blockCount() ? ""
                : ScoreExplanation.of(o.scores().score(shown), o.scores().breakdown(shown), ev, events));
        List<Step> list = new ArrayList<>(ev.length);
        for (int k = 0; k < ev.length; k++) {
            list.add(new Step(events.get(ev[k]), errors != null && k < errors.length ? errors[k] : Float.NaN));
        }
        steps.setAll(list);
        List<Contribution> parts = new ArrayList<>();
        for (BlockContributions.Part p : BlockContributions.top(ev, errors, TOP_EVENTS)) {
            EventType e = events.get(p.event());
            parts.add(new Contribution(e.id(), e.template(), p.steps(), p.share()));
        }
        top.setAll(parts);
    }

    /** The selected block's steps in log order, with their errors. */
    public ObservableList<Step> steps() {
        return stepsView;
    }

    /** The events contributing most to the selected block's score, largest share first; empty without scores. */
    public ObservableList<Contribution> topEvents() {
        return topView;
    }

    /** The selected block's raw log lines, once read. */
    public ObservableList<String> lines() {
        return linesView;
    }

    /** How the selected block's score is made (see {@link ScoreExplanation}); empty without scores. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }
}
