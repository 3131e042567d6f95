// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Match-only mode must give a log's own lines the events learning gave them. One case is fixed
 * (literal {@code <*>} tokens); one is a known gap, not yet fixed: Drain is order-dependent, so match-only mode on the frozen templates
 * can send a line to a different event than learning did. Line 1 joins E1, which line 2 then
 * generalises to {@code p q c1 <*> <*> <*>}; line 3 founds E2. Against the final templates line 1
 * is closer to E2 (5 of 6 tokens) than to E1 (3 of 6), so re-parsing the training log with its own
 * snapshot gives {@code E2 E1 E2} instead of {@code E1 E1 E2}. The fuzz (SnapshotFuzzTest) never met
 * this on real-shaped lines. A fix could store each learned masked content's cluster in the
 * snapshot and look it up before Drain's match.
 */
class SnapshotOrderDependenceTest {
    @TempDir
    Path dir;

    @Disabled("known gap: match-only mode re-routes a line learned early (see the class comment)")
    @Test
    void matchOnlyModeGivesTheLearnedEventsBack() throws IOException {
        Path f = dir.resolve("order.log");
        Files.write(f, List.of("081109 203615 148 INFO comp: p q c1 d1 e1 f1 blk_1",
                "081109 203615 148 INFO comp: p q c1 x1 y1 z1 blk_1",
                "081109 203615 148 INFO comp: p q r1 d1 e1 f1 blk_1"), StandardCharsets.UTF_8);
        ParseResult learned = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning());
        TemplateSnapshot snapshot = SnapshotFuzzTest.roundTrip(learned.miner().snapshot(LogFormat.HDFS));
        ParseResult matched = FuzzParse.parse(f, 1, 1 << 20, TemplateMiner.fromSnapshot(snapshot, false));
        assertEquals(ids(learned), ids(matched));
    }

    /** Found by SnapshotFuzzTest (-Pfuzz): a line whose content is the text {@code <*>} came back as E0. */
    @Test
    void linesOfLiteralWildcardsKeepTheirEventsInMatchOnlyMode() throws IOException {
        Path f = dir.resolve("stars.log");
        Files.write(f, List.of("081109 203518 33 INFO c: <*>", "081109 203518 33 INFO c: <*> <*> x blk_1"),
                StandardCharsets.UTF_8);
        ParseResult learned = FuzzParse.parse(f, 1, 1 << 20, FuzzParse.learning());
        TemplateSnapshot snapshot = SnapshotFuzzTest.roundTrip(learned.miner().snapshot(LogFormat.HDFS));
        ParseResult matched = FuzzParse.parse(f, 1, 1 << 20, TemplateMiner.fromSnapshot(snapshot, false));
        assertEquals(List.of("E1", "E2"), lineIds(f, learned));
        assertEquals(List.of("E1", "E2"), lineIds(f, matched));
        assertEquals(0, matched.stats().unknownLines());
    }

    private static List<String> lineIds(Path f, ParseResult r) throws IOException {
        List<String> out = new ArrayList<>();
        FuzzParse.lineEvents(f, r.miner()).values().forEach(e -> out.add(r.events().get(e).id()));
        return out;
    }

    private static List<String> ids(ParseResult r) {
        List<String> out = new ArrayList<>();
        for (int e : r.sessions().events(0)) {
            out.add(r.events().get(e).id());
        }
        return out;
    }
}
