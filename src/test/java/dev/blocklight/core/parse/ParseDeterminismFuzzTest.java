// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blocklight.core.session.SessionStore;
import dev.blocklight.testing.FuzzInputs;
import dev.blocklight.testing.FuzzLog;
import dev.blocklight.testing.FuzzScale;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * One worker or two, 1 KiB chunks or 4 MiB: the parse of any file (binary-looking ones included)
 * must give the same events, counts and sessions, or fail with the same sentence.
 */
@AddLifecycleHook(FuzzScale.class)
class ParseDeterminismFuzzTest {
    private static final int BIG = 4 << 20;
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
        return FuzzInputs.log(250, 3000, true);
    }

    @Property(tries = 250)
    void threadsAndChunkSizesNeverChangeTheOutcome(@ForAll("logs") FuzzLog log,
            @ForAll @IntRange(min = 1024, max = 70_000) int chunk) throws IOException {
        Path file = log.writeTo(dir);
        try {
            Object one = outcome(file, 1, BIG);
            Object two = outcome(file, 2, chunk);
            if (one instanceof String a) {
                Statistics.collect("refused");
                assertEquals(a, two instanceof String b ? b : "parsed", "chunk " + chunk);
                return;
            }
            Statistics.collect("parsed");
            assertEquals(ParseResult.class, two.getClass(), () -> "1 KiB-ish chunks (" + chunk + ") refused: " + two);
            assertSame((ParseResult) one, (ParseResult) two);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Object outcome(Path file, int threads, int chunk) {
        try {
            return FuzzParse.parse(file, threads, chunk, FuzzParse.learning());
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static ParseStats timeless(ParseStats s) {
        return new ParseStats(s.lines(), s.bytes(), s.blankLines(), s.unparsedLines(), s.unparsedSamples(),
                s.linesWithoutBlock(), s.blocks(), s.events(), s.unknownLines(), s.distinctContents(), 0);
    }

    static void assertSame(ParseResult a, ParseResult b) {
        assertEquals(a.events().all(), b.events().all());
        ParseStats x = a.stats();
        ParseStats y = b.stats();
        assertEquals(timeless(x), timeless(y));
        SessionStore s = a.sessions();
        SessionStore t = b.sessions();
        assertEquals(s.blockCount(), t.blockCount());
        for (int i = 0; i < s.blockCount(); i++) {
            assertEquals(s.blockName(i), t.blockName(i));
            assertArrayEquals(s.events(i), t.events(i), s.blockName(i));
            for (int k = 0; k < s.length(i); k++) {
                assertEquals(s.offset(i, k), t.offset(i, k));
            }
            assertEquals(s.firstSeen(i), t.firstSeen(i));
            assertEquals(s.lastSeen(i), t.lastSeen(i));
        }
    }
}
