// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the restarted program ({@link HeapCap}) in a child process that shares this one's terminal,
 * and returns its exit code. Ctrl+C reaches both processes; if only this one is stopped, a shutdown
 * hook stops the child too, so no orphan keeps running.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /**
     * Runs {@code command} to its end, with {@code extraEnv} added to this process's environment; the
     * exit code is the child's, or -1 when it could not start.
     */
    static int run(List<String> command, Map<String, String> extraEnv) {
        Process child;
        try {
            ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
            builder.environment().putAll(extraEnv);
            child = builder.start();
        } catch (IOException e) {
            return -1;
        }
        Thread stopChild = new Thread(() -> stop(child), "stop-child-jvm");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            int code = child.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already; the child has ended anyway
            }
            return code;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return 130;
        }
    }

    /**
     * In the restarted program: ends this process when the parent that started it ends, even if the
     * parent was killed outright ({@code kill -9}, an IDE's stop) and its shutdown hook never ran.
     */
    static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> System.exit(143)));
    }

    private static void stop(Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(10, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            child.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
