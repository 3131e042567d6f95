// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Match-only mode must give a log's own lines the events learning gave them. Drain is
 * order-dependent: in the first test line 1 joins E1, which line 2 generalises to
 * {@code p q c1 <*> <*> <*>}; line 3 founds E2, and against the final templates line 1 is closer to
 * E2 (5 of 6 tokens) than to E1 (3 of 6). The snapshot now keeps such contents with their learned
 * cluster. The other tests are cases the snapshot fuzz found.
 */
class MatchOnlyRegressionTest {
    @TempDir
    Path dir;

    @Test
    void matchOnlyModeGivesTheLearnedEventsBack() throws IOException {
        Path f = dir.resolve("order.log");
        Files.write(f, List.of("081109 203615 148 INFO comp: p q c1 d1 e1 f1 blk_1",
                "081109 203615 148 INFO comp: p q c1 x1 y1 z1 blk_1",
                "081109 203615 148 INFO comp: p q r1 d1 e1 f1 blk_1"), StandardCharsets.UTF_8);
        ParseResult learned = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning());
        TemplateSnapshot snapshot = SnapshotFuzzTest.roundTrip(learned.miner().snapshot(LogFormat.HDFS));
        ParseResult matched = FuzzParse.parse(f, 1, 1 << 20, TemplateMiner.fromSnapshot(snapshot, false));
        assertEquals(ids(learned), ids(matched));
    }

    /**
     * Found by SnapshotFuzzTest (-Pfuzz), from one odd byte: line 1 founds a cluster that line 2
     * generalises to {@code Receiving block <*> <*> <*> dest: <IP>}, line 3 founds another, and
     * matching sent line 1 (and, in the fuzzed log, most lines of that event) to the second.
     */
    @Test
    void oneOddLineDoesNotMoveAnEventsLinesInMatchOnlyMode() throws IOException {
        Path f = dir.resolve("odd.log");
        Files.write(f, List.of(
                "081109 203518 156 INFO dfs.DataNode$DataXceiver: Receiving block blk_1 src: \u000110.250.9.175:44637 dest: "
                        + "/10.250.9.175:50010",
                "081109 235322 3968 INFO dfs.DataNode$DataXceiver: Receiving block INFO src9: /10.251.43.115:46385 dest: "
                        + "/10.2.43.115:50010",
                "081111 102017 26347 INFO dfs.DataNode$DataXceiver: Receiving block blk_3 src: /10.250.9.207:59759 dest: "
                        + "/10.250.x.207:50010"), StandardCharsets.UTF_8);
        ParseResult learned = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning());
        assertEquals(List.of("E1", "E1", "E2"), lineIds(f, learned));
        TemplateSnapshot snapshot = SnapshotFuzzTest.roundTrip(learned.miner().snapshot(LogFormat.HDFS));
        assertEquals(1, snapshot.learnedContents().size(), "only the content that matching would move is kept");
        ParseResult matched = FuzzParse.parse(f, 1, 1 << 20, TemplateMiner.fromSnapshot(snapshot, false));
        assertEquals(lineIds(f, learned), lineIds(f, matched));
    }

    /** A snapshot written before learned contents were kept still loads. */
    @Test
    void aSnapshotWithoutLearnedContentsStillLoads() throws IOException {
        Path f = dir.resolve("plain.log");
        Files.write(f, List.of("081109 203615 148 INFO c: alpha one blk_1"), StandardCharsets.UTF_8);
        TemplateSnapshot s = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning()).miner().snapshot(LogFormat.HDFS);
        java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
        new TemplateSnapshots().write(s, json);
        String old = json.toString(StandardCharsets.UTF_8).replaceAll(",\\s*\"learnedContents\"\\s*:\\s*\\[\\s*\\]", "");
        org.junit.jupiter.api.Assertions.assertFalse(old.contains("learnedContents"), old);
        TemplateSnapshot read = new TemplateSnapshots().read(
                new java.io.ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)), "old.json");
        assertEquals(List.of(), read.learnedContents());
        assertEquals(List.of("E1"), lineIds(f, FuzzParse.parse(f, 1, 1 << 20, TemplateMiner.fromSnapshot(read, false))));
    }

    /** Found by SnapshotFuzzTest (-Pfuzz): a line whose content is the text {@code <*>} came back as E0. */
    @Test
    void linesOfLiteralWildcardsKeepTheirEventsInMatchOnlyMode() throws IOException {
        Path f = dir.resolve("stars.log");
        Files.write(f, List.of("081109 203518 33 INFO c: <*>", "081109 203518 33 INFO c: <*> <*> x blk_1"),
                StandardCharsets.UTF_8);
        ParseResult learned = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning());
        TemplateSnapshot snapshot = SnapshotFuzzTest.roundTrip(learned.miner().snapshot(LogFormat.HDFS));
        ParseResult matched = FuzzParse.parse(f, 1, 1 << 20, TemplateMiner.fromSnapshot(snapshot, false));
        assertEquals(List.of("E1", "E2"), lineIds(f, learned));
        assertEquals(List.of("E1", "E2"), lineIds(f, matched));
        assertEquals(0, matched.stats().unknownLines());
    }

    /**
     * Found by SnapshotFuzzTest (-Pfuzz): once learning had merged {@code start <*> end} and
     * {@code start <*> <*> end}, loading the snapshot failed with "duplicate event id E1", so a log
     * could not be mapped onto it at all.
     */
    @Test
    void aSnapshotWithMergedVariableLengthTemplatesLoadsAndMaps() throws IOException {
        Path f = dir.resolve("merge.log");
        Files.write(f, List.of("081109 203615 148 INFO c: start foo1 end blk_1", "081109 203615 148 INFO c: start foo2 end blk_1",
                "081109 203615 148 INFO c: start foo1 bar1 end blk_2", "081109 203615 148 INFO c: start foo2 bar2 end blk_2"),
                StandardCharsets.UTF_8);
        ParseResult learned = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning());
        assertEquals(1, learned.stats().events(), "the two lengths merge into one event");
        TemplateSnapshot snapshot = SnapshotFuzzTest.roundTrip(learned.miner().snapshot(LogFormat.HDFS));
        for (boolean learn : new boolean[] {false, true}) {
            ParseResult again = FuzzParse.parse(f, 1, 1 << 20, TemplateMiner.fromSnapshot(snapshot, learn));
            assertEquals(List.of("E1", "E1", "E1", "E1"), lineIds(f, again), "learn further: " + learn);
            assertEquals(learned.events().all(), again.events().all());
        }
    }

    @Test
    void aSnapshotWithTwoClustersClaimingOneEventIdIsDamaged() throws IOException {
        Path f = dir.resolve("two.log");
        Files.write(f, List.of("081109 203615 148 INFO c: alpha one blk_1", "081109 203615 148 INFO c: beta two three blk_1"),
                StandardCharsets.UTF_8);
        TemplateSnapshot s = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning()).miner().snapshot(LogFormat.HDFS);
        List<TemplateSnapshot.ClusterEvent> same = s.events().stream()
                .map(e -> new TemplateSnapshot.ClusterEvent(e.cluster(), "E1", e.template())).toList();
        TemplateSnapshot bad = new TemplateSnapshot(s.formatVersion(), s.logFormat(), s.masking(), s.drain(), same);
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> SnapshotFuzzTest.roundTrip(bad));
        assertEquals("fuzz snapshot is a damaged template snapshot: duplicate event id E1", e.getMessage());
    }

    private static List<String> lineIds(Path f, ParseResult r) throws IOException {
        List<String> out = new ArrayList<>();
        FuzzParse.lineEvents(f, r.miner()).values().forEach(e -> out.add(r.events().get(e).id()));
        return out;
    }

    private static List<String> ids(ParseResult r) {
        List<String> out = new ArrayList<>();
        for (int e : r.sessions().events(0)) {
            out.add(r.events().get(e).id());
        }
        return out;
    }
}
