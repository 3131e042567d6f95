// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.model;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled HDFS_v1 block sequences of the shared data ({@code BlockId,Label,NumEvents,EventSequence}
 * with ids E1-E29) and the matching template table, read in place.
 *
 * @param events E0 plus E1-E29 with Loghub's template texts, indexed like the sequences
 * @param sequences each block's event indices
 * @param anomalous each block's label
 */
record HdfsSequences(EventTable events, int[][] sequences, boolean[] anomalous) {

    static HdfsSequences read(Path sequencesCsv, Path templatesCsv) throws IOException {
        List<EventType> types = new ArrayList<>();
        types.add(new EventType(0, EventType.UNKNOWN_ID, EventType.UNKNOWN_TEMPLATE, 0, -1));
        for (CSVRecord r : records(templatesCsv)) {
            int index = Integer.parseInt(r.get("EventId").substring(1));
            if (index != types.size()) {
                throw new IOException("templates are not numbered E1, E2, ... in order");
            }
            types.add(new EventType(index, r.get("EventId"), r.get("EventTemplate"), 1, -1));
        }
        List<int[]> seqs = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (CSVRecord r : records(sequencesCsv)) {
            String[] ids = r.get("EventSequence").trim().split(" ");
            int[] seq = new int[ids.length];
            for (int k = 0; k < ids.length; k++) {
                seq[k] = Integer.parseInt(ids[k].substring(1));
            }
            seqs.add(seq);
            labels.add(r.get("Label").equals("Anomaly"));
        }
        boolean[] anomalous = new boolean[labels.size()];
        for (int i = 0; i < anomalous.length; i++) {
            anomalous[i] = labels.get(i);
        }
        return new HdfsSequences(new EventTable(types), seqs.toArray(new int[0][]), anomalous);
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return format.parse(r).getRecords();
        }
    }
}
