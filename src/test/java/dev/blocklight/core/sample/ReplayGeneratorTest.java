// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.Progress;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.testing.ReplayedLogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The replay generator on a small in-test pool: the parsed log gives back the drawn sequences event for
 * event (through a one-to-one template mapping), the labels and anomaly count are exact, and the output
 * depends on the seed only.
 */
class ReplayGeneratorTest {
    /** Sequences that together use every event E1-E30, in the shapes of real HDFS_v1 blocks. */
    static final List<RealSequence> POOL = List.of(
            seq(false, "E22 E5 E5 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26"),
            seq(false, "E5 E5 E22 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26 E23 E23 E23 E21 E21 E21"),
            seq(false, "E5 E22 E5 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26 E3 E3 E4 E2 E23 E23 E23 E21 E21 E21"),
            seq(false, "E5 E5 E5 E22 E11 E9 E11 E9 E11 E9 E26 E26 E26 E25 E18 E5 E6 E16 E26 E2"),
            seq(true, "E5 E22 E5 E7"),
            seq(true, "E5 E5 E22 E5 E5 E7 E11 E10 E14 E7"),
            seq(true, "E22 E5 E5 E5 E12 E10 E14 E7 E11 E8 E19 E15 E5 E15 E5 E11 E9 E11 E9 E26 E26"),
            seq(true, "E5 E22 E5 E5 E13 E11 E9 E11 E9 E11 E9 E26 E26 E26 E27"),
            seq(true, "E5 E5 E22 E5 E11 E9 E11 E9 E26 E26 E25 E18 E17 E29 E25 E18 E5 E6 E16 E26 E1"),
            seq(true, "E22 E5 E5 E5 E11 E9 E11 E9 E11 E9 E26 E26 E26 E23 E23 E23 E30 E21 E21 E21 E28 E26 E24 E21"),
            seq(true, "E5 E5 E5 E22 E11 E9 E11 E9 E11 E9 E26 E26 E26 E4 E4 E23 E23 E23 E21 E21 E21 E20"));

    @TempDir
    Path dir;

    static RealSequence seq(boolean anomalous, String text) {
        String[] t = text.split(" ");
        int[] e = new int[t.length];
        for (int i = 0; i < t.length; i++) {
            e[i] = Integer.parseInt(t[i].substring(1));
        }
        return new RealSequence(e, anomalous);
    }

    /** One in-memory replay. */
    record Run(GenerationSummary summary, byte[] log, String labels, String truth) {
        static Run of(List<RealSequence> pool, ReplayConfig config) throws IOException {
            ByteArrayOutputStream log = new ByteArrayOutputStream();
            StringWriter labels = new StringWriter();
            StringWriter truth = new StringWriter();
            GenerationSummary s = new ReplayGenerator(config).generate(pool, log, labels, truth, ProgressListener.NONE,
                    Cancellation.NEVER);
            return new Run(s, log.toByteArray(), labels.toString(), truth.toString());
        }

        Path[] write(Path dir) throws IOException {
            Path logFile = Files.write(dir.resolve("replay.log"), log);
            Path labelFile = Files.writeString(dir.resolve("replay_anomaly_label.csv"), labels);
            Path truthFile = Files.writeString(dir.resolve("replay_truth.txt"), truth);
            return new Path[] {logFile, labelFile, truthFile};
        }
    }

    @Test
    void parsingTheLogGivesBackEverySequenceThroughAOneToOneTemplateMapping() throws IOException {
        ReplayConfig config = new ReplayConfig(600, 0.3, null, 5);
        Run run = Run.of(POOL, config);
        Path[] files = run.write(dir);
        Map<String, List<Integer>> truth = ReplayedLogs.truthByBlock(files[0], files[2]);
        ReplayedLogs.Parsed parsed = ReplayedLogs.parse(files[0], truth);
        assertEquals(truth, parsed.sequences(), "parsed sequences mapped to true events");
        assertEquals(30, parsed.eventOfTemplate().size(), "30 templates, one per event E1-E30");
        assertEquals(30, new HashSet<>(parsed.eventOfTemplate().values()).size());

        Map<String, String> labels = ReplayedLogs.labels(files[1]);
        assertEquals(List.copyOf(truth.keySet()), List.copyOf(labels.keySet()), "labels in order of first appearance");
        Set<List<Integer>> normal = texts(POOL, false);
        Set<List<Integer>> anomalous = texts(POOL, true);
        for (Map.Entry<String, List<Integer>> e : truth.entrySet()) {
            boolean anomaly = labels.get(e.getKey()).equals("Anomaly");
            assertTrue((anomaly ? anomalous : normal).contains(e.getValue()), e.getKey() + " replays a "
                    + labels.get(e.getKey()) + " sequence: " + e.getValue());
        }
        assertEquals(600, run.summary().blocks());
        assertEquals(180, run.summary().anomalousBlocks());
        assertEquals(180, labels.values().stream().filter("Anomaly"::equals).count());
        assertEquals(truth.values().stream().mapToLong(List::size).sum(), run.summary().lines());
        assertEquals(run.log().length, run.summary().bytes());
        Set<List<Integer>> drawn = new HashSet<>(truth.values());
        assertEquals(POOL.size(), drawn.size(), "600 draws reach every row of the pool");
    }

    private static Set<List<Integer>> texts(List<RealSequence> pool, boolean anomalous) {
        return pool.stream().filter(s -> s.anomalous() == anomalous).map(s -> ReplayedLogs.list(s.events()))
                .collect(Collectors.toSet());
    }

    @Test
    void linesAreInTimeOrderAndBlockLivesInterleave() throws IOException {
        Run run = Run.of(POOL, new ReplayConfig(2000, 0.03, null, 8));
        String[] lines = new String(run.log(), java.nio.charset.StandardCharsets.US_ASCII).split("\n");
        String previous = "";
        for (String line : lines) {
            String time = line.substring(0, 13);
            assertTrue(time.compareTo(previous) >= 0, "time goes back at " + line);
            previous = time;
        }
        Set<String> closed = new HashSet<>();
        String current = null;
        int interleaved = 0;
        for (String line : lines) {
            java.util.regex.Matcher m = Generated.BLOCK.matcher(line);
            assertTrue(m.find(), line);
            if (!m.group().equals(current)) {
                if (current != null && !closed.add(current)) {
                    interleaved++;
                }
                current = m.group();
            }
        }
        assertTrue(interleaved > 1000, "block lives interleave: " + interleaved);
        assertTrue(previous.compareTo("081109 210518") > 0, "the lives spread over half an hour and more: the log "
                + "starts at 081109 203518 and ends at " + previous);
    }

    @Test
    void exactlyRoundedAnomalyCountAtRandomPositions() throws IOException {
        for (double share : new double[] {0, 0.0293, 0.1, 0.5, 1}) {
            Run run = Run.of(POOL, new ReplayConfig(1001, share, null, 3));
            long expected = Math.round(1001 * share);
            assertEquals(expected, run.summary().anomalousBlocks(), "share " + share);
            assertEquals(expected, run.labels().lines().filter(l -> l.endsWith(",Anomaly")).count());
            assertEquals(1001, run.labels().lines().count() - 1);
        }
        Run a = Run.of(POOL, new ReplayConfig(1000, 0.1, null, 4));
        List<String> rows = a.labels().lines().skip(1).toList();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).endsWith(",Anomaly")) {
                at.add(i);
            }
        }
        assertTrue(at.get(0) < 100 && at.get(at.size() - 1) > 900, "spread over the log: " + at);
    }

    @Test
    void sameSeedSameBytesAnotherSeedOtherBytes() throws IOException {
        ReplayConfig c = new ReplayConfig(500, 0.1, null, 11);
        Run a = Run.of(POOL, c);
        Run b = Run.of(POOL, c);
        Run other = Run.of(POOL, new ReplayConfig(500, 0.1, null, 12));
        assertArrayEquals(a.log(), b.log());
        assertEquals(a.labels(), b.labels());
        assertEquals(a.truth(), b.truth());
        assertFalse(java.util.Arrays.equals(a.log(), other.log()));
        assertFalse(a.labels().equals(other.labels()));
    }

    @Test
    void aHalfDrawsOnlyItsAnomaliesAndAllNormals() throws IOException {
        for (AnomalyHalves.Half half : AnomalyHalves.Half.values()) {
            Run run = Run.of(POOL, new ReplayConfig(400, 0.5, half, 2));
            Path sub = Files.createDirectories(dir.resolve(half.name()));
            Path[] files = run.write(sub);
            Map<String, List<Integer>> truth = ReplayedLogs.truthByBlock(files[0], files[2]);
            Map<String, String> labels = ReplayedLogs.labels(files[1]);
            Set<String> seen = new TreeSet<>();
            for (Map.Entry<String, List<Integer>> e : truth.entrySet()) {
                if (labels.get(e.getKey()).equals("Anomaly")) {
                    int[] events = e.getValue().stream().mapToInt(Integer::intValue).toArray();
                    assertEquals(half, AnomalyHalves.of(events), AnomalyHalves.canonical(events));
                    seen.add(AnomalyHalves.canonical(events));
                }
            }
            assertEquals(RealSequences.anomalous(POOL, half).size(), seen.size(), half + ": " + seen);
        }
    }

    @Test
    void progressCountsAllLinesAndAPoolWithoutTheNeededKindIsRefused() throws IOException {
        List<Progress> seen = new ArrayList<>();
        Run.of(POOL, new ReplayConfig(50, 0.1, null, 1));
        GenerationSummary s = new ReplayGenerator(new ReplayConfig(50, 0.1, null, 1)).generate(POOL,
                new ByteArrayOutputStream(), new StringWriter(), null, seen::add, Cancellation.NEVER);
        Progress last = seen.get(seen.size() - 1);
        assertEquals(s.lines(), last.done());
        assertEquals(s.lines(), last.total());

        List<RealSequence> normalOnly = RealSequences.normal(POOL);
        ReplayGenerator wantsAnomalies = new ReplayGenerator(new ReplayConfig(50, 0.1, null, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> wantsAnomalies.generate(
                normalOnly, new ByteArrayOutputStream(), new StringWriter(), null, ProgressListener.NONE,
                Cancellation.NEVER));
        assertTrue(e.getMessage().contains("no anomalous sequences"), e.getMessage());
        new ReplayGenerator(new ReplayConfig(50, 0, null, 1)).checkPool(normalOnly);
        List<RealSequence> anomalousOnly = RealSequences.anomalous(POOL, null);
        e = assertThrows(IllegalArgumentException.class,
                () -> new ReplayGenerator(new ReplayConfig(50, 0.1, null, 1)).checkPool(anomalousOnly));
        assertTrue(e.getMessage().contains("no normal sequences"), e.getMessage());
        new ReplayGenerator(new ReplayConfig(50, 1, null, 1)).checkPool(anomalousOnly);
        assertThrows(IllegalArgumentException.class, () -> new ReplayConfig(0, 0.1, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReplayConfig(10, 1.5, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new ReplayConfig(10, Double.NaN, null, 1));
    }
}
