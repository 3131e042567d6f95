// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.session.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved model scores exactly as before, maps new logs by template text, and refuses bad files. */
class BundleTest {
    @TempDir
    static Path dir;
    static ParseResult parsed;
    static AutoencoderModel model;
    static Path saved;

    @BeforeAll
    static void trainAndSave() throws IOException {
        parsed = TinyLog.parse(dir.resolve("train.log"), TinyLog.lines(150, 10, 1));
        model = new Trainer(TinyData.config().withEpochs(6, 6), 2).train(parsed.sessions(), parsed.events(), null,
                TrainingListener.NONE, Cancellation.NEVER).model()
                .withSource("train.log", parsed.miner().snapshot(LogFormat.HDFS));
        saved = dir.resolve("model.zip");
        new BundleWriter().write(model, saved);
    }

    @Test
    void roundTripGivesIdenticalScoresAndManifest() throws IOException {
        AutoencoderModel loaded = new BundleReader().read(saved);
        SessionStore s = parsed.sessions();
        BlockScores before = model.scorer(2).score(s, parsed.events(), ProgressListener.NONE, Cancellation.NEVER);
        BlockScores after = loaded.scorer(1).score(s, parsed.events(), ProgressListener.NONE, Cancellation.NEVER);
        assertArrayEquals(before.scores(), after.scores());
        assertArrayEquals(before.stepLosses(9), after.stepLosses(9));
        assertTrue(before.score(9) > before.score(8), "block 9 has the exception line");
        assertEquals(model.config(), loaded.config());
        assertEquals(model.vocabulary().entries(), loaded.vocabulary().entries());
        assertEquals(model.templates(), loaded.templates());
        assertEquals(model.info().training(), loaded.info().training());
        assertEquals(model.info().quantiles(), loaded.info().quantiles());
        assertEquals(model.info().created(), loaded.info().created());
        assertEquals("train.log", loaded.info().sourceLog());
        assertTrue(Double.isNaN(loaded.info().threshold()));
        assertEquals(model.parameterCount(), loaded.parameterCount());
    }

    @Test
    void thresholdIsKept() throws IOException {
        Path p = dir.resolve("with-threshold.zip");
        new BundleWriter().write(model.withThreshold(1.25), p);
        assertEquals(1.25, new BundleReader().read(p).info().threshold());
    }

    @Test
    void anotherLogIsMappedByTemplateText() throws IOException {
        // Tomorrow's log starts with other line kinds, so its event ids differ, and it has a new kind of line.
        List<String> lines = new ArrayList<>();
        lines.add(TinyLog.stored(5));
        lines.add("081109 203700 19 INFO dfs.FSDataset: Deleting block blk_5 file /mnt/hadoop/dfs/data/current/blk_5");
        lines.add(TinyLog.responder(6, 0));
        lines.addAll(TinyLog.lines(150, 10, 1));
        ParseResult other = TinyLog.parse(dir.resolve("other.log"), lines);
        assertNotEquals(parsed.events().get(1).template(), other.events().get(1).template(), "ids differ");
        AutoencoderModel loaded = new BundleReader().read(saved);
        BlockScores scores = loaded.scorer(2).score(other.sessions(), other.events(), ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(1, scores.unmatchedEvents().size());
        assertTrue(scores.unmatchedEvents().get(0).template().startsWith("Deleting block"));
        BlockScores original = model.scorer(1).score(parsed.sessions(), parsed.events(), ProgressListener.NONE,
                Cancellation.NEVER);
        for (int k = 7; k < 150; k += 13) {
            String block = "blk_" + (1000 + k);
            // Equal up to float rounding: the batches are composed differently in the two logs.
            assertEquals(original.score(parsed.sessions().indexOf(block)),
                    scores.score(other.sessions().indexOf(block)), 1e-5, block);
        }
        float[] withUnknown = scores.stepLosses(other.sessions().indexOf("blk_5"));
        assertEquals(2, withUnknown.length);
        assertTrue(withUnknown[1] > 5, "an event the model never saw is very unlikely: " + withUnknown[1]);
        assertEquals(EventType.UNKNOWN_ID, loaded.vocabulary().get(0).id());
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        Path p = dir.resolve("truncated.zip");
        Files.write(p, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefused(p, "truncated.zip is not a Blocklight model file (not a complete zip archive");
    }

    @Test
    void corruptedWeightsAreRefused() throws IOException {
        byte[] bytes = Files.readAllBytes(saved);
        for (int i = bytes.length - 3000; i < bytes.length - 2900; i++) {
            bytes[i] ^= 0x5A;
        }
        Path p = dir.resolve("corrupt.zip");
        Files.write(p, bytes);
        assertRefused(p, "corrupt.zip is a damaged Blocklight model");
    }

    @Test
    void foreignFilesAreRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "just some text\n");
        assertRefused(text, "notes.txt is not a Blocklight model file");
        Path empty = Files.write(dir.resolve("empty.zip"), new byte[0]);
        assertRefused(empty, "empty.zip is not a Blocklight model file");
        Path otherZip = ZipEdit.write(dir.resolve("other.zip"), List.of(new ZipEdit.Entry("readme.md", "hi")));
        assertRefused(otherZip, "other.zip is not a Blocklight model file (it has no blocklight-model.json)");
        Path marker = ZipEdit.rewriteManifest(saved, dir.resolve("marker.zip"),
                m -> m.replace("\"format\" : \"blocklight-model\"", "\"format\" : \"something-else\""));
        assertRefused(marker, "marker.zip is not a Blocklight model file (its manifest has another format marker)");
    }

    @Test
    void futureVersionIsRefused() throws IOException {
        Path future = ZipEdit.rewriteManifest(saved, dir.resolve("future.zip"),
                m -> m.replace("\"formatVersion\" : 4,", "\"formatVersion\" : 5, \"newField\" : [1, 2],"));
        assertRefused(future, "future.zip was written by a newer Blocklight (model format 5); this version reads "
                + "format 4");
    }

    @Test
    void olderVersionWithoutTheEndMarkerIsRefused() throws IOException {
        Path old = ZipEdit.rewriteManifest(saved, dir.resolve("old.zip"),
                m -> m.replace("\"formatVersion\" : 4,", "\"formatVersion\" : 1,"));
        assertRefused(old, "old.zip was written by an older Blocklight (model format 1, without the end marker); "
                + "train the model again");
    }

    @Test
    void version2WithoutTheRarityTermIsRefused() throws IOException {
        Path old = ZipEdit.rewriteManifest(saved, dir.resolve("v2.zip"), m -> m.replace("\"formatVersion\" : 4,",
                "\"formatVersion\" : 2,").replaceAll("\"eventShares\" : \\[[^\\]]*\\]", "\"x\" : 0"));
        assertRefused(old, "v2.zip was written by an older Blocklight (model format 2, without the rarity term); "
                + "train the model again");
    }

    /** The manifest's last field, the count profile, with the comma before it. */
    private static final String COUNT_PROFILE = "(?s),\\s*\"countProfile\" : \\{.*\\}\\s*\\}\\s*$";

    @Test
    void version3WithoutTheCountProfileStillLoadsAndScoresWithTheNetworkAlone() throws IOException {
        Path v3 = ZipEdit.rewriteManifest(saved, dir.resolve("v3.zip"), m -> m.replace("\"formatVersion\" : 4,",
                "\"formatVersion\" : 3,").replaceAll(COUNT_PROFILE, "\n}"));
        AutoencoderModel old = new BundleReader().read(v3);
        AutoencoderModel current = new BundleReader().read(saved);
        assertFalse(old.hasCountProfile(), "format 3 keeps no normal counts");
        assertTrue(current.hasCountProfile());
        int[] lost = {1, 2, 3};
        SequenceScore withCounts = current.scorer(1).scoreOne(lost);
        SequenceScore network = old.scorer(1).scoreOne(lost);
        assertEquals(0f, network.breakdown().counts());
        assertEquals(withCounts.score() - withCounts.breakdown().counts(), network.score(), 1e-5);
    }

    @Test
    void aFormat4ManifestWithoutItsCountProfileIsDamaged() throws IOException {
        Path cut = ZipEdit.rewriteManifest(saved, dir.resolve("cut.zip"),
                m -> m.replaceAll(COUNT_PROFILE, "\n}"));
        assertRefused(cut, "cut.zip is a damaged Blocklight model: the count profile is missing");
        Path bad = ZipEdit.rewriteManifest(saved, dir.resolve("relation.zip"),
                m -> m.replaceFirst("\"relations\" : \\[ \\[ [0-9]+", "\"relations\" : [ [ 999"));
        assertRefused(bad, "relation.zip is a damaged Blocklight model: a count relation names an unknown event");
    }

    @Test
    void inconsistentManifestsAreRefused() throws IOException {
        Path size = ZipEdit.rewriteManifest(saved, dir.resolve("size.zip"),
                m -> m.replace("\"encoderSize\" : 16", "\"encoderSize\" : 17"));
        assertRefused(size, "size.zip is a damaged Blocklight model: its settings describe");
        Path vocab = ZipEdit.rewriteManifest(saved, dir.resolve("vocab.zip"),
                m -> m.replaceFirst("\"id\" : \"E0\"", "\"id\" : \"E99\""));
        assertRefused(vocab, "vocab.zip is a damaged Blocklight model: the vocabulary does not start with E0");
        Path json = ZipEdit.rewriteManifest(saved, dir.resolve("json.zip"), m -> m.substring(0, m.length() / 2));
        assertRefused(json, "json.zip is a damaged Blocklight model: its manifest cannot be read");
        Path config = ZipEdit.rewriteManifest(saved, dir.resolve("config.zip"),
                m -> m.replace("\"batchSize\" : 32", "\"batchSize\" : -3"));
        assertRefused(config, "config.zip is a damaged Blocklight model: its manifest cannot be read");
    }

    private static void assertRefused(Path file, String expectedStart) {
        IOException e = assertThrows(IOException.class, () -> new BundleReader().read(file));
        String msg = e.getMessage();
        assertTrue(msg.startsWith(expectedStart), "message was: " + msg);
        assertFalse(msg.contains("\n"), "one line: " + msg);
        assertFalse(msg.contains("Exception"), "no class names: " + msg);
    }
}
