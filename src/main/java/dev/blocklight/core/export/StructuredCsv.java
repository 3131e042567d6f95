// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.parse.LineEvents;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.TemplateMiner;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes Loghub's line-by-line {@code structured.csv}: {@code LineId}, the layout's fields,
 * {@code EventId} and {@code EventTemplate}. Lines that do not match the layout are left out, as
 * Loghub does; the parse statistics count them.
 */
public final class StructuredCsv {
    private StructuredCsv() {
    }

    public static void write(LogSource source, LogFormat format, TemplateMiner miner, Path file, Cancellation cancel)
            throws IOException {
        EventTable events = miner.finish();
        try (AtomicOutput out = AtomicOutput.open(file)) {
            Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, LoghubCsv.FORMAT);
            List<Object> header = new ArrayList<>();
            header.add("LineId");
            header.addAll(format.fields());
            header.add("EventId");
            header.add("EventTemplate");
            csv.printRecord(header);
            List<Object> row = new ArrayList<>(header.size());
            LineEvents.visit(source, format, miner, (lineId, fields, event) -> {
                row.clear();
                row.add(lineId);
                row.addAll(List.of(fields));
                EventType e = events.get(event);
                row.add(e.id());
                row.add(e.template());
                csv.printRecord(row);
            }, cancel);
            csv.flush();
            out.commit();
        }
    }
}
