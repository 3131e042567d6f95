// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.RawLines;
import dev.blocklight.testing.FileKinds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input files of every bad kind, in the core: each ends in a clear sentence or a result that counts every line. */
class BadLogFileTest {
    static final String L1 = LogParserTest.L1;
    static final String L2 = LogParserTest.L2;

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    static ParseResult parse(Path f) throws IOException {
        return LogParserTest.parse(f, 2, 1 << 20);
    }

    static void assertOneSentence(String msg) {
        assertTrue(msg != null && !msg.isBlank() && !msg.contains("\n") && !msg.contains("Exception"), msg);
    }

    @Test
    void emptyAndBlankOnlyFilesGiveEmptyResults() throws IOException {
        ParseResult empty = parse(write("empty.log", ""));
        assertEquals(0, empty.stats().lines());
        assertEquals(0, empty.stats().events());
        ParseResult blank = parse(write("blank.log", "\n\r\n\n"));
        assertEquals(3, blank.stats().lines());
        assertEquals(3, blank.stats().blankLines());
        assertEquals(0, blank.stats().events());
        assertEquals(0, blank.sessions().blockCount());
    }

    @Test
    void randomBytesAreRefusedAsBinary() throws IOException {
        byte[] noise = new byte[300_000];
        new Random(11).nextBytes(noise);
        String msg = assertThrows(IOException.class, () -> parse(write("noise.bin", noise))).getMessage();
        assertOneSentence(msg);
        assertTrue(msg.contains("looks binary"), msg);
    }

    @Test
    void controlBytesWithoutNulAreRefusedAsBinary() throws IOException {
        byte[] b = new byte[5000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 1 : 'a');
        }
        String msg = assertThrows(IOException.class, () -> parse(write("ctl.bin", b))).getMessage();
        assertTrue(msg.contains("% control bytes"), msg);
    }

    /** A log whose end was zero-filled by a crash: the text parses, the NUL run is one unparsed line. */
    @Test
    void aZeroFilledTailAfterTheFirst64KibIsOneUnparsedLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int lines = 0;
        while (b.size() < 70 * 1024) {
            b.writeBytes((L1 + "\n").getBytes(StandardCharsets.UTF_8));
            lines++;
        }
        b.writeBytes(new byte[100_000]);
        ParseResult r = parse(write("zeroed.log", b.toByteArray()));
        assertEquals(lines + 1, r.stats().lines());
        assertEquals(1, r.stats().unparsedLines());
        assertEquals(lines + 1, r.stats().unparsedSamples().get(0).lineNumber());
        assertEquals(lines, r.events().get(1).occurrences());
    }

    @Test
    void aFileOfOtherLinesIsRefusedNamingTheFormatAndTheFirstLine() throws IOException {
        // (A syslog line does fit the HDFS layout, which is as loose as Loghub's: Date=Nov, Time=25, ...)
        String access = "127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET /a.gif HTTP/1.0\" 200 2326\n";
        String json = "{\"level\":\"INFO\",\"msg\":\"hello\"}\n";
        String msg = assertThrows(IOException.class, () -> parse(write("access.log", (access + json).repeat(25))))
                .getMessage();
        assertOneSentence(msg);
        assertTrue(msg.startsWith("none of the 50 lines matches the log format '" + LogFormat.HDFS + "'"), msg);
        assertTrue(msg.endsWith("the first line is: " + access.strip()), msg);
        String many = assertThrows(IOException.class, () -> parse(write("big.log", json.repeat(5000)))).getMessage();
        assertTrue(many.startsWith("none of the first 1000 non-blank lines matches"), many);
    }

    /** Stack traces and syslog lines inside an HDFS log are counted, sampled by line number, and kept readable. */
    @Test
    void mixedFormatsAreCountedAndKept() throws IOException {
        List<String> lines = List.of(L1, "java.io.IOException: Connection reset by peer",
                "\tat org.apache.hadoop.dfs.DataNode.run(DataNode.java:42)", L2, "",
                "{\"level\":\"WARN\",\"msg\":\"json line\"}", L1);
        Path f = write("mixed.log", String.join("\n", lines) + "\n");
        ParseResult r = parse(f);
        assertEquals(7, r.stats().lines());
        assertEquals(1, r.stats().blankLines());
        assertEquals(3, r.stats().unparsedLines());
        assertEquals(List.of(2L, 3L, 6L), r.stats().unparsedSamples().stream().map(ParseStats.LineRef::lineNumber).toList());
        assertEquals("\tat org.apache.hadoop.dfs.DataNode.run(DataNode.java:42)",
                RawLines.read(LogSource.of(f), new long[] {r.stats().unparsedSamples().get(1).offset()}).get(0));
        assertEquals(3, r.events().all().stream().mapToLong(EventType::occurrences).sum());
    }

    /** A 10 MB line: first, in the middle, or last without a line break; one token or many. */
    @Test
    void tenMegabyteLinesAnywhereWork() throws IOException {
        String head = "081109 203615 148 INFO comp: ";
        String words = head + "word ".repeat(2_000_000) + "blk_9";
        String token = head + "x".repeat(10_000_000) + " blk_8";
        Path f = write("long.log", words + "\n" + L1 + "\n" + token);
        ParseResult r = parse(f);
        assertEquals(3, r.stats().lines());
        assertEquals(0, r.stats().unparsedLines());
        assertEquals(3, r.sessions().blockCount());
        long[] offsets = {0, words.length() + 1L + L1.length() + 1};
        List<String> raw = RawLines.read(LogSource.of(f), offsets);
        assertEquals(RawLines.MAX_LINE_BYTES + 1, raw.get(1).length(), "long lines are cut for display, with an ellipsis");
        assertTrue(raw.get(1).endsWith("…"));
    }

    @Test
    void brokenUtf8EverywhereIsReplacedNotFatal() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes((L1 + "\n").getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, '0', '8', '\n'}); // broken where the date goes
        b.writeBytes("081109 203615 148 INFO c\u00e9mp: x ".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, ' ', 'b', 'l', 'k', '_', '7', (byte) 0xC0, (byte) 0xAF,
            '\n'});
        ParseResult r = parse(write("utf8.log", b.toByteArray()));
        assertEquals(3, r.stats().lines());
        assertEquals(1, r.stats().unparsedLines());
        assertEquals(2, r.sessions().blockCount());
        assertTrue(r.sessions().indexOf("blk_7") >= 0);
    }

    @Test
    void truncatedGzipFilesSaySoWhereverTheyAreCut() throws IOException {
        byte[] all = FileKinds.gzip((L1 + "\n" + L2 + "\n").repeat(3000));
        for (int cut : new int[] {2, 10, 11, 100, all.length / 2, all.length - 4, all.length - 1}) {
            Path f = write("cut" + cut + ".log.gz", Arrays.copyOf(all, cut));
            String msg = assertThrows(IOException.class, () -> parse(f), "cut at " + cut).getMessage();
            assertOneSentence(msg);
            assertTrue(msg.contains("truncated gzip") || msg.contains("not a readable gzip"), "cut at " + cut + ": " + msg);
        }
    }

    /** {@code cat a.gz b.gz} is a valid gzip file of both texts. */
    @Test
    void concatenatedGzipMembersAreReadInFull() throws IOException {
        ByteArrayOutputStream both = new ByteArrayOutputStream();
        both.writeBytes(FileKinds.gzip(L1 + "\n"));
        both.writeBytes(FileKinds.gzip(L2 + "\n"));
        ParseResult r = parse(write("two.log.gz", both.toByteArray()));
        assertEquals(2, r.stats().lines());
        assertEquals(2, r.stats().events());
    }

    @Test
    void aDirectoryIsRefused() {
        String msg = assertThrows(IOException.class, () -> parse(dir)).getMessage();
        assertTrue(msg.endsWith("is a folder, not a log file"), msg);
    }

    @Test
    void aFifoIsRefusedWithoutBlocking() throws Exception {
        Path fifo = FileKinds.fifo(dir.resolve("pipe.log"));
        String msg = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> assertThrows(IOException.class, () -> parse(fifo)).getMessage());
        assertTrue(msg.contains("not a regular file"), msg);
    }
}
