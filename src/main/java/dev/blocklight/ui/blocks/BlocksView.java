// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.blocks;

import java.util.Arrays;
import javafx.css.PseudoClass;
import dev.blocklight.core.detect.Severity;
import dev.blocklight.ui.SearchBar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import java.util.Locale;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;

/** The blocks table: every block of the open log, virtualised, sortable, searchable by id. */
public final class BlocksView extends BorderPane {
    /** A flagged block's score: bold, in the alarm colour (blocklight.css). */
    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    /** A severity's colour, by {@link Severity#ordinal()}: {@code severity-warning} and so on. */
    private static final List<PseudoClass> SEVERITY = Arrays.stream(Severity.values())
            .map(s -> PseudoClass.getPseudoClass("severity-" + s.name().toLowerCase(Locale.ROOT))).toList();
    public BlocksView(BlocksViewModel model) {
        CheckBox flagged = new CheckBox("Flagged only");
        flagged.setId("flagged-only");
        flagged.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        SearchBar bar = new SearchBar("block", "Find block id, or E11 for the blocks with that event", model.filterProperty(), model.summaryProperty(), flagged);

        TableView<Integer> table = new TableView<>();
        SortedList<Integer> sorted = new SortedList<>(model.rows());
        table.setItems(sorted);
        // sort by precomputed ranks, not by the cells' text (SortKeys); ties keep log order
        table.setSortPolicy(t -> {
            sorted.setComparator(model.comparator(order(t)));
            return true;
        });
        table.setId("blocks");
        table.setPlaceholder(new Label("No blocks yet: open a log"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("Block", 220, model::name, SortKeys.Key.BLOCK));
        TableColumn<Integer, Float> score = column("Score", 90, model::score, SortKeys.Key.SCORE);
        score.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Float v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null || v.isNaN() ? null : String.format(Locale.ROOT, "%.4f", v));
                Integer block = empty ? null : getTableRow().getItem();
                pseudoClassStateChanged(FLAGGED, block != null && model.flagged(block));
            }
        });
        score.setSortType(TableColumn.SortType.DESCENDING);
        model.flaggedChangedProperty().addListener(o -> table.refresh());
        model.rescoredProperty().addListener(o -> {
            if (!table.getSortOrder().isEmpty() && model.hasScores()) {
                table.sort(); // sort again by the new scores (not while the old ones are cleared for them)
            }
            table.refresh();
        });
        table.getColumns().add(score);
        TableColumn<Integer, Severity> severity = column("Severity", 80, model::severity, SortKeys.Key.SCORE);
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Severity v, boolean empty) {
                super.updateItem(v, empty);
                boolean shown = !empty && v != null && v != Severity.NONE;
                setText(shown ? v.label() : null);
                for (Severity s : Severity.values()) {
                    if (s != Severity.NONE) {
                        pseudoClassStateChanged(SEVERITY.get(s.ordinal()), shown && s == v);
                    }
                }
            }
        });
        table.getColumns().add(severity);
        table.getColumns().add(column("Events", 80, model::eventCount, SortKeys.Key.EVENTS));
        table.getColumns().add(column("First seen", 160, model::firstSeen, SortKeys.Key.FIRST_SEEN));
        table.getColumns().add(column("Last seen", 160, model::lastSeen, SortKeys.Key.LAST_SEEN));
        table.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, block) -> model.select(block == null ? -1 : block));
        setTop(bar);
        setCenter(table);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3), () -> jumpToFlagged(table, model, 1));
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN),
                        () -> jumpToFlagged(table, model, -1));
            }
        });
    }

    /** Selects the next (step 1) or previous (step -1) flagged block in the table's order (F3, Shift+F3). */
    static void jumpToFlagged(TableView<Integer> table, BlocksViewModel model, int step) {
        int n = table.getItems().size();
        int from = table.getSelectionModel().getSelectedIndex();
        for (int k = 1; k <= n; k++) {
            int row = Math.floorMod((from < 0 && step < 0 ? 0 : from) + step * k, n);
            if (model.flagged(table.getItems().get(row))) {
                table.getSelectionModel().clearAndSelect(row);
                table.scrollTo(row);
                return;
            }
        }
    }

    private static <T> TableColumn<Integer, T> column(String name, double width, IntFunction<T> value,
            SortKeys.Key key) {
        TableColumn<Integer, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        c.setUserData(key);
        return c;
    }

    /** The table's sort order as sort keys and directions. */
    private static List<SortKeys.Sort> order(TableView<Integer> table) {
        List<SortKeys.Sort> order = new ArrayList<>();
        for (TableColumn<Integer, ?> c : table.getSortOrder()) {
            order.add(new SortKeys.Sort((SortKeys.Key) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING));
        }
        return order;
    }
}
