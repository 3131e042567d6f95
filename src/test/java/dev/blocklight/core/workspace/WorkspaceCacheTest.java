// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.workspace.WorkspaceCache.Lookup;
import dev.blocklight.core.workspace.WorkspaceCache.Lookup.Status;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCacheTest {
    static final String KEY = WorkspaceCache.key(Analyses.FORMAT, MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
    @TempDir
    static Path shared;
    static Path original;
    static ParseResult parsed;

    @TempDir
    Path dir;
    Path log;
    WorkspaceCache cache;

    @BeforeAll
    static void parseOnce() throws IOException {
        original = Analyses.generate(shared.resolve("gen.log"), 20_000, 7);
        parsed = Analyses.parse(original);
    }

    @BeforeEach
    void copyLog() throws IOException {
        log = Files.copy(original, dir.resolve("hdfs.log"));
        cache = new WorkspaceCache(dir.resolve("cache"));
    }

    private Path saveWithScores() throws IOException {
        FileIdentity id = FileIdentity.of(log);
        CachedAnalysis a = CachedAnalysis.parsed(Analyses.FORMAT, parsed).withScores(Analyses.fakeScores(parsed), 3.25, "pct:97");
        assertTrue(cache.save(id, KEY, a));
        return cache.fileFor(log, KEY);
    }

    @Test
    void restoresTheParseScoresAndThreshold() throws IOException {
        saveWithScores();
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.RESTORED, l.status());
        assertTrue(l.notice().contains("from cache"), l.notice());
        Analyses.assertSameParse(parsed, l.analysis().parse(), true);
        assertArrayEquals(Analyses.fakeScores(parsed), l.analysis().scores());
        assertEquals(3.25, l.analysis().threshold());
        assertEquals("pct:97", l.analysis().thresholdSpec());
        String someBlock = parsed.sessions().blockName(parsed.sessions().blockCount() / 2);
        assertEquals(parsed.sessions().blockCount() / 2, l.analysis().parse().sessions().indexOf(someBlock));
    }

    @Test
    void aParseWithoutScoresRestoresWithoutScores() throws IOException {
        assertTrue(cache.save(FileIdentity.of(log), KEY, CachedAnalysis.parsed(Analyses.FORMAT, parsed)));
        Lookup l = cache.load(log, KEY);
        assertTrue(l.restored());
        assertFalse(l.analysis().hasScores());
        assertTrue(Double.isNaN(l.analysis().threshold()));
    }

    @Test
    void noCacheIsMissingWithoutNotice() throws IOException {
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.MISSING, l.status());
        assertNull(l.notice());
    }

    @Test
    void otherParseSettingsAreAnotherCacheEntry() throws IOException {
        saveWithScores();
        assertEquals(Status.MISSING, cache.load(log, WorkspaceCache.key("<Content>", MaskingConfig.hdfsDefaults(), DrainConfig.defaults())).status());
    }

    @Test
    void anAppendedLineIsDetected() throws IOException {
        saveWithScores();
        Files.writeString(log, "081109 203615 148 INFO dfs.DataNode$PacketResponder: done\n", StandardOpenOption.APPEND);
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.STALE, l.status());
        assertTrue(l.notice().contains("size changed"), l.notice());
    }

    @Test
    void aSameSizeEditWithTheOldTimeIsDetectedByTheHash() throws IOException {
        saveWithScores();
        FileTime before = Files.getLastModifiedTime(log);
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "rw")) {
            f.seek(f.length() - 5);
            int b = f.read();
            f.seek(f.length() - 5);
            f.write(b == '1' ? '2' : '1');
        }
        Files.setLastModifiedTime(log, before);
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.STALE, l.status());
        assertTrue(l.notice().contains("content changed"), l.notice());
    }

    @Test
    void aNewerModificationTimeIsDetected() throws IOException {
        saveWithScores();
        Files.setLastModifiedTime(log, FileTime.fromMillis(Files.getLastModifiedTime(log).toMillis() + 5000));
        assertEquals(Status.STALE, cache.load(log, KEY).status());
    }

    @Test
    void aFlippedByteIsDiscardedWithANoticeAndTheFileRemoved() throws IOException {
        Path file = saveWithScores();
        byte[] b = Files.readAllBytes(file);
        b[b.length / 2] ^= 0x10;
        Files.write(file, b);
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.DISCARDED, l.status());
        assertTrue(l.notice().contains("checksum"), l.notice());
        assertFalse(Files.exists(file), "the damaged cache file is removed");
    }

    @Test
    void aTruncatedCacheIsDiscardedAtAnyLength() throws IOException {
        Path file = saveWithScores();
        byte[] full = Files.readAllBytes(file);
        for (int len : new int[] {0, 5, 13, 17, 40, 200, full.length / 3, full.length / 2, full.length - 9, full.length - 1}) {
            Files.write(file, Arrays.copyOf(full, len));
            Lookup l = cache.load(log, KEY);
            assertEquals(Status.DISCARDED, l.status(), "cut at " + len);
            assertTrue(l.notice().startsWith("Discarded the cached analysis of hdfs.log (it is truncated"), l.notice());
        }
    }

    @Test
    void aFutureVersionIsDiscardedAndNamed() throws IOException {
        Path file = saveWithScores();
        byte[] b = Files.readAllBytes(file);
        b[CacheCodec.MAGIC.length + 3] = (byte) (CacheCodec.VERSION + 1);
        Files.write(file, b);
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.DISCARDED, l.status());
        assertTrue(l.notice().contains("newer Blocklight (cache format " + (CacheCodec.VERSION + 1)), l.notice());
    }

    @Test
    void aForeignFileIsDiscarded() throws IOException {
        Path file = cache.fileFor(log, KEY);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "PK this is a zip, honestly");
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.DISCARDED, l.status());
        assertTrue(l.notice().contains("not a Blocklight cache"), l.notice());
    }

    @Test
    void randomDamageNeverEscapesAsAnException() throws IOException {
        Path file = saveWithScores();
        byte[] full = Files.readAllBytes(file);
        Random rnd = new Random(11);
        for (int i = 0; i < 60; i++) {
            byte[] b = full.clone();
            int at = i < 30 ? rnd.nextInt(Math.min(b.length, 400)) : rnd.nextInt(b.length); // the header is dense in length fields
            b[at] = (byte) rnd.nextInt(256);
            if (b[at] == full[at]) {
                b[at] ^= 1;
            }
            Files.write(file, b);
            Status s = cache.load(log, KEY).status();
            assertTrue(s == Status.DISCARDED || s == Status.STALE, "byte " + at + " changed gave " + s);
        }
    }

    @Test
    void aLogChangedDuringTheParseIsNotCached() throws IOException {
        FileIdentity before = FileIdentity.of(log);
        Files.writeString(log, "more\n", StandardOpenOption.APPEND);
        assertFalse(cache.save(before, KEY, CachedAnalysis.parsed(Analyses.FORMAT, parsed)));
        assertFalse(Files.exists(cache.fileFor(log, KEY)));
    }

    @Test
    void theFolderKeepsToItsLimitByDroppingTheLeastRecentlyUsed() throws IOException {
        Path a = Files.copy(original, dir.resolve("a.log"));
        Path b = Files.copy(original, dir.resolve("b.log"));
        Path c = Files.copy(original, dir.resolve("c.log"));
        WorkspaceCache unlimited = new WorkspaceCache(dir.resolve("lru"), Long.MAX_VALUE);
        unlimited.save(FileIdentity.of(a), KEY, CachedAnalysis.parsed(Analyses.FORMAT, parsed));
        long one = Files.size(unlimited.fileFor(a, KEY));
        WorkspaceCache small = new WorkspaceCache(dir.resolve("lru"), one * 2 + one / 2);
        small.save(FileIdentity.of(b), KEY, CachedAnalysis.parsed(Analyses.FORMAT, parsed));
        Files.setLastModifiedTime(small.fileFor(a, KEY), FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        Files.setLastModifiedTime(small.fileFor(b, KEY), FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        assertTrue(small.load(a, KEY).restored(), "using a makes it the most recent");
        small.save(FileIdentity.of(c), KEY, CachedAnalysis.parsed(Analyses.FORMAT, parsed));
        assertEquals(Status.MISSING, small.load(b, KEY).status(), "the least recently used entry went");
        assertTrue(small.load(a, KEY).restored());
        assertTrue(small.load(c, KEY).restored());
    }

    @Test
    void aFolderOrAPipeIsRefusedInOneSentenceWithoutBlocking() throws Exception {
        IOException folder = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> cache.load(dir, KEY));
        assertTrue(folder.getMessage().contains("is a folder"), folder.getMessage());
        Path fifo = dev.blocklight.testing.FileKinds.fifo(dir.resolve("pipe.log"));
        IOException pipe = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> cache.load(fifo, KEY)));
        assertTrue(pipe.getMessage().contains("not a regular file"), pipe.getMessage());
    }

    @Test
    void aSaveLeavesNoTemporaryFiles() throws IOException {
        saveWithScores();
        saveWithScores();
        try (var files = Files.list(cache.folder())) {
            assertEquals(1, files.count());
        }
    }

    // A threshold moved after the scores were cached is saved in a small note, not by rewriting the file.

    @Test
    void aMovedThresholdComesBackWithoutTouchingTheCacheFile() throws IOException {
        Path file = saveWithScores();
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
        Path file = saveWithScores();
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
        Path file = saveWithScores();
        assertTrue(cache.saveThreshold(FileIdentity.of(log), KEY, 4.5, "static:4.5"));
        Files.writeString(ThresholdNote.of(file), "{\"format\":1,\"cacheBytes\":", StandardOpenOption.TRUNCATE_EXISTING);
        Lookup l = cache.load(log, KEY);
        assertTrue(l.restored());
        assertEquals(3.25, l.analysis().threshold());
    }

    @Test
    void nothingIsSavedForAChangedLogOrWithoutACacheFile() throws IOException {
        Path file = saveWithScores();
        FileIdentity parsedAs = FileIdentity.of(log);
        Files.writeString(log, "081109 203615 148 INFO dfs.DataNode$PacketResponder: appended\n", StandardOpenOption.APPEND);
        assertFalse(cache.saveThreshold(parsedAs, KEY, 4.5, "static:4.5"));
        cache.forget(log, KEY);
        assertFalse(cache.saveThreshold(FileIdentity.of(log), KEY, 4.5, "static:4.5"));
        assertFalse(Files.exists(ThresholdNote.of(file)));
    }
}
