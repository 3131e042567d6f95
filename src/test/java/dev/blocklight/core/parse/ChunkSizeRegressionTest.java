// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases the determinism fuzz found or aims at: the chunk size must never change whether a file is refused. */
class ChunkSizeRegressionTest {
    private static final String LINE = LogParserTest.L1 + "\n";

    @TempDir
    Path dir;

    @Test
    void aNulByteInTheFirst64KibIsRefusedWhateverTheChunkSize() throws IOException {
        byte[] text = (LINE.repeat(40) + "081109 203615 148 INFO comp: nul \u0000 here blk_1\n" + LINE.repeat(40))
                .getBytes(StandardCharsets.UTF_8);
        Path f = dir.resolve("nul.log");
        Files.write(f, text);
        for (int chunk : new int[] {1024, 4096, 4 << 20}) {
            String msg = assertThrows(IOException.class, () -> LogParserTest.parse(f, 2, chunk), "chunk " + chunk)
                    .getMessage();
            assertTrue(msg.contains("looks binary") && msg.contains("offset " + (LINE.length() * 40 + 33)), msg);
        }
    }

    @Test
    void aNulByteAfterTheFirst64KibIsJustAnOddLine() throws IOException {
        String head = LINE.repeat(70 * 1024 / LINE.length());
        Path f = dir.resolve("late-nul.log");
        Files.write(f, (head + "081109 203615 148 INFO comp: nul \u0000 here blk_1\n").getBytes(StandardCharsets.UTF_8));
        for (int chunk : new int[] {1024, 4 << 20}) {
            ParseResult r = LogParserTest.parse(f, 2, chunk);
            assertEquals(head.length() / LINE.length() + 1, r.stats().lines());
            assertEquals(0, r.stats().unparsedLines());
        }
    }

    /** Before the fix, 24 KiB chunks refused this file ("none of the 1068 lines matches") and 4 MiB ones parsed it. */
    @Test
    void aThousandForeignLinesBeforeTheLogAreRefusedWhateverTheChunkSize() throws IOException {
        Path f = dir.resolve("header.log");
        Files.write(f, ("some other format line\n\n".repeat(1200) + LINE.repeat(100)).getBytes(StandardCharsets.UTF_8));
        for (int chunk : new int[] {1024, 24 * 1024, 4 << 20}) {
            String msg = assertThrows(IOException.class, () -> LogParserTest.parse(f, 2, chunk), "chunk " + chunk)
                    .getMessage();
            assertTrue(msg.startsWith("none of the first 1000 non-blank lines matches the log format"), msg);
            assertTrue(msg.endsWith("the first line is: some other format line"), msg);
        }
    }

    @Test
    void fewerForeignLinesBeforeTheLogAreCountedAndKept() throws IOException {
        Path f = dir.resolve("mixed.log");
        Files.write(f, ("some other format line\n".repeat(999) + LINE.repeat(100)).getBytes(StandardCharsets.UTF_8));
        for (int chunk : new int[] {1024, 24 * 1024, 4 << 20}) {
            ParseStats s = LogParserTest.parse(f, 2, chunk).stats();
            assertEquals(999, s.unparsedLines(), "chunk " + chunk);
            assertEquals(1099, s.lines());
            assertEquals(1, s.unparsedSamples().get(0).lineNumber());
        }
    }
}
