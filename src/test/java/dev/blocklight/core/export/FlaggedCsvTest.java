// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.blocklight.core.detect.ArrayBlocks;
import dev.blocklight.core.detect.CountDiff;
import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.detect.ScoredBlocks;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlaggedCsvTest {
    static final EventTable EVENTS = new EventTable(List.of(
        new EventType(0, "E0", EventType.UNKNOWN_TEMPLATE, 0, 0),
        new EventType(1, "E5", "Receiving block <*> src: <*> dest: <*>", 10, 0),
        new EventType(2, "E22", "BLOCK* NameSystem.allocateBlock: <*>", 10, 0),
        new EventType(3, "=cmd|' /C calc'!A0", "-2+3 evil, \"quoted\" template", 1, 0)));
    private static final long T0 = LocalDateTime.of(2008, 11, 9, 20, 35, 18).toEpochSecond(ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static ArrayBlocks sample() {
        return new ArrayBlocks(
            new String[] {"blk_-123", "=HYPERLINK(\"http://x\")", "blk_1", "blk_2", "blk_3", "blk_4"},
            new float[] {0.9f, 0.8f, -0.5f, 0.8f, 0.1f, -2f},
            new int[][] {{1, 2, 1, 2}, {3}, {2}, {1, 1}, {2, 1}, {1}},
            new float[][] {{0.1f, 0.7f, 0.4f, 0.2f}, {0.2f}, {0.3f}, {0.5f, 0.5f}, {0.1f, 0.2f}, {0f}},
            new long[] {T0, T0, T0, T0, T0, T0},
            new long[] {T0 + 61, T0, T0, T0, T0, T0});
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(r).getRecords();
        }
    }

    @Test
    void oneRowPerFlaggedBlockHighestFirst() throws IOException {
        Path out = dir.resolve("flagged.csv");
        byte[] labels = {1, 0, -1, 1, 0, 0};
        int rows = FlaggedCsv.write(out, FlaggedExport.of(sample(), EVENTS, Threshold.manual(-1), labels));
        assertEquals(5, rows);
        List<CSVRecord> csv = read(out);
        assertEquals(List.of("BlockId", "Score", "Threshold", "Severity", "Rank", "EventCount", "EventSequence",
            "TopEvents", "ScoreParts", "FirstSeen", "LastSeen", "Label"), csv.get(0).toList());
        assertEquals(6, csv.size());
        CSVRecord first = csv.get(1);
        assertEquals(List.of("blk_-123", "0.9", "-1.0", "critical", "1", "4", "E5 E22 E5 E22",
            "#2 E22 (0.700) BLOCK* NameSystem.allocateBlock: <*> | #3 E5 (0.400) Receiving block <*> src: <*> dest: <*>"
                + " | #4 E22 (0.200) BLOCK* NameSystem.allocateBlock: <*>",
            "", "2008-11-09 20:35:18", "2008-11-09 20:36:19", "Anomaly"), first.toList());
        // equal scores share rank 2 in log order, then rank 4
        assertEquals(List.of("'=HYPERLINK(\"http://x\")", "blk_2", "blk_3", "blk_1"),
            csv.subList(2, 6).stream().map(r -> r.get(0)).toList());
        assertEquals(List.of("2", "2", "4", "5"), csv.subList(2, 6).stream().map(r -> r.get(4)).toList());
        assertEquals(List.of("Normal", "Anomaly", "Normal", ""), csv.subList(2, 6).stream().map(r -> r.get(11)).toList());
    }

    @Test
    void scorePartsSayHowTheScoreIsMade() throws IOException {
        ArrayBlocks plain = sample();
        ScoreBreakdown parts = new ScoreBreakdown(0.4f, 0.3f, 0.7f, 1, 0.29f, 3, 12.5f,
                List.of(new CountDiff("E26 (addStoredBlock)", 2, 3, false), new CountDiff("E20", 1, 0, true)));
        ScoredBlocks explained = new ScoredBlocks() {
            @Override public int count() { return plain.count(); }
            @Override public String blockId(int i) { return plain.blockId(i); }
            @Override public float score(int i) { return plain.score(i); }
            @Override public int[] events(int i) { return plain.events(i); }
            @Override public float[] stepErrors(int i) { return plain.stepErrors(i); }
            @Override public ScoreBreakdown breakdown(int i) { return i == 0 ? parts : null; }
        };
        Path out = dir.resolve("flagged.csv");
        FlaggedCsv.write(out, FlaggedExport.of(explained, EVENTS, Threshold.manual(-1), null));
        List<CSVRecord> csv = read(out);
        assertEquals("blk_-123", csv.get(1).get(0));
        assertEquals("mean step error 0.40 + 0.3 x worst step 0.70 (E22, step 2) + rare event 0.29 (E22, step 4)"
            + " + counts 12.50 (E26 (addStoredBlock) 2x, normal blocks 3x; E20 1x, never in normal blocks)",
            csv.get(1).get(8));
        assertEquals(0.4f + 0.3f * 0.7f + 0.29f + 12.5f, parts.total(), 1e-5, "the parts add up");
        assertEquals("", csv.get(2).get(8), "empty for a block the model does not explain");
        ScoreBreakdown end = new ScoreBreakdown(1f, 0.3f, 2f, ScoreBreakdown.END, 0f, -1);
        assertEquals("mean step error 1.00 + 0.3 x worst step 2.00 (the end: normal blocks go on here)",
            end.describe(new int[] {1}, e -> "E" + e));
    }

    @Test
    void textCellsCannotStartFormulasButNumbersStayNumbers() throws IOException {
        Path out = dir.resolve("flagged.csv");
        FlaggedCsv.write(out, FlaggedExport.of(sample(), EVENTS, Threshold.manual(-1), null));
        List<CSVRecord> csv = read(out);
        assertEquals(11, csv.get(0).size(), "no Label column without labels");
        CSVRecord evil = csv.get(2);
        assertEquals("'=HYPERLINK(\"http://x\")", evil.get(0));
        assertEquals("'=cmd|' /C calc'!A0", evil.get(6));
        assertEquals("#1 =cmd|' /C calc'!A0 (0.200) -2+3 evil, \"quoted\" template", evil.get(7));
        CSVRecord negative = csv.get(5);
        assertEquals("blk_1", negative.get(0));
        assertEquals("-0.5", negative.get(1), "a negative score stays a bare number");
        assertEquals(-0.5, Double.parseDouble(negative.get(1)));
        assertEquals("-1.0", negative.get(2));
        for (CSVRecord r : csv.subList(1, csv.size())) {
            for (int c : new int[] {0, 3, 6, 7, 8, 9, 10}) {
                String cell = r.get(c);
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "unsafe cell " + cell);
            }
        }
    }

    @Test
    void safeCells() {
        assertEquals("'=1+1", SafeCells.text("=1+1"));
        assertEquals("'+1", SafeCells.text("+1"));
        assertEquals("'-1", SafeCells.text("-1"));
        assertEquals("'@SUM(A1)", SafeCells.text("@SUM(A1)"));
        assertEquals("'\tx", SafeCells.text("\tx"));
        assertEquals("blk_-123", SafeCells.text("blk_-123"));
        assertEquals("", SafeCells.text(""));
    }

    @Test
    void failureMidwayLeavesNoFileAndKeepsTheOldOne() throws IOException {
        Path out = dir.resolve("flagged.csv");
        Files.writeString(out, "previous export\n");
        ArrayBlocks good = sample();
        ScoredBlocks failing = new ScoredBlocks() {
            @Override
            public int count() {
                return good.count();
            }

            @Override
            public String blockId(int i) {
                return good.blockId(i);
            }

            @Override
            public float score(int i) {
                return good.score(i);
            }

            @Override
            public int[] events(int i) {
                if (i == 3) {
                    throw new IllegalStateException("model output truncated");
                }
                return good.events(i);
            }

            @Override
            public float[] stepErrors(int i) {
                return good.stepErrors(i);
            }
        };
        assertThrows(IllegalStateException.class,
            () -> FlaggedCsv.write(out, FlaggedExport.of(failing, EVENTS, Threshold.manual(-1), null)));
        assertEquals("previous export\n", Files.readString(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void missingFolderFailsWithoutWritingAnything() {
        Path out = dir.resolve("absent").resolve("flagged.csv");
        IOException e = assertThrows(IOException.class,
            () -> FlaggedCsv.write(out, FlaggedExport.of(sample(), EVENTS, Threshold.manual(-1), null)));
        assertTrue(e.getMessage().contains("folder does not exist"), e.getMessage());
        assertFalse(Files.exists(out.getParent()));
    }

    @Test
    void readOnlyFolderFailsWithoutAFile() throws IOException {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(ro), "a read-only folder is still writable for this user (root?);"
                + " see folderRefusingNewFilesFailsWithoutAFile");
            Path out = ro.resolve("flagged.csv");
            assertThrows(IOException.class,
                () -> FlaggedCsv.write(out, FlaggedExport.of(sample(), EVENTS, Threshold.manual(-1), null)));
            try (Stream<Path> files = Files.list(ro)) {
                assertEquals(0, files.count());
            }
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void folderRefusingNewFilesFailsWithoutAFile() {
        // /proc takes no new files, not even from root, so this fails the same way for every user
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "needs Linux /proc");
        Path out = proc.resolve("blocklight-flagged.csv");
        assertThrows(IOException.class,
            () -> FlaggedCsv.write(out, FlaggedExport.of(sample(), EVENTS, Threshold.manual(-1), null)));
        assertFalse(Files.exists(out));
    }
}
