// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.detect.ScoredBlocks;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports 575k flagged blocks (HDFS_v1 scale) from a view that computes every row on demand, and
 * checks halfway through that the heap has not grown with the rows written so far.
 */
class FlaggedCsvStreamingTest {
    private static final int BLOCKS = 575_061;
    /** Rows held as objects would take well over 100 MB by the half-way point. */
    private static final long MAX_GROWTH = 40L << 20;

    @TempDir
    Path dir;

    /** Synthetic blocks: 19 events each from 30 templates, scores spread without ties. */
    private static final class Synthetic implements ScoredBlocks {
        long baseline;
        long atHalf = -1;
        private int ids;

        @Override
        public int count() {
            return BLOCKS;
        }

        @Override
        public String blockId(int i) {
            if (++ids == BLOCKS / 2) {
                atHalf = usedAfterGc();
            }
            return "blk_" + (i * 2_654_435_761L - 7_000_000_000L);
        }

        @Override
        public float score(int i) {
            return (float) ((i * 7919L) % BLOCKS) / BLOCKS;
        }

        @Override
        public int[] events(int i) {
            int[] e = new int[19];
            for (int k = 0; k < e.length; k++) {
                e[k] = 1 + (i + 3 * k) % 30;
            }
            return e;
        }

        @Override
        public float[] stepErrors(int i) {
            float[] e = new float[19];
            for (int k = 0; k < e.length; k++) {
                e[k] = ((i + 5 * k) % 17) / 17f;
            }
            return e;
        }

        @Override
        public long firstSeen(int i) {
            return 1_226_000_000L + i / 10;
        }

        @Override
        public long lastSeen(int i) {
            return 1_226_000_000L + i / 10 + 60;
        }
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    @Test
    void streamsHdfsScaleExportInBoundedMemory() throws IOException {
        List<EventType> types = new ArrayList<>();
        types.add(new EventType(0, "E0", EventType.UNKNOWN_TEMPLATE, 0, 0));
        for (int e = 1; e <= 30; e++) {
            types.add(new EventType(e, "E" + e, "template " + e + " of block <*>", 1, 0));
        }
        Synthetic blocks = new Synthetic();
        FlaggedExport in = FlaggedExport.of(blocks, new EventTable(types), Threshold.manual(-1), null);
        blocks.baseline = usedAfterGc();
        Path out = dir.resolve("flagged.csv");
        assertEquals(BLOCKS, FlaggedCsv.write(out, in));

        long growth = blocks.atHalf - blocks.baseline;
        assertTrue(blocks.atHalf > 0, "probe ran");
        assertTrue(growth < MAX_GROWTH, "heap grew by " + (growth >> 20) + " MB while writing half the rows");

        long lines = 0;
        String first = null;
        String last = null;
        try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (lines == 1) {
                    first = line;
                }
                last = line;
                lines++;
            }
        }
        assertEquals(BLOCKS + 1, lines);
        // the highest score, (BLOCKS - 1) / BLOCKS, ranks first; score 0 ranks last
        assertTrue(first.contains("," + (float) (BLOCKS - 1) / BLOCKS + ","), first);
        assertTrue(first.contains(",1,19,E"), first);
        assertTrue(last.contains(",0.0,-1.0,warning," + BLOCKS + ",19,"), last);
    }
}
