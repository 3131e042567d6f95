// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.blocks;

import dev.blocklight.core.analysis.ScoringRun;
import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.Severity;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.session.EventStats;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.ui.scores.ByScore;
import dev.blocklight.ui.scores.PreparedScores;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The blocks table's state: one row per block of the open log, as block indices into the
 * {@link SessionStore}, so 575k rows cost one boxed integer each. Filtered by a search (part of a
 * block id, or an event id such as {@code E11} for the blocks containing that template), by
 * "flagged only", and by the severity picked in the threshold panel's legend.
 */
public final class BlocksViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private final ObservableList<Integer> all = FXCollections.observableArrayList();
    private List<Integer> every = List.of();
    private boolean showingEvery = true;
    private ByScore byScore;
    private final FilteredList<Integer> filtered = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(false);
    private SessionStore sessions;
    private EventTable events;
    private String matchedText;
    private IntPredicate textMatch;
    private ScoringRun.Outcome scored;
    private SortKeys sortKeys;

    private final ReadOnlyDoubleProperty threshold;
    private final ReadOnlyObjectProperty<Diagnosis> diagnosis;
    private final ReadOnlyObjectProperty<Severity> severity;
    private final ReadOnlyIntegerWrapper flaggedChanged = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper rescored = new ReadOnlyIntegerWrapper();

    /**
     * @param scores the scores with their indexes, prepared off the FX thread; null while there are none
     * @param threshold the threshold blocks are flagged against (the threshold panel's)
     * @param diagnosis the threshold's diagnosis, whose severity bands give each block's severity
     * @param severity the severity to show alone, or null for all
     */
    public BlocksViewModel(ReadOnlyObjectProperty<ParseResult> result, ReadOnlyObjectProperty<PreparedScores> scores,
            ReadOnlyDoubleProperty threshold, ReadOnlyObjectProperty<Diagnosis> diagnosis,
            ReadOnlyObjectProperty<Severity> severity) {
        this.threshold = threshold;
        this.diagnosis = diagnosis;
        this.severity = severity;
        threshold.addListener((obs, old, t) -> {
            if (scored != null && flaggedOnly.get() && severity.get() == null) {
                applyFilter();
            }
            flaggedChanged.set(flaggedChanged.get() + 1);
        });
        diagnosis.addListener((obs, old, d) -> {
            if (scored != null && severity.get() != null) {
                applyFilter(); // the bands move with the threshold
            }
        });
        severity.addListener((obs, old, s) -> applyFilter());
        result.addListener((obs, old, r) -> load(r));
        scores.addListener((obs, old, p) -> {
            scored = p == null ? null : p.outcome();
            byScore = p == null ? null : p.byScore();
            sortKeys = null; // the score order changed
            applyFilter();
            rescored.set(rescored.get() + 1); // same rows, new score cells: no 575k-row list change

        });
        filter.addListener((obs, old, f) -> applyFilter());
        flaggedOnly.addListener((obs, old, f) -> applyFilter());
        load(result.get());
    }

    private void load(ParseResult r) {
        selected.set(-1);
        scored = null;
        sessions = r == null ? null : r.sessions();
        events = r == null ? null : r.events();
        matchedText = null;
        byScore = null;
        sortKeys = null;
        int n = sessions == null ? 0 : sessions.blockCount();
        every = IntStream.range(0, n).boxed().toList();
        all.setAll(every);
        showingEvery = true;
        applyFilter();
    }

    private void applyFilter() {
        String f = filter.get().trim();
        boolean flagged = flaggedOnly.get() && scored != null;
        double t = threshold.get();
        Diagnosis d = diagnosis.get();
        Severity only = scored == null || d == null ? null : severity.get();
        if (f.isEmpty() && (flagged || only != null) && byScore != null) {
            // a contiguous range of the blocks by score: no test of every block
            filtered.setPredicate(null);
            all.setAll(only != null ? byScore.band(d.bands(), only) : byScore.above(t));
            showingEvery = false;
        } else {
            if (!showingEvery) {
                all.setAll(every);
                showingEvery = true;
            }
            IntPredicate text = f.isEmpty() ? null : textMatch(f);
            filtered.setPredicate(text == null && !flagged && only == null ? null
                    : i -> (text == null || text.test(i)) && (!flagged || score(i) > t)
                            && (only == null || d.bands().of(score(i)) == only));
        }
        summary.set(filtered.size() == every.size() ? String.format("%,d blocks", every.size())
                : String.format("%,d of %,d blocks", filtered.size(), every.size()));
    }

    /** Blocks matching a search: containing the event it names ({@code E11}), else with it in their id. */
    private IntPredicate textMatch(String f) {
        if (!f.equals(matchedText)) {
            matchedText = f;
            int event = f.matches("[Ee]\\d+") && events != null ? events.indexOf(f.toUpperCase(Locale.ROOT)) : -1;
            if (event < 0) {
                textMatch = i -> sessions.blockName(i).contains(f);
            } else {
                boolean[] has = EventStats.blocksWith(sessions, event);
                textMatch = i -> has[i];
            }
        }
        return textMatch;
    }

    /**
     * How to order the rows for a sort order of the table, comparing precomputed ranks; null for log
     * order. A new comparator after new scores or a new parse.
     */
    Comparator<Integer> comparator(List<SortKeys.Sort> order) {
        if (sessions == null) {
            return null;
        }
        if (sortKeys == null) {
            sortKeys = new SortKeys(sessions, scored == null ? null : scored.scores().scores());
        }
        return sortKeys.comparator(order);
    }

    /** Rows that pass the filter, as block indices. */
    public ObservableList<Integer> rows() {
        return filtered;
    }

    public String name(int block) {
        return sessions.blockName(block);
    }

    /** The block's score, or NaN before a model has scored the log. */
    public float score(int block) {
        return scored == null ? Float.NaN : scored.scores().score(block);
    }

    /** Whether scores are shown. */
    public boolean hasScores() {
        return scored != null;
    }

    /** Whether the scores exceed the threshold, or false without scores. */
    public boolean flagged(int block) {
        return scored != null && score(block) > threshold.get();
    }

    /** The block's severity at the current threshold, or null before scores exist. */
    public Severity severity(int block) {
        Diagnosis d = diagnosis.get();
        return scored == null || d == null ? null : d.bands().of(score(block));
    }

    /** Counts threshold moves: visible rows must restyle, though no row changed. */
    public ReadOnlyIntegerProperty flaggedChangedProperty() {
        return flaggedChanged.getReadOnlyProperty();
    }

    /** Counts new scores: visible rows must show them, and a table sorted by score must sort again. */
    public ReadOnlyIntegerProperty rescoredProperty() {
        return rescored.getReadOnlyProperty();
    }

    /** Shows only the flagged blocks when set (and scores exist). */
    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public int eventCount(int block) {
        return sessions.length(block);
    }

    /** First timestamp of the block, formatted, or empty when the log had none. */
    public String firstSeen(int block) {
        return time(sessions.firstSeen(block));
    }

    public String lastSeen(int block) {
        return time(sessions.lastSeen(block));
    }

    private static String time(long epochSeconds) {
        return epochSeconds == SessionStore.NO_TIME ? "" : TIME.format(Instant.ofEpochSecond(epochSeconds));
    }

    /** Selects a block by index, or -1 for none. */
    public void select(int block) {
        selected.set(block);
    }

    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
