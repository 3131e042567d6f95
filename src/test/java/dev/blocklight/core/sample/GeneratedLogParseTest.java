// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.GroupingAccuracy;
import dev.blocklight.core.parse.LineEvents;
import dev.blocklight.core.parse.LogFormat;
import dev.blocklight.core.parse.LogParser;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own parser on 200k generated lines: every line parses, every block is found, and the
 * parsed events group the lines as the generator's truth does (Loghub grouping accuracy).
 */
class GeneratedLogParseTest {
    private static final int LINES = 200_000;

    @TempDir
    static Path dir;

    private static Generated run;
    private static ParseResult parsed;
    private static int[] predicted;
    private static int[] truth;

    @BeforeAll
    static void parseOnce() throws IOException {
        run = Generated.run(LINES, 2024, 0.03);
        Path log = dir.resolve("generated.log");
        Files.write(log, run.log);
        parsed = new LogParser(ParserConfig.hdfs().withThreads(2)).parse(LogSource.of(log),
                TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()), ProgressListener.NONE,
                Cancellation.NEVER);
        predicted = new int[LINES];
        LineEvents.visit(LogSource.of(log), LogFormat.compile(LogFormat.HDFS), parsed.miner(),
                (lineId, fields, event) -> predicted[(int) lineId - 1] = event, Cancellation.NEVER);
        List<String> ids = run.truthIds();
        truth = new int[LINES];
        for (int i = 0; i < LINES; i++) {
            truth[i] = Integer.parseInt(ids.get(i).substring(1));
        }
    }

    @Test
    void everyLineParsesAndEveryBlockIsFound() {
        assertEquals(LINES, parsed.stats().lines());
        assertEquals(0, parsed.stats().unparsedLines());
        assertEquals(0, parsed.stats().unknownLines());
        assertEquals(0, parsed.stats().linesWithoutBlock());
        assertEquals(run.summary.blocks(), parsed.sessions().blockCount());
        long steps = run.linesByBlock().values().stream().mapToLong(List::size).sum();
        assertEquals(steps, parsed.sessions().totalEvents(), "one session step per block named on a line");
    }

    /** The true events each parsed event mixes, for the events that mix more than one. */
    private static Map<Integer, Set<Integer>> mixedGroups() {
        Map<Integer, Set<Integer>> trueOfPredicted = new TreeMap<>();
        for (int i = 0; i < LINES; i++) {
            trueOfPredicted.computeIfAbsent(predicted[i], k -> new TreeSet<>()).add(truth[i]);
        }
        trueOfPredicted.values().removeIf(s -> s.size() == 1);
        return trueOfPredicted;
    }

    @Test
    void noTrueEventIsSplitOverSeveralTemplates() {
        Map<Integer, Set<Integer>> predictedOfTrue = new TreeMap<>();
        for (int i = 0; i < LINES; i++) {
            predictedOfTrue.computeIfAbsent(truth[i], k -> new TreeSet<>()).add(predicted[i]);
        }
        predictedOfTrue.values().removeIf(s -> s.size() == 1);
        assertEquals(Map.of(), predictedOfTrue, "true event -> the parsed events it was split into");
    }

    /**
     * Published Drain (similarity threshold 0.5) puts E8 {@code PacketResponder <NUM> for block <BLK> Interrupted.}
     * into E11 {@code PacketResponder <NUM> for block <BLK> terminating}: 5 of 6 tokens agree. Our default
     * configuration keeps different plain words apart, so no parsed event may mix true events.
     */
    @Test
    void noParsedEventMixesTrueEvents() {
        assertEquals(Map.of(), mixedGroups(), "parsed event -> the true events it mixes");
    }

    @Test
    void groupingAccuracyIsAtLeast099() {
        double ga = GroupingAccuracy.of(predicted, truth);
        assertTrue(ga >= 0.99, "grouping accuracy " + ga);
        long e8 = java.util.Arrays.stream(truth).filter(t -> t == 8).count();
        assertTrue(e8 > 0, "the sample holds the rare E8 event that published Drain merges away");
    }
}
