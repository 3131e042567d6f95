// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.testing.ReplayedLogs;
import dev.blocklight.testing.SharedData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the real HDFS_v1 sequences of the shared folder (skipped without it): 2,000 blocks of the dev
 * file parse back into exactly the real sequences, and the dev file's halves have the sizes other code
 * relies on.
 */
class ReplayRealDataTest {
    private static final String DEV = "HDFS_v1_real_sequences_dev.csv";

    @TempDir
    Path dir;

    @Test
    void twoThousandReplayedBlocksParseBackIntoTheRealSequences() throws IOException {
        List<RealSequence> pool = RealSequences.read(SharedData.require(DEV));
        Path log = dir.resolve("real.log");
        Path labels = LabelReader.besideLog(log);
        Path truth = ReplayGenerator.truthBesideLog(log);
        GenerationSummary s;
        try (OutputStream out = Files.newOutputStream(log);
                Writer l = Files.newBufferedWriter(labels, StandardCharsets.US_ASCII);
                Writer t = Files.newBufferedWriter(truth, StandardCharsets.US_ASCII)) {
            s = new ReplayGenerator(new ReplayConfig(2000, 0.2, null, 2026)).generate(pool, out, l, t,
                    ProgressListener.NONE, Cancellation.NEVER);
        }
        assertEquals(2000, s.blocks());
        assertEquals(400, s.anomalousBlocks());
        Map<String, List<Integer>> byBlock = ReplayedLogs.truthByBlock(log, truth);
        ReplayedLogs.Parsed parsed = ReplayedLogs.parse(log, byBlock);
        assertEquals(byBlock, parsed.sequences(), "parsing and grouping by block gives the replayed sequences");
        Set<String> normal = texts(RealSequences.normal(pool));
        Set<String> anomalous = texts(RealSequences.anomalous(pool, null));
        Map<String, String> label = ReplayedLogs.labels(labels);
        for (Map.Entry<String, List<Integer>> e : parsed.sequences().entrySet()) {
            String text = AnomalyHalves.canonical(e.getValue().stream().mapToInt(Integer::intValue).toArray());
            boolean anomaly = label.get(e.getKey()).equals("Anomaly");
            assertTrue((anomaly ? anomalous : normal).contains(text), e.getKey() + " " + label.get(e.getKey())
                    + " is a real sequence of its label: " + text);
        }
        assertTrue(parsed.eventOfTemplate().size() >= 20, "templates: " + parsed.eventOfTemplate().size());
    }

    @Test
    void theDevFileHasTheExpectedRowsAndHalves() throws IOException {
        List<RealSequence> pool = RealSequences.read(SharedData.require(DEV));
        assertEquals(13_110, pool.size());
        assertEquals(5_855, RealSequences.normal(pool).size());
        assertEquals(7_255, RealSequences.anomalous(pool, null).size());
        assertEquals(2_671, RealSequences.anomalous(pool, AnomalyHalves.Half.TUNE).size());
        assertEquals(4_584, RealSequences.anomalous(pool, AnomalyHalves.Half.HELD_OUT).size());
        assertEquals(951, texts(RealSequences.normal(pool)).size());
        assertEquals(1_033, texts(RealSequences.anomalous(pool, AnomalyHalves.Half.TUNE)).size());
        assertEquals(968, texts(RealSequences.anomalous(pool, AnomalyHalves.Half.HELD_OUT)).size());
    }

    @Test
    void theBlockIdLayoutReadsToo() throws IOException {
        List<RealSequence> pool = RealSequences.read(SharedData.require("HDFS_100k_sequences_part1.csv"));
        assertEquals(3_970, pool.size());
        assertEquals(156, RealSequences.anomalous(pool, null).size());
    }

    private static Set<String> texts(List<RealSequence> sequences) {
        return sequences.stream().map(RealSequence::text).collect(Collectors.toCollection(HashSet::new));
    }
}
