// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log that is truncated or grows while it is parsed (log rotation, a writer still at work). The
 * progress listener runs on the reading thread after the first chunk, so it changes the file at a
 * known point. The parse must end, with a clear sentence or with the result of the file as it was
 * read to its end; never a hang, a stack trace or sessions that point past the end of the file.
 */
class FileChangesDuringParseTest {
    private static final int CHUNK = 4096;
    private static final String LINES = (LogParserTest.L1 + "\n" + LogParserTest.L2 + "\n" + LogParserTest.L3 + "\n")
            .repeat(2000);

    @TempDir
    Path dir;

    /** Parses with a listener that runs {@code change} once, on the first progress report. */
    private static ParseResult parseChanging(Path f, FileChange change) throws IOException {
        AtomicBoolean done = new AtomicBoolean();
        ProgressListener once = p -> {
            if (done.compareAndSet(false, true)) {
                try {
                    change.apply();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        ParseResult[] out = new ParseResult[1];
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            out[0] = new LogParser(ParserConfig.hdfs().withThreads(2).withChunkBytes(CHUNK)).parse(LogSource.of(f),
                    FuzzParse.learning(), once, Cancellation.NEVER);
        });
        assertTrue(done.get(), "the change ran");
        return out[0];
    }

    @FunctionalInterface
    private interface FileChange {
        void apply() throws IOException;
    }

    private static void truncate(Path f, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
            ch.truncate(size);
        }
    }

    @Test
    void linesAppendedWhileParsingAreReadToo() throws IOException {
        Path f = dir.resolve("growing.log");
        Files.writeString(f, LINES);
        String more = "081109 203620 9 INFO dfs.DataNode: appended line for blk_77\n".repeat(500);
        ParseResult r = parseChanging(f, () -> Files.writeString(f, more, StandardOpenOption.APPEND));
        ParseResult again = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning());
        assertEquals(again.stats().lines(), r.stats().lines());
        assertEquals(6500, r.stats().lines());
        assertEquals(again.events().all(), r.events().all());
        assertTrue(r.sessions().indexOf("blk_77") >= 0);
    }

    @Test
    void truncatedAheadOfTheReaderGivesTheResultOfTheShorterFile() throws IOException {
        Path f = dir.resolve("cut-ahead.log");
        Files.writeString(f, LINES);
        long keep = LINES.length() * 2L / 3 + 17; // in the middle of a line
        ParseResult r = parseChanging(f, () -> truncate(f, keep));
        assertEquals(keep, r.stats().bytes());
        ParseResult again = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning());
        assertEquals(again.stats().lines(), r.stats().lines());
        assertEquals(again.stats().unparsedLines(), r.stats().unparsedLines());
        assertEquals(again.events().all(), r.events().all());
    }

    @Test
    void truncatedBehindTheReaderFailsWithASentence() throws IOException {
        Path f = dir.resolve("rotated.log");
        Files.writeString(f, LINES);
        IOException e = assertThrows(IOException.class, () -> parseChanging(f, () -> truncate(f, 0)));
        String msg = e.getMessage();
        assertTrue(msg.contains("rotated.log") && msg.contains("changed while it was read"), msg);
        BadLogFileTest.assertOneSentence(msg);
    }

    @Test
    void aGzipFileTruncatedWhileReadFailsWithASentence() throws IOException {
        Path f = dir.resolve("rotated.log.gz");
        byte[] noise = new byte[600_000];
        new java.util.Random(3).nextBytes(noise); // incompressible, so the file is large
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < noise.length; i += 6) {
            text.append(LogParserTest.L1, 0, 60).append(java.util.HexFormat.of().formatHex(noise, i, i + 6)).append(" blk_1\n");
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream o = new GZIPOutputStream(b)) {
            o.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
        Files.write(f, b.toByteArray());
        IOException e = assertThrows(IOException.class, () -> parseChanging(f, () -> truncate(f, 1000)));
        BadLogFileTest.assertOneSentence(e.getMessage());
        assertTrue(e.getMessage().contains("rotated.log.gz"), e.getMessage());
    }
}
