// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.detect.ScoredBlocks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoresCsvTest {
    @TempDir
    Path dir;

    private static ScoredBlocks blocks(String[] ids, float[] scores, int[] lengths) {
        return new ScoredBlocks() {
            public int count() {
                return ids.length;
            }

            public String blockId(int i) {
                return ids[i];
            }

            public float score(int i) {
                return scores[i];
            }

            public int[] events(int i) {
                return new int[lengths[i]];
            }

            public float[] stepErrors(int i) {
                return null;
            }
        };
    }

    @Test
    void roundTripsIdsScoresCountsAndTheThreshold() throws IOException {
        String[] ids = {"blk_-1608999687919862906", "blk_38", "=cmd|' /C calc'!A0"};
        float[] scores = {0.125f, 7.5f, 1e-9f};
        Path f = dir.resolve("scores.csv");
        ScoresCsv.write(f, blocks(ids, scores, new int[] {19, 3, 1}), 0.35, new byte[] {0, 1, -1});
        List<String> lines = Files.readAllLines(f);
        assertEquals("BlockId,Score,EventCount,Threshold,Label", lines.get(0));
        assertEquals("blk_38,7.5,3,0.35,Anomaly", lines.get(2));
        assertTrue(lines.get(3).startsWith("'=cmd"), "formula neutralised: " + lines.get(3));
        assertTrue(!lines.get(3).contains("E-") && lines.get(3).contains(",0.0000000010,"), "no exponent notation: " + lines.get(3));

        ScoresCsv.Scores back = ScoresCsv.read(f);
        assertEquals(List.of(ids), back.blockIds());
        assertArrayEquals(scores, back.scores());
        assertArrayEquals(new int[] {19, 3, 1}, back.eventCounts());
        assertEquals(0.35, back.threshold());
    }

    @Test
    void refusesAFileThatIsNotAScoreFile() throws IOException {
        Path f = dir.resolve("labels.csv");
        Files.writeString(f, "BlockId,Label\nblk_1,Normal\n");
        IOException e = assertThrows(IOException.class, () -> ScoresCsv.read(f));
        assertTrue(e.getMessage().contains("not a score file"), e.getMessage());
        Files.writeString(f, "BlockId,Score\nblk_1,abc\n");
        e = assertThrows(IOException.class, () -> ScoresCsv.read(f));
        assertTrue(e.getMessage().contains("row 2"), e.getMessage());
    }
}
