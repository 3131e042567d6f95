// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.sequence;

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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The sequence viewer's state for the selected block: its events in order, and its raw log lines,
 * read back from the file through the stored byte offsets on a background thread.
 */
public final class SequenceViewModel {
    private final TaskEngine engine;
    private final ReadOnlyObjectProperty<ParseResult> result;
    private final ReadOnlyObjectProperty<Path> log;
    private final ObservableList<EventType> steps = FXCollections.observableArrayList();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ObservableList<EventType> stepsView = FXCollections.unmodifiableObservableList(steps);
    private final ObservableList<String> linesView = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("Select a block");
    private Task<List<String>> loading;

    public SequenceViewModel(TaskEngine engine, ReadOnlyObjectProperty<ParseResult> result,
            ReadOnlyObjectProperty<Path> log, ReadOnlyIntegerProperty selectedBlock) {
        this.engine = engine;
        this.result = result;
        this.log = log;
        selectedBlock.addListener((obs, old, block) -> show(block.intValue()));
    }

    private void show(int block) {
        if (loading != null) {
            loading.cancel();
        }
        steps.clear();
        lines.clear();
        ParseResult r = result.get();
        if (block < 0 || r == null) {
            header.set("Select a block");
            return;
        }
        SessionStore s = r.sessions();
        List<EventType> list = new ArrayList<>(s.length(block));
        long[] offsets = new long[s.length(block)];
        for (int k = 0; k < offsets.length; k++) {
            list.add(r.events().get(s.event(block, k)));
            offsets[k] = s.offset(block, k);
        }
        steps.setAll(list);
        header.set(s.blockName(block) + ": " + offsets.length + " events");
        Path file = log.get();
        if (file == null || LogOpener.isStructured(file) || offsets.length == 0 || offsets[0] < 0) {
            lines.setAll(List.of("(raw lines are not available for a structured CSV)"));
            return;
        }
        loading = engine.submitQuick(new RawLinesTask(file, () -> offsets, lines::setAll));
    }

    /** The selected block's events in log order. */
    public ObservableList<EventType> steps() {
        return stepsView;
    }

    /** The selected block's raw log lines, once read. */
    public ObservableList<String> lines() {
        return linesView;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }
}
