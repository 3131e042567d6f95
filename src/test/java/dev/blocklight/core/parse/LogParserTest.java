// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.ingest.RawLines;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.testing.FileKinds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end parsing of small logs, including every awkward input the ingest must survive. */
class LogParserTest {
    static final String L1 = "081109 203615 148 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_1 terminating";
    static final String L2 = "081109 203616 35 INFO dfs.FSNamesystem: BLOCK* NameSystem.addStoredBlock: blockMap updated: "
            + "10.251.73.220:50010 is added to blk_-2 size 67108864";
    static final String L3 = "081109 203617 148 INFO dfs.DataNode$PacketResponder: PacketResponder 2 for block blk_-2 terminating";

    @TempDir
    Path dir;

    static ParseResult parse(Path file, int threads, int chunk) throws IOException {
        return new LogParser(ParserConfig.hdfs().withThreads(threads).withChunkBytes(chunk)).parse(LogSource.of(file),
                TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()), ProgressListener.NONE,
                Cancellation.NEVER);
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void groupsEventsByBlockInLogOrderWithOffsets() throws IOException {
        Path f = write("a.log", L1 + "\n" + L2 + "\n" + L3 + "\n");
        ParseResult r = parse(f, 2, 1024);
        SessionStore s = r.sessions();
        assertEquals(3, r.stats().lines());
        assertEquals(2, s.blockCount());
        int b2 = s.indexOf("blk_-2");
        assertEquals(2, s.length(b2));
        assertEquals(r.events().get(s.event(s.indexOf("blk_1"), 0)).id(), r.events().get(s.event(b2, 1)).id());
        assertEquals("PacketResponder <NUM> for block <BLK> terminating", r.events().get(s.event(b2, 1)).template());
        assertEquals(L3, RawLines.read(LogSource.of(f), new long[] {s.offset(b2, 1)}).get(0));
        assertEquals(s.firstSeen(b2) + 1, s.lastSeen(b2));
        assertEquals(2, r.stats().events());
    }

    @Test
    void crlfMissingTrailingNewlineAndBlankLinesWork() throws IOException {
        ParseResult lf = parse(write("lf.log", L1 + "\n" + L2 + "\n" + L3 + "\n"), 1, 1024);
        ParseResult crlf = parse(write("crlf.log", L1 + "\r\n\r\n" + L2 + "\r\n" + L3), 1, 1024);
        assertEquals(lf.events().all().stream().map(EventType::template).toList(),
                crlf.events().all().stream().map(EventType::template).toList());
        assertEquals(4, crlf.stats().lines());
        assertEquals(1, crlf.stats().blankLines());
        assertEquals(0, crlf.stats().unparsedLines());
    }

    @Test
    void emptyFileGivesAnEmptyResult() throws IOException {
        ParseResult r = parse(write("empty.log", ""), 2, 1024);
        assertEquals(0, r.stats().lines());
        assertEquals(0, r.sessions().blockCount());
        assertEquals(0, r.stats().events());
    }

    @Test
    void unparsedLinesAreCountedAndKeptNotDropped() throws IOException {
        ParseResult r = parse(write("mixed.log", L1 + "\nnot a log line\n" + L2 + "\n"), 1, 1024);
        assertEquals(1, r.stats().unparsedLines());
        assertEquals(2, r.stats().unparsedSamples().get(0).lineNumber());
        assertEquals("not a log line", RawLines.read(LogSource.of(dir.resolve("mixed.log")),
                new long[] {r.stats().unparsedSamples().get(0).offset()}).get(0));
    }

    @Test
    void malformedUtf8IsReplacedNotFatal() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((L1 + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes("081109 203615 148 INFO comp: bad \u00ff".getBytes(StandardCharsets.ISO_8859_1));
        b.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, ' ', 'b', 'l', 'k', '_', '5', '\n'});
        ParseResult r = parse(write("bad-utf8.log", b.toByteArray()), 1, 1024);
        assertEquals(2, r.stats().lines());
        assertEquals(2, r.sessions().blockCount());
        assertTrue(r.events().all().stream().anyMatch(e -> e.template().contains("\uFFFD")));
    }

    @Test
    void aTenMegabyteLineWorks() throws IOException {
        String huge = "081109 203615 148 INFO comp: " + "word ".repeat(2_000_000) + "blk_9";
        ParseResult r = parse(write("huge.log", L1 + "\n" + huge + "\n" + L3 + "\n"), 2, 1 << 16);
        assertEquals(3, r.stats().lines());
        assertEquals(3, r.sessions().blockCount());
    }

    @Test
    void gzipGivesTheSameResultAsPlain() throws IOException {
        String text = (L1 + "\n" + L2 + "\n" + L3 + "\n").repeat(50);
        Path plain = write("p.log", text);
        Path gz = dir.resolve("p.log.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        ParseResult a = parse(plain, 2, 1024);
        ParseResult b = parse(gz, 2, 1024);
        assertEquals(a.stats().lines(), b.stats().lines());
        assertEquals(a.sessions().blockCount(), b.sessions().blockCount());
        for (int blk = 0; blk < a.sessions().blockCount(); blk++) {
            assertArrayEquals(a.sessions().events(blk), b.sessions().events(blk));
        }
        assertEquals(L2, RawLines.read(LogSource.of(gz), new long[] {a.sessions().offset(1, 0)}).get(0));
    }

    @Test
    void threadsAndChunkSizesNeverChangeTheResult() throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            s.append("081109 2036").append(10 + i % 50).append(" 1 INFO c: ")
                    .append(i % 3 == 0 ? "Receiving block blk_" + (i % 97) + " src: /10.0.0." + (i % 9) + ":5 dest: /10.0.0.1:50010"
                            : i % 3 == 1 ? "op" + (i % 5) + " done for blk_" + (i % 97) : "Verification succeeded for blk_" + (i % 89))
                    .append('\n');
        }
        Path f = write("many.log", s.toString());
        ParseResult one = parse(f, 1, 1 << 20);
        ParseResult many = parse(f, 3, 1024);
        assertEquals(one.events().all(), many.events().all());
        assertEquals(one.sessions().blockCount(), many.sessions().blockCount());
        for (int b = 0; b < one.sessions().blockCount(); b++) {
            assertEquals(one.sessions().blockName(b), many.sessions().blockName(b));
            assertArrayEquals(one.sessions().events(b), many.sessions().events(b));
        }
    }

    @Test
    void aFileWithoutBlocksStillMinesTemplates() throws IOException {
        ParseResult r = parse(write("noblk.log", "081109 203615 1 INFO c: hello 1\n081109 203615 1 INFO c: hello 2\n"), 1, 1024);
        assertEquals(0, r.sessions().blockCount());
        assertEquals(1, r.stats().events());
        assertEquals(2, r.stats().linesWithoutBlock());
    }

    @Test
    void badInputFailsWithOneClearSentence() throws IOException {
        assertTrue(assertThrows(IOException.class, () -> parse(write("bin.log", new byte[] {1, 2, 0, 4, '\n'}), 1, 1024))
                .getMessage().contains("binary"));
        assertTrue(assertThrows(IOException.class, () -> parse(dir, 1, 1024)).getMessage().contains("folder"));
        assertThrows(java.nio.file.NoSuchFileException.class, () -> parse(dir.resolve("missing.log"), 1, 1024));
        Path notGz = write("fake.gz", new byte[] {0x1f, (byte) 0x8b, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
        assertTrue(assertThrows(IOException.class, () -> parse(notGz, 1, 1024)).getMessage().contains("gzip"));
        String wrong = assertThrows(IOException.class, () -> parse(write("other.log", "hello\nworld\n"), 1, 1024))
                .getMessage();
        assertTrue(wrong.contains("none of the 2 lines matches the log format"), wrong);
    }

    @Test
    void aTruncatedGzipSaysSo() throws IOException {
        byte[] all = FileKinds.gzip((L1 + "\n").repeat(5000));
        Path f = write("cut.log.gz", java.util.Arrays.copyOf(all, all.length / 2));
        assertTrue(assertThrows(IOException.class, () -> parse(f, 1, 1024)).getMessage().contains("truncated"));
    }

    @Test
    void cancellationStopsTheParse() throws IOException {
        Path f = write("c.log", (L1 + "\n").repeat(10_000));
        assertThrows(CancellationException.class, () -> new LogParser(ParserConfig.hdfs().withChunkBytes(1024))
                .parse(LogSource.of(f), TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()),
                        ProgressListener.NONE, () -> true));
    }

    @Test
    void progressCountsTheTemplatesMinedSoFar() throws IOException {
        Path f = write("p.log", L1 + "\n" + L2 + "\n" + L3 + "\n");
        java.util.List<dev.blocklight.core.ingest.Progress> seen = new java.util.ArrayList<>();
        ParseResult r = new LogParser(ParserConfig.hdfs().withThreads(1).withChunkBytes(1024)).parse(LogSource.of(f),
                TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()), seen::add,
                Cancellation.NEVER);
        dev.blocklight.core.ingest.Progress last = seen.get(seen.size() - 1);
        assertEquals(r.stats().events(), last.templates());
        assertEquals(2, last.templates(), "PacketResponder and addStoredBlock");
        assertEquals(-1, new dev.blocklight.core.ingest.Progress(1, 2, 3, 4).templates(), "jobs that mine nothing");
    }
}
