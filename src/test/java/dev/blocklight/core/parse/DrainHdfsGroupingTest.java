// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Loghub grouping accuracy of Drain on the real HDFS_2k sample, read in place from the shared data folder. */
class DrainHdfsGroupingTest {

    private static final Logger LOG = LoggerFactory.getLogger(DrainHdfsGroupingTest.class);

    private static final Pattern BLOCK = Pattern.compile("blk_-?\\d+");
    private static final Pattern IP = Pattern.compile("/?\\d+\\.\\d+\\.\\d+\\.\\d+(:\\d+)?");
    private static final Pattern NUMBER = Pattern.compile("(?<=^|\\s)-?\\d+(?=\\s|$)");

    /** The simple masking of the brief, done here so the test does not depend on the real masker. */
    static String[] mask(String content) {
        String masked = BLOCK.matcher(content).replaceAll("<BLK>");
        masked = IP.matcher(masked).replaceAll("<IP>");
        masked = NUMBER.matcher(masked).replaceAll("<NUM>");
        String[] raw = masked.trim().isEmpty() ? new String[0] : masked.trim().split("\\s+");
        List<String> out = new ArrayList<>(raw.length);
        for (String token : raw) {
            boolean isMask = token.startsWith("<") && token.endsWith(">");
            if (!(isMask && !out.isEmpty() && out.get(out.size() - 1).equals(token))) {
                out.add(token);
            }
        }
        return out.toArray(String[]::new);
    }

    @Test
    void maskingCollapsesRunsOfTheSameMask() {
        assertEquals(List.of("BLOCK*", "ask", "<IP>", "to", "delete", "<BLK>"),
                List.of(mask("BLOCK* ask 10.251.1.1:50010 to delete  blk_1 blk_-2 blk_3")));
        assertEquals(List.of("<IP>:Got", "exception", "while", "serving", "<BLK>", "to", "<IP>:"),
                List.of(mask("10.251.1.1:50010:Got exception while serving blk_9 to /10.251.2.2:")));
        assertEquals(List.of("PacketResponder", "<NUM>", "for", "block", "<BLK>", "terminating"),
                List.of(mask("PacketResponder 1 for block blk_-12 terminating")));
    }

    @Test
    void groupsHdfs2kLikeLoghub() throws IOException {
        Path dir = Path.of(System.getProperty("blocklight.shared.data", "../shared/data/hdfs"));
        Path csv = dir.resolve("HDFS_2k.log_structured.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv),
                "Skipped: HDFS_2k.log_structured.csv not found in " + dir.toAbsolutePath()
                        + " (set -Dblocklight.shared.data to the folder holding it)");
        List<String[]> lines = new ArrayList<>();
        List<String> events = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
            for (CSVRecord record : format.parse(reader)) {
                lines.add(mask(record.get("Content")));
                events.add(record.get("EventId"));
            }
        }
        assertEquals(2000, lines.size());

        Drain drain = new Drain(DrainConfig.defaults());
        int[] learned = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            learned[i] = drain.learn(lines.get(i));
        }
        int[] merged = drain.mergeVariableRuns();
        int[] predicted = new int[lines.size()];
        int[] truth = new int[lines.size()];
        Map<String, Integer> eventIds = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            predicted[i] = merged[learned[i]];
            truth[i] = eventIds.computeIfAbsent(events.get(i), e -> eventIds.size());
        }
        double accuracy = GroupingAccuracy.of(predicted, truth);
        LOG.info("Drain grouping accuracy on HDFS_2k: {} ({} clusters, {} true events)",
                accuracy, drain.clusterCount(), eventIds.size());
        assertTrue(accuracy >= 0.99, "grouping accuracy " + accuracy);
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(predicted[i], drain.match(lines.get(i)), "match after learning, line " + (i + 1));
        }
    }
}
