// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.workspace.WorkspaceCache.Lookup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A threshold moved after the scores were cached is saved in a small note, not by rewriting the cache file. */
class ThresholdNoteTest {
    static final String KEY = WorkspaceCache.key(Analyses.FORMAT, MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
    @TempDir
    static Path shared;
    static Path original;
    static ParseResult parsed;

    @TempDir
    Path dir;
    Path log;
    WorkspaceCache cache;
    Path file;

    @BeforeAll
    static void parseOnce() throws IOException {
        original = Analyses.generate(shared.resolve("gen.log"), 5_000, 11);
        parsed = Analyses.parse(original);
    }

    @BeforeEach
    void saveScores() throws IOException {
        log = Files.copy(original, dir.resolve("hdfs.log"));
        cache = new WorkspaceCache(dir.resolve("cache"));
        assertTrue(cache.save(FileIdentity.of(log), KEY,
                CachedAnalysis.parsed(Analyses.FORMAT, parsed).withScores(Analyses.fakeScores(parsed), 3.25, "pct:97")));
        file = cache.fileFor(log, KEY);
    }

    @Test
    void aMovedThresholdComesBackWithoutTouchingTheCacheFile() throws IOException {
        byte[] before = Files.readAllBytes(file);
        FileTime written = Files.getLastModifiedTime(file);
        assertTrue(cache.saveThreshold(FileIdentity.of(log), KEY, 4.5, "static:4.5"));
        assertArrayEquals(before, Files.readAllBytes(file), "the cache file is not rewritten");
        assertEquals(written, Files.getLastModifiedTime(file));
        assertTrue(Files.size(ThresholdNote.of(file)) < 1_000, "the note is small");

        Lookup l = cache.load(log, KEY);
        assertTrue(l.restored());
        assertEquals(4.5, l.analysis().threshold());
        assertEquals("static:4.5", l.analysis().thresholdSpec());
        assertArrayEquals(Analyses.fakeScores(parsed), l.analysis().scores());
    }

    @Test
    void aNoteForAnOlderCacheFileIsIgnoredAndANewSaveRemovesIt() throws IOException {
        assertTrue(cache.saveThreshold(FileIdentity.of(log), KEY, 4.5, "static:4.5"));
        Path note = ThresholdNote.of(file);
        byte[] oldNote = Files.readAllBytes(note);
        float[] other = Analyses.fakeScores(parsed);
        other[0] += 1;
        assertTrue(cache.save(FileIdentity.of(log), KEY,
                CachedAnalysis.parsed(Analyses.FORMAT, parsed).withScores(other, 2.0, "pct:95")));
        assertFalse(Files.exists(note), "a full save holds its own threshold");
        assertEquals(2.0, cache.load(log, KEY).analysis().threshold());

        Files.write(note, oldNote); // a note left over from the older file
        Lookup l = cache.load(log, KEY);
        assertEquals(2.0, l.analysis().threshold(), "the note names another cache file");
        assertEquals("pct:95", l.analysis().thresholdSpec());
    }

    @Test
    void aDamagedNoteLeavesTheCachedThreshold() throws IOException {
        assertTrue(cache.saveThreshold(FileIdentity.of(log), KEY, 4.5, "static:4.5"));
        Files.writeString(ThresholdNote.of(file), "{\"format\":1,\"cacheBytes\":", StandardOpenOption.TRUNCATE_EXISTING);
        Lookup l = cache.load(log, KEY);
        assertTrue(l.restored());
        assertEquals(3.25, l.analysis().threshold());
    }

    @Test
    void nothingIsSavedForAChangedLogOrWithoutACacheFile() throws IOException {
        FileIdentity parsedAs = FileIdentity.of(log);
        Files.writeString(log, "081109 203615 148 INFO dfs.DataNode$PacketResponder: appended\n", StandardOpenOption.APPEND);
        assertFalse(cache.saveThreshold(parsedAs, KEY, 4.5, "static:4.5"));
        cache.forget(log, KEY);
        assertFalse(cache.saveThreshold(FileIdentity.of(log), KEY, 4.5, "static:4.5"));
        assertFalse(Files.exists(ThresholdNote.of(file)));
    }
}
