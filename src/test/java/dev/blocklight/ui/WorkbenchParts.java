// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui;

import dev.blocklight.ui.export.ExportViewModel;
import dev.blocklight.ui.model.ModelViewModel;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.threshold.ThresholdViewModel;
import dev.blocklight.ui.workspace.WorkspaceViewModel;

/** Opens a {@link Workbench}'s package-private parts to the tests and benchmarks of other packages. */
public final class WorkbenchParts {
    private WorkbenchParts() {
    }

    public static WorkspaceViewModel workspace(Workbench w) {
        return w.workspace();
    }

    public static ModelViewModel model(Workbench w) {
        return w.model();
    }

    public static ThresholdViewModel threshold(Workbench w) {
        return w.threshold();
    }

    public static ExportViewModel export(Workbench w) {
        return w.export();
    }

    public static TaskEngine tasks(Workbench w) {
        return w.tasks();
    }
}
