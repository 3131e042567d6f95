// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.parse.TemplateSnapshots;
import dev.blocklight.core.session.SessionStore;
import dev.blocklight.testing.SessionArrays;
import dev.blocklight.testing.GeneratedLogs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Test helpers: a generated log, its parse, and a deep comparison of two parse results. */
final class Analyses {
    static final String FORMAT = LogFormat.HDFS;

    private Analyses() {
    }

    static Path generate(Path file, long lines, long seed) throws IOException {
        return GeneratedLogs.write(file, lines, seed);
    }

    static ParserConfig config() {
        return ParserConfig.hdfs().withThreads(2).withChunkBytes(64 * 1024);
    }

    static ParseResult parse(Path log) throws IOException {
        return GeneratedLogs.parse(log, config());
    }

    static TemplateMiner miner() {
        return TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults());
    }

    /** Scores that depend on each block's events, so a mix-up of blocks shows. */
    static float[] fakeScores(ParseResult r) {
        SessionStore s = r.sessions();
        float[] out = new float[s.blockCount()];
        for (int b = 0; b < out.length; b++) {
            out[b] = s.length(b) * 0.5f + (s.length(b) > 0 ? s.event(b, s.length(b) - 1) : 0) / 7f;
        }
        return out;
    }

    /** Asserts two parse results hold the same events, counts, sessions and template snapshot. */
    static void assertSameParse(ParseResult expected, ParseResult actual, boolean compareTimes) throws IOException {
        assertEquals(expected.events().all(), actual.events().all(), "event table");
        if (compareTimes) {
            assertEquals(expected.stats(), actual.stats(), "parse counts");
        } else {
            assertEquals(expected.stats().lines(), actual.stats().lines(), "lines");
            assertEquals(expected.stats().blocks(), actual.stats().blocks(), "blocks");
            assertEquals(expected.stats().unparsedLines(), actual.stats().unparsedLines(), "unparsed lines");
            assertEquals(expected.stats().distinctContents(), actual.stats().distinctContents(), "distinct contents");
        }
        SessionStore e = expected.sessions();
        SessionStore a = actual.sessions();
        assertArrayEquals(SessionArrays.ids(e), SessionArrays.ids(a), "block ids");
        assertEquals(e.namedBlocks(), a.namedBlocks(), "block names");
        assertArrayEquals(SessionArrays.starts(e), SessionArrays.starts(a), "block starts");
        assertArrayEquals(SessionArrays.events(e), SessionArrays.events(a), "block events");
        assertArrayEquals(SessionArrays.offsets(e), SessionArrays.offsets(a), "line offsets");
        assertArrayEquals(SessionArrays.firstSeen(e), SessionArrays.firstSeen(a), "first seen");
        assertArrayEquals(SessionArrays.lastSeen(e), SessionArrays.lastSeen(a), "last seen");
        assertEquals(snapshotJson(expected), snapshotJson(actual), "template snapshot");
    }

    static String snapshotJson(ParseResult r) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TemplateSnapshots().write(r.miner().snapshot(FORMAT), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
