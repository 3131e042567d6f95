// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blocklight.testing.FuzzInputs;
import dev.blocklight.testing.FuzzLog;
import dev.blocklight.testing.FuzzScale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * A template snapshot written to JSON and read back maps the log it was learned from onto the same
 * event ids, line by line, in match-only mode.
 */
@AddLifecycleHook(FuzzScale.class)
class SnapshotFuzzTest {
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
        return FuzzInputs.log(200, 500, false);
    }

    /** Each parsed line's event id ("E3"), by line number. */
    private static Map<Long, String> ids(Path file, ParseResult r) throws IOException {
        Map<Long, String> out = new LinkedHashMap<>();
        FuzzParse.lineEvents(file, r.miner()).forEach((line, e) -> out.put(line, r.events().get(e).id()));
        return out;
    }

    static TemplateSnapshot roundTrip(TemplateSnapshot s) throws IOException {
        TemplateSnapshots json = new TemplateSnapshots();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.write(s, out);
        return json.read(new ByteArrayInputStream(out.toByteArray()), "fuzz snapshot");
    }

    @Property(tries = 200)
    void theSnapshotMapsItsOwnLogOntoTheSameEventIds(@ForAll("logs") FuzzLog log) throws IOException {
        Path file = log.writeTo(dir);
        try {
            ParseResult learned;
            try {
                learned = FuzzParse.parse(file, 2, 4 << 20, FuzzParse.learning());
            } catch (IOException e) {
                Assume.that(false); // refusals are covered by LogParserFuzzTest
                return;
            }
            TemplateSnapshot snapshot = learned.miner().snapshot(LogFormat.HDFS);
            TemplateSnapshot read = roundTrip(snapshot);
            ParseResult direct = FuzzParse.parse(file, 2, 4 << 20, TemplateMiner.fromSnapshot(snapshot, false));
            ParseResult restored = FuzzParse.parse(file, 1, 1024, TemplateMiner.fromSnapshot(read, false));
            Map<Long, String> restoredIds = ids(file, restored);
            assertEquals(ids(file, direct), restoredIds, "JSON round trip changes the answers");
            assertEquals(ids(file, learned), restoredIds, "match-only ids differ from the learned ones");
            assertEquals(0, restored.stats().unknownLines());
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
