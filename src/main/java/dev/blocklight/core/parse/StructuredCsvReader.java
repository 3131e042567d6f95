// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.session.SessionBuilder;
import dev.blocklight.core.session.SessionStore;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a Loghub {@code *_structured.csv} (already parsed elsewhere) as an alternative input: the
 * events come from its {@code EventId}/{@code EventTemplate} columns and the blocks from its
 * {@code Content}. Line offsets are unknown ({@code -1}); there is no raw log to re-read.
 */
public final class StructuredCsvReader {
    private StructuredCsvReader() {
    }

    /** True when the file name marks a Loghub structured CSV. */
    public static boolean isStructuredCsv(Path file) {
        return file.getFileName().toString().endsWith("_structured.csv")
                || file.getFileName().toString().endsWith("_structured_corrected.csv");
    }

    public static ParseResult read(Path file, MaskingConfig masking, Cancellation cancel) throws IOException {
        long t0 = System.nanoTime();
        Masker masker = Masker.create(new MaskingConfig(List.of(), masking.blockPattern()));
        MaskOutput out = new MaskOutput();
        Map<String, Integer> eventIndex = new HashMap<>();
        List<String[]> eventText = new ArrayList<>();
        List<long[]> eventStats = new ArrayList<>(); // occurrences
        SessionBuilder sessions = new SessionBuilder();
        Timestamps ts = new Timestamps();
        long lines = 0;
        long withoutBlock = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            Map<String, Integer> header = csv.getHeaderMap();
            if (!header.containsKey("Content") || !header.containsKey("EventId")) {
                throw new IOException(file + " is not a Loghub structured CSV: it needs Content and EventId columns");
            }
            boolean hasTemplate = header.containsKey("EventTemplate");
            boolean hasTime = header.containsKey("Date") && header.containsKey("Time");
            for (CSVRecord rec : csv) {
                if ((++lines & 0xFFF) == 0) {
                    cancel.check();
                }
                if (!rec.isConsistent()) {
                    throw new IOException(file + " line " + rec.getRecordNumber() + " has " + rec.size()
                            + " fields, the header has " + header.size());
                }
                String id = rec.get("EventId");
                Integer ev = eventIndex.get(id);
                if (ev == null) {
                    ev = eventText.size() + 1;
                    eventIndex.put(id, ev);
                    eventText.add(new String[] {id, hasTemplate ? rec.get("EventTemplate") : id});
                    eventStats.add(new long[1]);
                }
                eventStats.get(ev - 1)[0]++;
                byte[] content = rec.get("Content").getBytes(StandardCharsets.UTF_8);
                masker.mask(content, 0, content.length, out);
                long time = hasTime ? time(ts, rec.get("Date"), rec.get("Time")) : SessionStore.NO_TIME;
                if (out.blockCount() + out.blockNames().size() == 0) {
                    withoutBlock++;
                }
                for (int i = 0; i < out.blockCount(); i++) {
                    sessions.add(sessions.block(out.blockId(i)), ev, -1, time);
                }
                for (String name : out.blockNames()) {
                    sessions.add(sessions.block(name), ev, -1, time);
                }
            }
        } catch (UncheckedIOException e) {
            throw new IOException(file + " is not a readable CSV file: " + e.getCause().getMessage(), e);
        }
        List<EventType> events = new ArrayList<>();
        events.add(new EventType(0, EventType.UNKNOWN_ID, EventType.UNKNOWN_TEMPLATE, 0, -1));
        for (int i = 0; i < eventText.size(); i++) {
            events.add(new EventType(i + 1, eventText.get(i)[0], eventText.get(i)[1], eventStats.get(i)[0], -1));
        }
        EventTable table = new EventTable(events);
        int[] identity = new int[events.size()];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        SessionStore store = sessions.build(identity);
        ParseStats stats = new ParseStats(lines, Files.size(file), 0, 0, List.of(), withoutBlock, store.blockCount(),
                events.size() - 1, 0, events.size() - 1, System.nanoTime() - t0);
        return new ParseResult(table, store, stats, null);
    }

    private static long time(Timestamps ts, String date, String time) {
        // Loghub-2.0's corrected files dropped the leading zero of yyMMdd dates.
        String d = date.length() == 5 ? "0" + date : date;
        byte[] b = (d + " " + time).getBytes(StandardCharsets.US_ASCII);
        return ts.parse(b, 0, d.length(), d.length() + 1, b.length);
    }
}
