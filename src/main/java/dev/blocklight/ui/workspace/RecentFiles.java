// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The most recently opened logs, newest first, kept in the user's preferences. */
public final class RecentFiles {
    static final int MAX = 8;
    private final Preferences prefs;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> view = FXCollections.unmodifiableObservableList(files);

    /** @param prefs where the list lives (a test passes its own node) */
    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
        for (int i = 0; i < MAX; i++) {
            String p = prefs.get("recent." + i, null);
            if (p != null) {
                files.add(Path.of(p));
            }
        }
    }

    /** Moves {@code file} to the front. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath();
        List<Path> next = new ArrayList<>(files);
        next.remove(abs);
        next.add(0, abs);
        files.setAll(next.subList(0, Math.min(MAX, next.size())));
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                prefs.put("recent." + i, files.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    public ObservableList<Path> files() {
        return view;
    }
}
