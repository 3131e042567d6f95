// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.export.StructuredCsv;
import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.testing.FuzzInputs;
import dev.blocklight.testing.FuzzLog;
import dev.blocklight.testing.FuzzScale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Fuzzes the whole parse of hostile log files (mutated real-shaped lines, broken UTF-8, control
 * characters, long tokens, CR/LF mixtures, blank lines). Either the parse refuses the file with a
 * clear, justified sentence, or every line is accounted for exactly once: blank, unparsed, or parsed
 * with one event whose template fits it, in the sessions of exactly the blocks it names and in
 * {@code structured.csv}.
 */
@AddLifecycleHook(FuzzScale.class)
class LogParserFuzzTest {
    static final LogFormat HDFS = FuzzParse.HDFS;
    private static Path dir;

    @BeforeContainer
    static void makeDir() throws IOException {
        dir = FuzzParse.newDir();
    }

    @AfterContainer
    static void removeDir() throws IOException {
        FuzzParse.deleteDir(dir);
    }

    @Provide
    Arbitrary<FuzzLog> logs() {
        return FuzzInputs.log(200, 3000, false);
    }

    @Property(tries = 300)
    void everyLineIsAccountedForExactlyOnce(@ForAll("logs") FuzzLog log) throws IOException {
        byte[] bytes = log.bytes();
        Path file = log.writeTo(dir);
        try {
            ReferenceLines ref = ReferenceLines.of(bytes, HDFS);
            ParseResult r;
            try {
                r = FuzzParse.parse(file, 2, 4 << 20, FuzzParse.learning());
            } catch (IOException e) {
                assertJustifiedRefusal(e, bytes, ref);
                Statistics.label("outcome").collect(e.getMessage().contains("binary") ? "refused: binary" : "refused: no match");
                return;
            }
            Statistics.label("outcome").collect(ref.unparsed > 0 ? "parsed, some lines unparsed" : "parsed, all lines");
            assertTrue(!hasNulInWindow(bytes), "a NUL byte in the first 64 KiB must be refused");
            ParseStats s = r.stats();
            assertEquals(bytes.length, s.bytes());
            assertEquals(ref.lines, s.lines());
            assertEquals(ref.blank, s.blankLines());
            assertEquals(ref.unparsed, s.unparsedLines());
            assertEquals(ref.withoutBlock, s.linesWithoutBlock());
            assertEquals(0, s.unknownLines());
            assertEquals(ref.parsed.size(), r.events().all().stream().mapToLong(EventType::occurrences).sum(),
                    "occurrences add up to the parsed lines");
            assertEquals(0, r.events().get(0).occurrences(), "learning mode never needs the unknown event");

            Map<Long, Integer> events = FuzzParse.lineEvents(file, r.miner());
            assertEquals(ref.parsed.stream().map(ReferenceLines.Line::number).toList(), List.copyOf(events.keySet()),
                    "LineEvents visits exactly the parsed lines, in order");
            Masker masker = Masker.create(MaskingConfig.hdfsDefaults());
            MaskOutput m = new MaskOutput();
            Map<Long, Integer> eventByOffset = new LinkedHashMap<>();
            for (ReferenceLines.Line line : ref.parsed) {
                int e = events.get(line.number());
                assertTrue(e >= 1 && e < r.events().size(), "event index " + e);
                masker.mask(line.content(), 0, line.content().length, m);
                String[] tokens = TemplateFit.tokens(m.text());
                String[] template = TemplateFit.tokens(r.events().get(e).template());
                assertTrue(TemplateFit.fits(template, tokens), () -> "template " + List.of(template)
                        + " does not fit line " + line.number() + " " + List.of(tokens));
                eventByOffset.put(line.offset(), e);
            }
            assertSessions(r.sessions(), ref, eventByOffset);
            assertStructuredCsv(file, r, List.copyOf(events.keySet()));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Every block's steps are the lines that name it, in order, each with that line's event. */
    private static void assertSessions(SessionStore s, ReferenceLines ref, Map<Long, Integer> eventByOffset) {
        assertEquals(ref.blocks.size(), s.blockCount(), "blocks " + ref.blocks.keySet());
        for (Map.Entry<String, List<Long>> b : ref.blocks.entrySet()) {
            int i = s.indexOf(b.getKey());
            assertTrue(i >= 0, "block " + b.getKey() + " is missing");
            assertEquals(b.getKey(), s.blockName(i));
            List<Long> offsets = new ArrayList<>();
            List<Integer> expected = new ArrayList<>();
            List<Integer> actual = new ArrayList<>();
            for (int k = 0; k < s.length(i); k++) {
                offsets.add(s.offset(i, k));
                actual.add(s.event(i, k));
            }
            for (long o : b.getValue()) {
                expected.add(eventByOffset.get(o));
            }
            assertEquals(b.getValue(), offsets, "line offsets of " + b.getKey());
            assertEquals(expected, actual, "events of " + b.getKey());
        }
    }

    private void assertStructuredCsv(Path log, ParseResult r, List<Long> lineIds) throws IOException {
        Path csv = Files.createTempFile(dir, "structured", ".csv");
        try {
            StructuredCsv.write(LogSource.of(log), HDFS, r.miner(), csv, Cancellation.NEVER);
            List<Long> ids = new ArrayList<>();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                    CSVParser p = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                for (CSVRecord rec : p) {
                    assertTrue(rec.isConsistent(), "row " + rec.getRecordNumber() + " has " + rec.size() + " cells");
                    ids.add(Long.parseLong(rec.get("LineId")));
                    assertTrue(r.events().indexOf(rec.get("EventId")) >= 1, "event id " + rec.get("EventId"));
                }
            }
            assertEquals(lineIds, ids, "structured.csv has one row per parsed line");
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    static boolean hasNulInWindow(byte[] b) {
        for (int i = 0; i < Math.min(b.length, 64 * 1024); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** A refusal must be one clear sentence, and deserved: binary-looking bytes up front, or no line parsed. */
    static void assertJustifiedRefusal(IOException e, byte[] bytes, ReferenceLines ref) {
        String msg = e.getMessage();
        assertTrue(msg != null && !msg.contains("\n") && !msg.contains("Exception"), "one clear sentence: " + msg);
        if (msg.contains("looks binary")) {
            int control = 0;
            int n = Math.min(bytes.length, 64 * 1024);
            for (int i = 0; i < n; i++) {
                int c = bytes[i] & 0xFF;
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    control++;
                }
            }
            assertTrue(hasNulInWindow(bytes) || control * 20 > n, "refused as binary with " + control + " control bytes of "
                    + n + " and no NUL: " + msg);
        } else {
            assertTrue(msg.contains("matches the log format") && ref.parsed.isEmpty(),
                    "refused although " + ref.parsed.size() + " lines parse: " + msg);
        }
    }
}
