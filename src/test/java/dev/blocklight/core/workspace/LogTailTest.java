// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.LogTail;
import dev.blocklight.core.parse.ParseResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follow mode: a log parsed in appended pieces gives exactly the analysis of one parse of the final file. */
class LogTailTest {
    @TempDir
    static Path shared;
    static byte[] full;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        full = Files.readAllBytes(Analyses.generate(shared.resolve("g.log"), 30_000, 5));
    }

    private LogTail tail(Path log) {
        return new LogTail(log, Analyses.config(), Analyses::miner);
    }

    private static void append(Path log, byte[] b, int from, int to) throws IOException {
        Files.write(log, Arrays.copyOfRange(b, from, to), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static int lineStartAfter(byte[] b, int at) {
        while (b[at - 1] != '\n') {
            at++;
        }
        return at;
    }

    @Test
    void aLogAppendedInPiecesEqualsAFullParseOfTheFinalFile() throws IOException {
        Path log = dir.resolve("grow.log");
        LogTail tail = tail(log);
        int[] cuts = {full.length / 7 + 13, full.length / 3, lineStartAfter(full, full.length / 2), full.length * 4 / 5 + 1, full.length};
        int done = 0;
        ParseResult last = null;
        for (int cut : cuts) {
            append(log, full, done, cut);
            done = cut;
            last = tail.poll(ProgressListener.NONE, Cancellation.NEVER);
            assertNotNull(last);
            // every intermediate result is the parse of the complete lines so far
            int complete = cut;
            while (complete > 0 && full[complete - 1] != '\n') {
                complete--;
            }
            assertEquals(complete, tail.parsedBytes(), "resumes after the last complete line");
            Path prefix = Files.write(dir.resolve("prefix.log"), Arrays.copyOf(full, complete));
            Analyses.assertSameParse(Analyses.parse(prefix), last, false);
        }
        Analyses.assertSameParse(Analyses.parse(log), last, false);
        assertFalse(tail.restarted());
    }

    @Test
    void aPartialLastLineWaitsForItsLineBreak() throws IOException {
        Path log = dir.resolve("partial.log");
        int end = lineStartAfter(full, 5000);
        append(log, full, 0, end - 1); // the last line without its '\n'
        LogTail tail = tail(log);
        ParseResult first = tail.poll(ProgressListener.NONE, Cancellation.NEVER);
        long linesBefore = first.stats().lines();
        assertNull(tail.poll(ProgressListener.NONE, Cancellation.NEVER), "nothing new is complete");
        append(log, full, end - 1, end);
        ParseResult second = tail.poll(ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(linesBefore + 1, second.stats().lines());
        Analyses.assertSameParse(Analyses.parse(log), second, false);
    }

    @Test
    void aReplacedOrTruncatedLogStartsOver() throws IOException {
        Path log = dir.resolve("rotated.log");
        append(log, full, 0, full.length / 2);
        LogTail tail = tail(log);
        tail.poll(ProgressListener.NONE, Cancellation.NEVER);
        int from = lineStartAfter(full, full.length / 2);
        Files.write(log, Arrays.copyOfRange(full, from, lineStartAfter(full, from + 20_000)));
        ParseResult r = tail.poll(ProgressListener.NONE, Cancellation.NEVER);
        assertTrue(tail.restarted());
        Analyses.assertSameParse(Analyses.parse(log), r, false);
    }

    @Test
    void aCancelledPollStartsOverAndTheNextOneIsExact() throws IOException {
        Path log = dir.resolve("cancel.log");
        append(log, full, 0, full.length / 2);
        LogTail tail = tail(log);
        tail.poll(ProgressListener.NONE, Cancellation.NEVER);
        append(log, full, full.length / 2, full.length);
        AtomicInteger checks = new AtomicInteger();
        Cancellation cancelSoon = () -> checks.incrementAndGet() > 3;
        assertThrows(CancellationException.class, () -> tail.poll(ProgressListener.NONE, cancelSoon));
        assertEquals(0, tail.parsedBytes(), "a cancelled poll forgets its partial merge");
        ParseResult r = tail.poll(ProgressListener.NONE, Cancellation.NEVER);
        Analyses.assertSameParse(Analyses.parse(log), r, false);
    }

    @Test
    void aGzipLogIsRefusedInOneSentence() throws IOException {
        Path log = dir.resolve("g.log.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(log))) {
            out.write(full, 0, 10_000);
        }
        IOException e = assertThrows(IOException.class, () -> tail(log).poll(ProgressListener.NONE, Cancellation.NEVER));
        assertTrue(e.getMessage().contains("follow mode reads plain logs only"), e.getMessage());
    }
}
