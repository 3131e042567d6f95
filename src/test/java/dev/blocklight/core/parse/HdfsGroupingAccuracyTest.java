// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.testing.SharedData;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Loghub grouping accuracy on the real 2k sample against its ground-truth templates. */
class HdfsGroupingAccuracyTest {

    /** Predicted event index of every line (1-based line ids map to index - 1). */
    static int[] predictedEvents(Path log, int lines) throws IOException {
        ParseResult r = LogParserTest.parse(log, 2, 1 << 16);
        int[] predicted = new int[lines];
        LineEvents.visit(LogSource.of(log), LogFormat.compile(LogFormat.HDFS), r.miner(),
                (lineId, fields, event) -> predicted[(int) lineId - 1] = event, Cancellation.NEVER);
        return predicted;
    }

    static int[] truthColumn(Path csv, String column) throws IOException {
        Map<String, Integer> ids = new HashMap<>();
        try (Reader r = Files.newBufferedReader(csv)) {
            var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r).getRecords();
            int[] out = new int[records.size()];
            for (CSVRecord rec : records) {
                out[(int) rec.getRecordNumber() - 1] = ids.computeIfAbsent(rec.get(column), k -> ids.size() + 1);
            }
            return out;
        }
    }

    @Test
    void loghub2kSampleReachesAtLeast0998() throws IOException {
        Path log = SharedData.require("HDFS_2k.log");
        int[] truth = truthColumn(SharedData.require("HDFS_2k.log_structured.csv"), "EventId");
        double ga = GroupingAccuracy.of(predictedEvents(log, truth.length), truth);
        assertTrue(ga >= 0.998, "grouping accuracy on HDFS_2k was " + ga);
    }

    @Test
    void loghub2kCorrectedTruthAlsoHolds() throws IOException {
        Path log = SharedData.require("HDFS_2k.log");
        int[] truth = truthColumn(SharedData.require("HDFS_2k.log_structured_corrected.csv"), "EventId");
        double ga = GroupingAccuracy.of(predictedEvents(log, truth.length), truth);
        assertTrue(ga >= 0.998, "grouping accuracy on HDFS_2k (corrected truth) was " + ga);
    }
}
