// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogTail;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.ui.tasks.TaskEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.util.Duration;

/**
 * Follow mode for the open log: a timer on the FX thread checks the log's size every
 * {@value #PERIOD_MILLIS} ms (one stat call) and, when it changed and no step is running, queues a
 * {@link FollowTask}. The first step parses the whole file (the open analysis carries no resumable
 * parser state); later steps parse only the appended tail.
 */
final class Follow {
    static final long PERIOD_MILLIS = 2000;
    private final WorkspaceViewModel workspace;
    private final TaskEngine engine;
    private final ParserConfig config;
    private final BooleanProperty enabled = new SimpleBooleanProperty(false);
    private final Timeline timer = new Timeline(new KeyFrame(Duration.millis(PERIOD_MILLIS), e -> poll()));
    private LogTail tail;
    private Path followed;
    private long lastSize = -1;
    private FollowTask running;

    Follow(WorkspaceViewModel workspace, TaskEngine engine, ParserConfig config) {
        this.workspace = workspace;
        this.engine = engine;
        this.config = config;
        timer.setCycleCount(Animation.INDEFINITE);
        enabled.addListener((obs, was, on) -> {
            if (on) {
                timer.play();
                poll();
            } else {
                halt();
            }
        });
    }

    BooleanProperty enabled() {
        return enabled;
    }

    /** Turns follow mode off (another log is being opened). */
    void stop() {
        enabled.set(false);
        halt();
    }

    private void halt() {
        timer.stop();
        if (running != null) {
            running.cancel();
            running = null;
        }
        tail = null;
        followed = null;
        lastSize = -1;
    }

    void poll() {
        Path log = workspace.logProperty().get();
        if (!enabled.get() || log == null || running != null) {
            return;
        }
        if (!log.equals(followed)) {
            followed = log;
            tail = new LogTail(log, config, () -> TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()));
            lastSize = -1;
        }
        long size;
        try {
            size = Files.size(log);
        } catch (IOException e) {
            return; // gone for a moment (rotation); try again at the next tick
        }
        if (size == lastSize) {
            return;
        }
        lastSize = size;
        FollowTask task = new FollowTask(log, tail);
        running = task;
        task.setOnSucceeded(e -> {
            running = null;
            ParseResult r = task.getValue();
            if (r != null && log.equals(followed)) {
                workspace.followed(log, r, task.labels());
            }
        });
        task.setOnFailed(e -> {
            running = null;
            enabled.set(false);
            workspace.reportError("Follow mode stopped for " + log.getFileName(), task.getException());
        });
        task.setOnCancelled(e -> running = null);
        engine.submit(task);
    }
}
