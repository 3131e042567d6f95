// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.templates;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.TemplateDraft;
import dev.blocklight.core.session.EventStats;
import dev.blocklight.ui.tasks.TaskEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.concurrent.Task;

/**
 * The template browser's state: every mined template of the open log, filtered by a search text.
 * Plain words must all occur; a word starting with {@code -} excludes templates that contain it.
 * While a parse runs, the table shows the templates mined so far (ids are given at the end).
 */
public final class TemplatesViewModel {
    private final ObservableList<TemplateRow> rows = FXCollections.observableArrayList();
    private final FilteredList<TemplateRow> filtered = new FilteredList<>(rows);
    private final ObservableList<TemplateRow> view = FXCollections.unmodifiableObservableList(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("No log open");

    private final TaskEngine engine;
    private Task<int[]> counting;

    /**
     * @param drafts the templates mined so far by a running parse, or null when none runs
     */
    public TemplatesViewModel(TaskEngine engine, ReadOnlyObjectProperty<ParseResult> result,
            ReadOnlyObjectProperty<List<TemplateDraft>> drafts) {
        this.engine = engine;
        result.addListener((obs, old, r) -> load(r));
        drafts.addListener((obs, old, d) -> {
            if (d != null) {
                showDrafts(d);
            } else if (old != null) {
                load(result.get()); // the parse ended: its result, or the previous analysis after a cancel
            }
        });
        filter.addListener((obs, old, f) -> applyFilter());
        load(result.get());
    }

    private void load(ParseResult r) {
        if (counting != null) {
            counting.cancel();
        }
        if (r == null) {
            rows.clear();
            applyFilter();
            return;
        }
        EventTable events = r.events();
        long total = 0;
        for (EventType e : events.all()) {
            total += e.occurrences();
        }
        rows.setAll(rowsOf(events, total, null));
        applyFilter();
        long all = total;
        Task<int[]> task = new Task<>() {
            @Override
            protected int[] call() {
                return EventStats.blocksContaining(r.sessions(), events.size());
            }
        };
        task.setOnSucceeded(e -> {
            rows.setAll(rowsOf(events, all, task.getValue()));
            applyFilter();
        });
        counting = engine.submitQuick(task);
    }

    private void showDrafts(List<TemplateDraft> drafts) {
        if (counting != null) {
            counting.cancel();
        }
        long total = 0;
        for (TemplateDraft d : drafts) {
            total += d.lines();
        }
        List<TemplateRow> list = new ArrayList<>();
        for (TemplateDraft d : drafts) {
            list.add(new TemplateRow("…", d.template(), d.lines(), total == 0 ? 0 : (double) d.lines() / total, -1));
        }
        rows.setAll(list);
        applyFilter();
        summary.set(summary.get() + " so far");
    }

    private static List<TemplateRow> rowsOf(EventTable events, long total, int[] blocks) {
        List<TemplateRow> list = new ArrayList<>();
        for (EventType e : events.templates()) {
            list.add(new TemplateRow(e.id(), e.template(), e.occurrences(),
                    total == 0 ? 0 : (double) e.occurrences() / total, blocks == null ? -1 : blocks[e.index()]));
        }
        return list;
    }

    private void applyFilter() {
        String[] words = filter.get().toLowerCase(Locale.ROOT).trim().split("\\s+");
        filtered.setPredicate(row -> matches(row, words));
        summary.set(filtered.size() == rows.size() ? rows.size() + " templates"
                : filtered.size() + " of " + rows.size() + " templates");
    }

    static boolean matches(TemplateRow row, String[] words) {
        String text = (row.id() + " " + row.template()).toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (w.isEmpty() || w.equals("-")) {
                continue;
            }
            boolean exclude = w.startsWith("-");
            String needle = exclude ? w.substring(1) : w;
            if (text.contains(needle) == exclude) {
                return false;
            }
        }
        return true;
    }

    /** The rows that pass the filter. */
    public ObservableList<TemplateRow> rows() {
        return view;
    }

    /** The search text; the view binds its search field to it. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** For example "14 templates" or "3 of 14 templates". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
