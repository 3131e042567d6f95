// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.detect.Diagnosis;
import dev.blocklight.core.detect.Diagnostician;
import dev.blocklight.core.detect.EventContributionIndex;
import dev.blocklight.core.detect.ScoreIndex;
import dev.blocklight.core.detect.SessionScores;
import dev.blocklight.core.detect.Threshold;
import dev.blocklight.core.detect.ThresholdSpecs;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogParser;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.session.LabelReader;
import dev.blocklight.core.session.Labels;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.testing.SharedData;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real HDFS_2k sample through sessions, a stand-in score (how rare the block's rarest event
 * is), the diagnosis and the flagged export, read in place from the shared data.
 */
class FlaggedCsvRealDataTest {
    @TempDir
    Path dir;

    @Test
    void hdfs2kEndToEnd() throws IOException {
        Path log = SharedData.require("HDFS_2k.log");
        Labels labels = LabelReader.read(SharedData.require("HDFS_2k_anomaly_label.csv"));
        ParseResult r = new LogParser(ParserConfig.hdfs().withThreads(1)).parse(LogSource.of(log),
            TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()), ProgressListener.NONE,
            Cancellation.NEVER);
        SessionStore s = r.sessions();
        float[] scores = new float[s.blockCount()];
        for (int b = 0; b < scores.length; b++) {
            for (int e : s.events(b)) {
                scores[b] = Math.max(scores[b], 1f / r.events().get(e).occurrences());
            }
        }
        SessionScores blocks = new SessionScores(s, scores, b -> {
            float[] err = new float[s.length(b)];
            for (int k = 0; k < err.length; k++) {
                err[k] = 1f / r.events().get(s.event(b, k)).occurrences();
            }
            return err;
        });
        byte[] lab = labels.of(s);
        ScoreIndex index = ScoreIndex.of(null, scores, lab);
        Diagnosis d = new Diagnostician(index, EventContributionIndex.build(blocks))
            .diagnose(ThresholdSpecs.parse("rate:0.05"));
        assertTrue(d.flagged() > 0 && !d.topEvents().isEmpty(), d.toString());
        assertTrue(d.findings().stream().anyMatch(f -> f.startsWith("against the labels: precision")), d.findings()
            .toString());

        Path out = dir.resolve("flagged.csv");
        Threshold t = d.threshold();
        int rows = FlaggedCsv.write(out, FlaggedExport.of(blocks, r.events(), t, lab));
        assertEquals(d.flagged(), rows);
        List<CSVRecord> csv;
        try (Reader in = Files.newBufferedReader(out)) {
            csv = CSVFormat.DEFAULT.builder().setHeader().build().parse(in).getRecords();
        }
        assertEquals(rows, csv.size());
        for (CSVRecord row : csv) {
            int b = s.indexOf(row.get("BlockId"));
            assertTrue(b >= 0, row.get("BlockId"));
            assertEquals(scores[b], Float.parseFloat(row.get("Score")));
            assertEquals(s.length(b), Integer.parseInt(row.get("EventCount")));
            assertEquals(s.length(b), row.get("EventSequence").split(" ").length);
            // HDFS_2k spans 2008-11-09 to 2008-11-11 (dates 081109..081111 in the log), shown as written
            assertTrue(row.get("FirstSeen").matches("2008-11-(09|10|11) \\d\\d:\\d\\d:\\d\\d"), row.get("FirstSeen"));
            assertTrue(row.get("LastSeen").compareTo(row.get("FirstSeen")) >= 0, row.toString());
            String expected = lab[b] == 1 ? "Anomaly" : lab[b] == 0 ? "Normal" : "";
            assertEquals(expected, row.get("Label"));
        }
    }
}
