// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.workspace;

import dev.blocklight.core.BuildInfo;
import dev.blocklight.core.ErrorMessages;
import dev.blocklight.core.Human;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.MemoryEstimate;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParseStats;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateDraft;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.core.session.Labels;
import dev.blocklight.core.workspace.CachedAnalysis;
import dev.blocklight.core.workspace.CachedLabels;
import dev.blocklight.core.workspace.FileIdentity;
import dev.blocklight.core.workspace.WorkspaceCache;
import dev.blocklight.ui.tasks.TaskEngine;
import dev.blocklight.ui.tasks.TasksViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The open analysis: which log is open, its parse result, and the last error. Opening a log first
 * looks it up in the workspace cache ({@link CacheOpenTask}); an unchanged log is restored without a
 * parse, otherwise a {@link ParseTask} runs and its result is cached. Follow mode polls the log's size
 * and parses only what was appended ({@link FollowTask}). Everything runs on the task engine; results
 * land here on the FX thread.
 */
public final class WorkspaceViewModel {
    private final TaskEngine engine;
    private final TasksViewModel tasks;
    private final ParserConfig parserConfig;
    private final Path sampleFolder;
    private final ReadOnlyObjectWrapper<Path> log = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ParseResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<byte[]> labels = new ReadOnlyObjectWrapper<>();
    /** Counts label imports: the open log's labels changed while its parse stayed. */
    private final ReadOnlyIntegerWrapper labelsImported = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<List<TemplateDraft>> drafts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(BuildInfo.nameAndVersion());
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private boolean warning;
    private final RecentFiles recent;
    /** The workspace cache, or null when caching is off. */
    private final WorkspaceCache cache;
    private final Follow follow;
    /** The open log's identity when its analysis may be cached (taken before its parse), else null. */
    private FileIdentity openIdentity;
    /** The cached analysis the open log was restored from, or null when it was parsed. */
    private CachedAnalysis restored;
    /** The open log's labels with their file's identity, for the cache; null without labels. */
    private CachedLabels openLabels;
    /** The heap a parse may use instead of the JVM's, or 0. */
    private long heapLimit;

    public WorkspaceViewModel(TaskEngine engine, TasksViewModel tasks, ParserConfig parserConfig, Path sampleFolder,
            RecentFiles recent) {
        this(engine, tasks, parserConfig, sampleFolder, recent, null);
    }

    /**
     * @param cache the workspace cache (the workbench uses {@code <data folder>/cache}), or null for none
     */
    public WorkspaceViewModel(TaskEngine engine, TasksViewModel tasks, ParserConfig parserConfig, Path sampleFolder,
            RecentFiles recent, WorkspaceCache cache) {
        this.recent = recent;
        this.cache = cache;
        this.follow = new Follow(this, engine, parserConfig);
        this.engine = engine;
        this.tasks = tasks;
        this.parserConfig = parserConfig;
        this.sampleFolder = sampleFolder;
    }

    /** The cache key of the workbench's parse settings. */
    static final String CACHE_KEY = WorkspaceCache.key(LogFormat.HDFS, MaskingConfig.hdfsDefaults(), DrainConfig.defaults());

    /**
     * Opens {@code file}: restores it from the workspace cache when it is unchanged, else queues a parse.
     * The current analysis stays until the new one is in.
     */
    public Task<?> open(Path file) {
        follow.stop();
        if (cache == null || !parserConfig.format().pattern().equals(LogFormat.HDFS)) {
            return parse(file, null);
        }
        CacheOpenTask task = new CacheOpenTask(file, cache, CACHE_KEY);
        task.setOnSucceeded(e -> {
            WorkspaceCache.Lookup l = task.getValue();
            if (l.notice() != null) {
                notify(l.notice(), l.status() == WorkspaceCache.Lookup.Status.DISCARDED);
                tasks.report(l.notice());
            }
            if (l.restored()) {
                ParseResult r = l.analysis().parse();
                openIdentity = l.identity();
                restored = l.analysis();
                openLabels = task.labelSource();
                show(file, r, task.labels());
                tasks.report(String.format("%s: %s lines, %s blocks, %d templates", l.notice(), Human.count(r.stats().lines()),
                        Human.count(r.stats().blocks()), r.stats().events()));
            } else {
                parse(file, l.identity());
            }
        });
        task.setOnFailed(e -> parse(file, null)); // the parse reports a missing or unreadable file in its words
        task.setOnCancelled(e -> tasks.report("Opening " + file.getFileName() + " cancelled"));
        return engine.submit(task);
    }

    /** Queues a parse of {@code file}, caching the result when {@code identity} (taken before) is given. */
    private Task<ParseResult> parse(Path file, FileIdentity identity) {
        ParseTask task = new ParseTask(file, parserConfig, drafts::set, parseHeap());
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                drafts.set(null); // (not task.isDone(): the future may complete after this state change)
            }
        });
        task.setOnSucceeded(e -> {
            ParseResult r = task.getValue();
            openIdentity = cache == null ? null : identity;
            restored = null;
            openLabels = task.labelSource();
            show(file, r, task.labels());
            tasks.report(summary(r.stats()));
            if (cache != null && identity != null) {
                CacheSaveTask save = new CacheSaveTask(cache, identity, CACHE_KEY, CachedAnalysis.parsed(LogFormat.HDFS, r)
                        .withLabels(task.labelSource()));
                save.setOnFailed(f -> notify("Could not cache the analysis of " + file.getFileName() + ": "
                        + ErrorMessages.describe(save.getException()), true));
                engine.submit(save);
            }
        });
        task.setOnFailed(e -> reportError("Could not open " + file.getFileName(), task.getException()));
        task.setOnCancelled(e -> tasks.report("Parsing " + file.getFileName() + " cancelled"));
        return engine.submit(task);
    }

    /**
     * The heap a new parse may fill: the JVM's (or the limit set for tests), less what the open analysis
     * holds, since it stays until the new one is in.
     */
    private long parseHeap() {
        long heap = heapLimit > 0 ? heapLimit : MemoryEstimate.maxHeap();
        ParseResult open = result.get();
        return open == null ? heap : Math.max(0, heap - MemoryEstimate.heldWhileOpen(open.sessions()));
    }

    /** Pretends the JVM has {@code bytes} of heap for the next parses (0: its own), to test a refused log. */
    public void limitParseHeap(long bytes) {
        heapLimit = bytes;
    }

    private void show(Path file, ParseResult r, byte[] fileLabels) {
        log.set(file);
        recent.add(file);
        labels.set(fileLabels);
        result.set(r);
        title.set(BuildInfo.nameAndVersion() + " — " + file.getFileName());
        error.set("");
    }

    /** A follow-mode step's result for the open log: the labels are re-read for the grown block list. */
    void followed(Path file, ParseResult r, byte[] fileLabels) {
        if (file.equals(log.get())) {
            openIdentity = null; // a followed analysis is not cached
            restored = null;
            openLabels = null;
            labels.set(fileLabels);
            result.set(r);
            tasks.report("Followed " + file.getFileName() + ": " + summary(r.stats()));
        }
    }

    /** Follow mode: while true, the open log is polled and what is appended to it is parsed. */
    public BooleanProperty followProperty() {
        return follow.enabled();
    }

    /** A notice for the status bar; a warning (a discarded or unwritable cache) also shows in the notification bar. */
    private void notify(String text, boolean isWarning) {
        warning = isWarning;
        notice.set("");
        notice.set(text);
    }

    /** Shows a warning notice (for instance: cached scores could not be restored) and lists it in the tasks panel. */
    public void warn(String text) {
        notify(text, true);
        tasks.report(text);
    }

    /** The workspace cache, or null when caching is off. */
    public WorkspaceCache cache() {
        return cache;
    }

    /** The cache key of the workbench's parse settings. */
    public static String cacheKey() {
        return CACHE_KEY;
    }

    /**
     * The open log's identity when its analysis may be written to the cache (it was restored, or parsed
     * with the identity taken first), else null (no cache, a followed log, the sample without a cache).
     */
    public FileIdentity cacheIdentity() {
        return openIdentity;
    }

    /** The open log's labels with the identity of their file, for the workspace cache; or null. */
    public CachedLabels cachedLabels() {
        return openLabels;
    }

    /** The cached analysis the open log was restored from (set before the result changes), or null. */
    public CachedAnalysis restoredAnalysis() {
        return restored;
    }

    /** Whether the current notice is a warning worth the notification bar (a restore is not: it would cover the window's top). */
    public boolean noticeIsWarning() {
        return warning;
    }

    /** The last notice (restored from cache, cache discarded...), or empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Reads a Loghub {@code anomaly_label.csv} for the open log's blocks, in the background. */
    public void importLabels(Path file) {
        ParseResult r = result.get();
        if (r == null) {
            error.set("Open a log before importing labels");
            return;
        }
        Task<CachedLabels> task = new Task<>() {
            @Override
            protected CachedLabels call() throws Exception {
                updateTitle("Import labels");
                updateMessage("Reading " + file.getFileName());
                FileIdentity id = FileIdentity.of(file);
                Labels l = LabelReader.read(file);
                updateMessage(l.summary());
                return new CachedLabels(id, l.of(r.sessions()));
            }
        };
        task.setOnSucceeded(e -> {
            if (result.get() == r) {
                openLabels = task.getValue();
                labels.set(openLabels.perBlock());
                labelsImported.set(labelsImported.get() + 1);
                tasks.report("Labels from " + file.getFileName() + ": " + task.getMessage());
            }
        });
        task.setOnFailed(e -> reportError("Could not import labels from " + file.getFileName(), task.getException()));
        engine.submit(task);
    }

    /** Generates the built-in sample log if needed, then opens it. */
    public void openSample() {
        SampleTask task = new SampleTask(sampleFolder);
        task.setOnSucceeded(e -> open(task.getValue()));
        task.setOnFailed(e -> reportError("Could not prepare the built-in sample", task.getException()));
        task.setOnCancelled(e -> tasks.report("Sample generation cancelled"));
        engine.submit(task);
    }

    /** Shows a failed job's error as one sentence in the notification bar. */
    public void reportError(String what, Throwable t) {
        error.set(what + ": " + (t == null ? "unknown error" : ErrorMessages.describe(t)));
        tasks.report(what);
    }

    static String summary(ParseStats s) {
        String text = String.format("%s lines, %s blocks, %d templates in %s (%s lines/s)", Human.count(s.lines()),
                Human.count(s.blocks()), s.events(), Human.duration(s.elapsedNanos()), Human.count(s.linesPerSecond()));
        if (s.unparsedLines() > 0) {
            text += String.format("; %s lines did not match the format", Human.count(s.unparsedLines()));
        }
        return text;
    }

    public ReadOnlyObjectProperty<Path> logProperty() {
        return log.getReadOnlyProperty();
    }

    /** The templates mined so far by a running parse, or null when none runs. */
    public ReadOnlyObjectProperty<List<TemplateDraft>> draftsProperty() {
        return drafts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ParseResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Logs opened lately, newest first. */
    public RecentFiles recent() {
        return recent;
    }

    /** Labels of the open log's blocks (1 anomaly, 0 normal, -1 unknown), or null when none were found. */
    public ReadOnlyObjectProperty<byte[]> labelsProperty() {
        return labels.getReadOnlyProperty();
    }

    /**
     * Changes when labels are imported for the open log. A new log brings its labels together with
     * its parse, just before the result changes, so listen here, not to {@link #labelsProperty()},
     * to act on new labels for the same blocks.
     */
    public ReadOnlyIntegerProperty labelsImportedProperty() {
        return labelsImported.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** The last error as one sentence, or empty. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Clears the error once the user has read it. */
    public void dismissError() {
        error.set("");
    }
}
