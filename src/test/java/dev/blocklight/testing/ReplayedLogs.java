// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.LogSource;
import dev.blocklight.core.ingest.ProgressListener;
import dev.blocklight.core.parse.DrainConfig;
import dev.blocklight.core.parse.LogParser;
import dev.blocklight.core.parse.MaskingConfig;
import dev.blocklight.core.parse.ParseResult;
import dev.blocklight.core.parse.ParserConfig;
import dev.blocklight.core.parse.TemplateMiner;
import dev.blocklight.core.session.SessionStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test helpers for replayed logs: each block's true events from the log and its truth file, and each
 * block's events as the project's parser sees them, mapped back to true event ids through a template to
 * event mapping that must be a bijection.
 */
public final class ReplayedLogs {
    private static final Pattern BLOCK = Pattern.compile("blk_-?\\d+");

    private ReplayedLogs() {
    }

    /** What the parser gave back: per block its events as true event numbers, and the template mapping. */
    public record Parsed(Map<String, List<Integer>> sequences, Map<Integer, Integer> eventOfTemplate,
            ParseResult result) {
    }

    /**
     * Per block in order of first appearance, the true event numbers of its lines (from the truth file);
     * every line must name exactly one block.
     */
    public static Map<String, List<Integer>> truthByBlock(Path log, Path truth) throws IOException {
        List<String> lines = Files.readAllLines(log);
        List<String> ids = Files.readAllLines(truth);
        assertEquals(lines.size(), ids.size(), "one truth row per log line");
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BLOCK.matcher(lines.get(i));
            List<String> named = new ArrayList<>();
            while (m.find()) {
                if (!named.contains(m.group())) {
                    named.add(m.group());
                }
            }
            assertEquals(1, named.size(), "line " + (i + 1) + " names one block: " + lines.get(i));
            out.computeIfAbsent(named.get(0), k -> new ArrayList<>()).add(Integer.parseInt(ids.get(i).substring(1)));
        }
        return out;
    }

    /**
     * Parses the log with the defaults and maps every block's parsed events to true events; fails unless
     * every line parses, the blocks are the same, and template to true event is one to one.
     */
    public static Parsed parse(Path log, Map<String, List<Integer>> truth) throws IOException {
        ParseResult r = new LogParser(ParserConfig.hdfs().withThreads(2)).parse(LogSource.of(log),
                TemplateMiner.learning(MaskingConfig.hdfsDefaults(), DrainConfig.defaults()), ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(0, r.stats().unparsedLines(), "unparsed lines");
        assertEquals(0, r.stats().linesWithoutBlock(), "lines without a block");
        SessionStore s = r.sessions();
        assertEquals(truth.size(), s.blockCount(), "blocks");
        Map<Integer, Integer> eventOf = new HashMap<>();
        Map<Integer, Integer> templateOf = new HashMap<>();
        Map<String, List<Integer>> parsed = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> e : truth.entrySet()) {
            int block = s.indexOf(e.getKey());
            int[] events = s.events(block);
            assertEquals(e.getValue().size(), events.length, "events of " + e.getKey());
            for (int k = 0; k < events.length; k++) {
                int trueEvent = e.getValue().get(k);
                Integer before = eventOf.putIfAbsent(events[k], trueEvent);
                assertEquals(trueEvent, before == null ? trueEvent : before,
                        "template " + r.events().get(events[k]).id() + " mixes E" + before + " and E" + trueEvent);
                Integer template = templateOf.putIfAbsent(trueEvent, events[k]);
                assertEquals(events[k], template == null ? events[k] : template, "E" + trueEvent + " is split");
            }
        }
        for (Map.Entry<String, List<Integer>> e : truth.entrySet()) {
            List<Integer> mapped = new ArrayList<>();
            for (int ev : s.events(s.indexOf(e.getKey()))) {
                mapped.add(eventOf.get(ev));
            }
            parsed.put(e.getKey(), mapped);
        }
        return new Parsed(parsed, eventOf, r);
    }

    /** Label rows of a {@code BlockId,Label} file in file order. */
    public static Map<String, String> labels(Path file) throws IOException {
        List<String> rows = Files.readAllLines(file);
        assertEquals("BlockId,Label", rows.get(0));
        Map<String, String> out = new LinkedHashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",");
            out.put(cells[0], cells[1]);
        }
        return out;
    }

    /** An {@code int[]} as a list, for comparisons. */
    public static List<Integer> list(int[] events) {
        List<Integer> out = new ArrayList<>(events.length);
        for (int e : events) {
            out.add(e);
        }
        return out;
    }
}
