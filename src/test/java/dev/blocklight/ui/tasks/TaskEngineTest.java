// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The task engine after its window closed: late submissions are cancelled, never thrown at the FX thread. */
@ExtendWith(ApplicationExtension.class)
class TaskEngineTest {
    private static Task<String> task() {
        return new Task<>() {
            @Override
            protected String call() {
                return "ran";
            }
        };
    }

    @Test
    void runsTasksWhileOpenAndCancelsLateOnesAfterClose(FxRobot robot) throws Exception {
        TaskEngine engine = new TaskEngine();
        Task<String> first = task();
        robot.interact(() -> engine.submit(first));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, first::isDone);
        assertEquals("ran", first.get());
        engine.close();
        Task<String> late = task();
        Task<String> lateQuick = task();
        robot.interact(() -> {
            engine.submit(late);
            engine.submitQuick(lateQuick);
        });
        assertTrue(late.isCancelled() && lateQuick.isCancelled());
        assertEquals(0, engine.activeTasks().size());
    }
}
