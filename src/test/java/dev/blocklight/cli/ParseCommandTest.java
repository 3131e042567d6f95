// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code blocklight parse}: its outputs, and one clear line with a non-zero exit for every bad input. */
class ParseCommandTest {
    private static final List<String> LINES = List.of(
            "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38 terminating",
            "081109 203615 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/"
                    + "_task_200811092030_0001_m_000590_0/part-00590. blk_-1608999687919862906",
            "081109 203616 143 INFO dfs.DataNode$DataXceiver: Receiving block blk_-1608999687919862906 src: "
                    + "/10.250.19.102:54106 dest: /10.250.19.102:50010",
            "081109 203617 145 INFO dfs.DataNode$PacketResponder: PacketResponder 2 for block blk_-1608999687919862906 "
                    + "terminating",
            "081109 203618 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: "
                    + "10.251.73.220:50010 is added to blk_38 size 67108864");

    @TempDir
    Path dir;

    private Path log(String name, List<String> lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, lines, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void writesLoghubTemplatesSessionsAndASnapshot() throws IOException {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("parse", log("a.log", LINES).toString(), "--out", out.toString(), "--structured");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("5 lines"), run.out());
        List<String> templates = Files.readAllLines(out.resolve("templates.csv"));
        assertEquals("EventId,EventTemplate,Occurrences", templates.get(0));
        assertEquals(5, templates.stream().skip(1).mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1))).sum());
        List<String> sessions = Files.readAllLines(out.resolve("sessions.csv"));
        assertEquals("BlockId,EventSequence", sessions.get(0));
        assertEquals(3, sessions.size(), "two blocks");
        assertEquals("LineId,Date,Time,Pid,Level,Component,Content,EventId,EventTemplate",
                Files.readAllLines(out.resolve("structured.csv")).get(0));
        assertTrue(Files.isRegularFile(out.resolve("templates.json")));
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().contains(".tmp")), "no temporary file left");
        }
    }

    @Test
    void aSavedSnapshotMapsANewLogOntoTheSameEventIds() throws IOException {
        Path first = dir.resolve("first");
        assertEquals(0, CliRun.of("parse", log("a.log", LINES).toString(), "--out", first.toString()).exitCode());
        List<String> reversed = new java.util.ArrayList<>(LINES);
        java.util.Collections.reverse(reversed);
        reversed.add("081109 203619 35 INFO dfs.FSNamesystem: something never seen for blk_38");
        Path second = dir.resolve("second");
        CliRun run = CliRun.of("parse", log("b.log", reversed).toString(), "--out", second.toString(), "--templates",
                first.resolve("templates.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("1 lines matched no known template"), run.out());
        List<String> a = Files.readAllLines(first.resolve("templates.csv"));
        List<String> b = Files.readAllLines(second.resolve("templates.csv"));
        for (String row : a.subList(1, a.size())) {
            String idAndTemplate = row.substring(0, row.lastIndexOf(','));
            assertTrue(b.stream().anyMatch(r -> r.startsWith(idAndTemplate + ",")), "kept " + idAndTemplate + " in " + b);
        }
        String blk38 = Files.readAllLines(second.resolve("sessions.csv")).stream().filter(l -> l.startsWith("blk_38,"))
                .findFirst().orElseThrow();
        assertTrue(blk38.endsWith(" E0") || blk38.contains("E0"), "the unseen line maps to the unknown event: " + blk38);
    }

    @Test
    void aLogWithoutBlockIdsIsReportedAndStillMined() throws IOException {
        Path out = dir.resolve("out");
        Path f = log("noblk.log", List.of("081109 203615 148 INFO dfs.DataNode: Starting up on port 50010",
                "081109 203616 148 INFO dfs.DataNode: Starting up on port 50011"));
        CliRun run = CliRun.of("parse", f.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("no block ids found"), run.out());
        assertEquals(2, Files.readAllLines(out.resolve("templates.csv")).size());
    }

    @Test
    void aMissingFileIsOneLineAndNoOutput() {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("parse", dir.resolve("missing.log").toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().contains("no such file"), run.err());
        assertFalse(Files.exists(out.resolve("templates.csv")));
    }

    @Test
    void aFolderIsRefused() {
        CliRun run = CliRun.of("parse", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().contains("folder"), run.err());
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Path f = dir.resolve("noise.bin");
        Files.write(f, noise);
        CliRun run = CliRun.of("parse", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
        assertFalse(Files.exists(dir.resolve("out").resolve("templates.csv")));
    }

    @Test
    void anUnreadableGzipIsRefused() throws IOException {
        Path f = dir.resolve("bad.log.gz");
        Files.write(f, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
        CliRun run = CliRun.of("parse", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
        assertTrue(run.err().toLowerCase().contains("gzip"), run.err());
    }

    @Test
    void aWrongFormatStringIsRefused() throws IOException {
        Path f = log("a.log", LINES);
        CliRun run = CliRun.of("parse", f.toString(), "--out", dir.resolve("out").toString(), "--format",
                "<Date>,<Time>,<Content>");
        assertTrue(run.exitCode() != 0);
        assertTrue(run.oneLineError(), run.err());
        CliRun broken = CliRun.of("parse", f.toString(), "--out", dir.resolve("out").toString(), "--format", "no fields");
        assertTrue(broken.exitCode() != 0);
        assertTrue(broken.oneLineError(), broken.err());
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CliRun run = CliRun.of("parse", "--frobnicate");
        assertEquals(2, run.exitCode());
        assertTrue(run.oneLineError(), run.err());
    }

    @Test
    void helpListsTheSubcommands() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        for (String sub : List.of("generate", "parse", "bench")) {
            assertTrue(run.out().contains(sub), run.out());
        }
    }
}
