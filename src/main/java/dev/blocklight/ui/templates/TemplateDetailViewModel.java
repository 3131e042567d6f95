// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.templates;

import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.LogOpener;
import dev.blocklight.core.parse.ParameterExtractor;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.session.EventStats;
import dev.blocklight.ui.tasks.RawLinesTask;
import dev.blocklight.ui.tasks.TaskEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * What the template browser shows for the selected template: example raw lines from different
 * blocks, and how often each value occurs in each parameter position among those examples.
 */
public final class TemplateDetailViewModel {
    /** Example lines read per selected template. */
    static final int EXAMPLES = 200;

    /** One parameter value and how many of the examples carry it. */
    public record ParameterValue(int position, String value, int count) {
    }

    private final TaskEngine engine;
    private final ReadOnlyObjectProperty<ParseResult> result;
    private final ReadOnlyObjectProperty<Path> log;
    private final ObservableList<String> examples = FXCollections.observableArrayList();
    private final ObservableList<ParameterValue> parameters = FXCollections.observableArrayList();
    private final ObservableList<String> examplesView = FXCollections.unmodifiableObservableList(examples);
    private final ObservableList<ParameterValue> parametersView = FXCollections.unmodifiableObservableList(parameters);
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("Select a template");
    private Task<?> loading;

    public TemplateDetailViewModel(TaskEngine engine, ReadOnlyObjectProperty<ParseResult> result,
            ReadOnlyObjectProperty<Path> log) {
        this.engine = engine;
        this.result = result;
        this.log = log;
    }

    /** Shows the template with this id, or nothing for null. */
    public void select(TemplateRow row) {
        if (loading != null) {
            loading.cancel();
        }
        examples.clear();
        parameters.clear();
        ParseResult r = result.get();
        Path file = log.get();
        if (row == null || r == null || file == null) {
            header.set("Select a template");
            return;
        }
        int event = r.events().indexOf(row.id());
        header.set(row.id() + ": " + row.template());
        if (LogOpener.isStructured(file)) {
            examples.setAll(List.of("(raw lines are not available for a structured CSV)"));
            return;
        }
        loading = engine.submitQuick(new RawLinesTask(file,
                () -> EventStats.exampleOffsets(r.sessions(), event, EXAMPLES), lines -> show(row.template(), lines)));
    }

    private void show(String template, List<String> lines) {
        examples.setAll(lines);
        parameters.setAll(tally(template, lines));
    }

    /** Parameter values by position, most frequent first within each position, at most 5 per position. */
    static List<ParameterValue> tally(String template, List<String> lines) {
        ParameterExtractor extractor = new ParameterExtractor(template);
        LogFormat format = LogFormat.compile(LogFormat.HDFS);
        List<Map<String, Integer>> byPosition = new ArrayList<>();
        for (String line : lines) {
            String content = format.content(line);
            List<String> values = extractor.extract(content == null ? line : content);
            for (int p = 0; p < values.size(); p++) {
                while (byPosition.size() <= p) {
                    byPosition.add(new HashMap<>());
                }
                byPosition.get(p).merge(values.get(p), 1, Integer::sum);
            }
        }
        List<ParameterValue> out = new ArrayList<>();
        for (int p = 0; p < byPosition.size(); p++) {
            int position = p + 1;
            byPosition.get(p).entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(5).forEach(en -> out.add(new ParameterValue(position, en.getKey(), en.getValue())));
        }
        return out;
    }

    public ObservableList<String> examples() {
        return examplesView;
    }

    public ObservableList<ParameterValue> parameters() {
        return parametersView;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }
}
