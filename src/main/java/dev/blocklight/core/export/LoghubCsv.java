// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import dev.blocklight.core.parse.EventTable;
import dev.blocklight.core.parse.EventType;
import dev.blocklight.core.session.SessionStore;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes parse results in Loghub's CSV layouts: {@code templates.csv} and {@code sessions.csv}.
 * Every file is written atomically.
 */
public final class LoghubCsv {
    /** Loghub's CSV dialect: comma separated, LF line ends, quotes only where needed. */
    public static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build();

    private LoghubCsv() {
    }

    /** {@code EventId,EventTemplate,Occurrences}, one row per mined template. */
    public static void writeTemplates(EventTable events, Path file) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file)) {
            Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, FORMAT);
            csv.printRecord("EventId", "EventTemplate", "Occurrences");
            for (EventType e : events.templates()) {
                csv.printRecord(e.id(), e.template(), e.occurrences());
            }
            csv.flush();
            out.commit();
        }
    }

    /** {@code BlockId,EventSequence}, the sequence as space-separated event ids in log order. */
    public static void writeSessions(SessionStore sessions, EventTable events, Path file) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file)) {
            Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, FORMAT);
            csv.printRecord("BlockId", "EventSequence");
            StringBuilder seq = new StringBuilder();
            for (int b = 0; b < sessions.blockCount(); b++) {
                seq.setLength(0);
                for (int k = 0; k < sessions.length(b); k++) {
                    if (k > 0) {
                        seq.append(' ');
                    }
                    seq.append(events.get(sessions.event(b, k)).id());
                }
                csv.printRecord(sessions.blockName(b), seq);
            }
            csv.flush();
            out.commit();
        }
    }
}
