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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's model section (format 2): the bundle that scored an analysis and its training scores. */
class CachedModelTest {
    static final String KEY = WorkspaceCache.key(Analyses.FORMAT, MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
    static final float[] TRAINING = {0.5f, 0.75f, 1.25f, 2f, 7.5f};
    @TempDir
    static Path shared;
    static Path original;
    static ParseResult parsed;

    @TempDir
    Path dir;
    Path log;
    WorkspaceCache cache;
    byte[] sha;

    @BeforeAll
    static void parseOnce() throws IOException {
        original = Analyses.generate(shared.resolve("gen.log"), 5_000, 11);
        parsed = Analyses.parse(original);
    }

    @BeforeEach
    void setUp() throws IOException {
        log = Files.copy(original, dir.resolve("hdfs.log"));
        cache = new WorkspaceCache(dir.resolve("cache"));
        Path models = Files.createDirectories(dir.resolve("cache").resolve(WorkspaceCache.MODELS));
        Path bundle = Files.writeString(models.resolve("m1.blmodel"), "not really a zip, but bytes to hash");
        sha = ModelRef.sha256Of(bundle);
    }

    private Path save() throws IOException {
        CachedAnalysis a = CachedAnalysis.parsed(Analyses.FORMAT, parsed).withScores(Analyses.fakeScores(parsed), 1.5,
                "pct:99", new ModelRef("m1.blmodel", sha, TRAINING));
        assertTrue(cache.save(FileIdentity.of(log), KEY, a));
        return cache.fileFor(log, KEY);
    }

    @Test
    void theModelSectionRoundTrips() throws IOException {
        save();
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.RESTORED, l.status());
        ModelRef m = l.analysis().model();
        assertEquals("m1.blmodel", m.bundle());
        assertArrayEquals(sha, m.sha256());
        assertArrayEquals(TRAINING, m.trainingScores());
        assertArrayEquals(Analyses.fakeScores(parsed), l.analysis().scores());
        assertEquals(1.5, l.analysis().threshold());
        assertEquals("pct:99", l.analysis().thresholdSpec());
        assertNull(m.problem(cache.folder()), "the bundle is there, unchanged");
    }

    @Test
    void aGoneOrChangedBundleIsNamed() throws IOException {
        save();
        ModelRef m = cache.load(log, KEY).analysis().model();
        Path bundle = m.file(cache.folder());
        Files.writeString(bundle, "other bytes");
        assertTrue(m.problem(cache.folder()).contains("changed"), m.problem(cache.folder()));
        Files.delete(bundle);
        assertTrue(m.problem(cache.folder()).contains("gone"), m.problem(cache.folder()));
    }

    @Test
    void damageInTheModelSectionDiscardsTheCache() throws IOException {
        Path file = save();
        byte[] full = Files.readAllBytes(file);
        byte[] b = full.clone();
        b[b.length - 8 - 4 * TRAINING.length] ^= 0x01; // inside the training scores
        Files.write(file, b);
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.DISCARDED, l.status());
        assertTrue(l.notice().contains("checksum"), l.notice());
        assertFalse(Files.exists(file));

        Files.write(file, Arrays.copyOf(full, full.length - 8 - 4 * TRAINING.length - 20)); // cut in the model section
        l = cache.load(log, KEY);
        assertEquals(Status.DISCARDED, l.status());
        assertTrue(l.notice().contains("truncated"), l.notice());
    }

    @Test
    void labelsRoundTripWithTheirFilesIdentity() throws IOException {
        Path labelFile = Files.writeString(dir.resolve("hdfs_anomaly_label.csv"), "BlockId,Label\n");
        byte[] perBlock = new byte[parsed.sessions().blockCount()];
        for (int b = 0; b < perBlock.length; b++) {
            perBlock[b] = (byte) (b % 3 - 1);
        }
        CachedLabels labels = new CachedLabels(FileIdentity.of(labelFile), perBlock);
        assertTrue(cache.save(FileIdentity.of(log), KEY, CachedAnalysis.parsed(Analyses.FORMAT, parsed).withLabels(labels)));
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.RESTORED, l.status(), l.notice());
        assertArrayEquals(perBlock, l.analysis().labels().perBlock());
        assertEquals(FileIdentity.of(labelFile), l.analysis().labels().source());
        assertNull(l.analysis().model());
        assertFalse(l.analysis().hasScores());
    }

    @Test
    void labelsOfAnotherBlockCountAreRefused() {
        byte[] tooFew = new byte[parsed.sessions().blockCount() - 1];
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CachedAnalysis
                .parsed(Analyses.FORMAT, parsed).withLabels(new CachedLabels(FileIdentity.of(log), tooFew)));
    }

    @Test
    void aFormatOneFileWithoutTheModelSectionStillRestores() throws IOException {
        CachedAnalysis a = CachedAnalysis.parsed(Analyses.FORMAT, parsed).withScores(Analyses.fakeScores(parsed), 2.0, "static:2");
        assertTrue(cache.save(FileIdentity.of(log), KEY, a));
        Path file = cache.fileFor(log, KEY);
        byte[] v2 = Files.readAllBytes(file);
        // format 1 = the same bytes without the model and labels flags (before the checksum), version 1, new checksum
        byte[] v1 = Arrays.copyOf(v2, v2.length - 2);
        int body = v1.length - 8;
        assertEquals(0, v2[v2.length - 9], "the labels flag is false");
        assertEquals(0, v2[v2.length - 10], "the model flag is false");
        ByteBuffer.wrap(v1).putInt("BLKLGHT\u0001CACHE".getBytes(StandardCharsets.ISO_8859_1).length, 1);
        CRC32C crc = new CRC32C();
        crc.update(v1, 0, body);
        ByteBuffer.wrap(v1).putLong(body, crc.getValue());
        Files.write(file, v1);
        Lookup l = cache.load(log, KEY);
        assertEquals(Status.RESTORED, l.status(), l.notice());
        assertNull(l.analysis().model());
        assertArrayEquals(Analyses.fakeScores(parsed), l.analysis().scores());
        assertEquals(2.0, l.analysis().threshold());
    }

    @Test
    void theLeastRecentlyUsedBundlesBeyondTheLimitGoButNeverTheOneInUse() throws IOException {
        Path models = dir.resolve("cache").resolve(WorkspaceCache.MODELS);
        long now = System.currentTimeMillis();
        Files.setLastModifiedTime(models.resolve("m1.blmodel"), FileTime.fromMillis(now - 50_000)); // the oldest
        for (int i = 2; i <= 4; i++) {
            Path b = Files.writeString(models.resolve("m" + i + ".blmodel"), "bundle " + i);
            Files.setLastModifiedTime(b, FileTime.fromMillis(now - 40_000 + i * 1_000));
        }
        Files.writeString(models.resolve("model-1.part"), "a bundle being written");
        cache = new WorkspaceCache(dir.resolve("cache"), Long.MAX_VALUE, 2);
        save(); // names m1, the oldest bundle
        assertTrue(Files.exists(models.resolve("m1.blmodel")), "the saved analysis's bundle stays");
        assertTrue(Files.exists(models.resolve("m4.blmodel")), "the most recent other bundle stays");
        assertFalse(Files.exists(models.resolve("m3.blmodel")));
        assertFalse(Files.exists(models.resolve("m2.blmodel")));
        assertTrue(Files.exists(models.resolve("model-1.part")), "a bundle being written is not touched");

        Files.setLastModifiedTime(models.resolve("m1.blmodel"), FileTime.fromMillis(now - 50_000));
        assertEquals(Status.RESTORED, cache.load(log, KEY).status());
        assertTrue(Files.getLastModifiedTime(models.resolve("m1.blmodel")).toMillis() >= now - 5_000,
                "restoring marks the bundle as used");
    }
}
