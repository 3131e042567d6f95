// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static dev.blocklight.core.parse.DrainTestLines.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Snapshots: exact equivalence after a JSON round trip, and clear errors for bad input. */
class DrainSnapshotTest {

    /** A deterministic corpus with many shapes, digit tokens, variable-length runs and many first tokens. */
    static List<String[]> corpus(long seed, int lines) {
        Random r = new Random(seed);
        List<String[]> out = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            String line = switch (r.nextInt(9)) {
                case 0 -> "PacketResponder <NUM> for block <BLK> terminating";
                case 1 -> "BLOCK* ask <IP> to delete" + " blk_" + r.nextInt(50) + (r.nextBoolean() ? " blk_9" : "");
                case 2 -> "Received block <BLK> of size " + r.nextInt(5) + " from <IP>";
                case 3 -> "w" + r.nextInt(12) + " event " + r.nextInt(3) + " done";
                case 4 -> r.nextInt(1000) + " served " + "x".repeat(1 + r.nextInt(3)) + " to <IP>";
                case 5 -> "writeBlock <BLK> received exception" + " e".repeat(1 + r.nextInt(4)) + r.nextInt(3);
                case 6 -> "";
                case 7 -> "grow" + " q".repeat(i / 40); // new lengths keep appearing
                default -> "k" + r.nextInt(3) + " a" + r.nextInt(2) + " b" + r.nextInt(2) + " c" + r.nextInt(2);
            };
            out.add(t(line));
        }
        return out;
    }

    @Test
    void restoredParserAnswersExactlyLikeTheOriginal() throws IOException {
        DrainConfig config = new DrainConfig(4, 0.5, 5); // small fan-out: exercises the overflow rule
        List<String[]> lines = corpus(7L, 4000);
        Drain original = new Drain(config);
        for (String[] line : lines.subList(0, 1000)) {
            original.learn(line);
        }
        original.mergeVariableRuns();
        for (String[] line : lines.subList(1000, 2000)) {
            original.learn(line);
        }
        ObjectMapper plain = new ObjectMapper();
        String json = plain.writeValueAsString(original.snapshot());
        Drain restored = Drain.restore(plain.readValue(json, DrainSnapshot.class));
        assertEquals(original.clusterCount(), restored.clusterCount());

        int newClusters = 0;
        for (String[] line : lines.subList(2000, 4000)) {
            assertEquals(original.match(line), restored.match(line), () -> String.join(" ", line));
            int before = original.clusterCount();
            assertEquals(original.learn(line), restored.learn(line), () -> String.join(" ", line));
            newClusters += original.clusterCount() - before;
        }
        assertTrue(newClusters > 0, "the second half should still create clusters");
        assertEquals(original.clusterCount(), restored.clusterCount());
        for (int id = 1; id <= original.clusterCount(); id++) {
            assertEquals(original.template(id), restored.template(id));
            assertEquals(original.size(id), restored.size(id));
        }
        assertEquals(plain.writeValueAsString(original.snapshot()), plain.writeValueAsString(restored.snapshot()));
        int[] a = original.mergeVariableRuns();
        int[] b = restored.mergeVariableRuns();
        assertEquals(List.of(toList(a)), List.of(toList(b)));
    }

    private static List<Integer> toList(int[] values) {
        List<Integer> out = new ArrayList<>();
        for (int v : values) {
            out.add(v);
        }
        return out;
    }

    @Test
    void restoresStraightFromAnInMemorySnapshotWithoutSharingState() {
        Drain d = new Drain(DrainConfig.defaults());
        corpus(4L, 300).forEach(d::learn);
        DrainSnapshot snapshot = d.snapshot();
        Drain copy = Drain.restore(snapshot);
        corpus(9L, 300).forEach(copy::learn);
        copy.learn(t("a brand new line"));
        copy.mergeVariableRuns();
        assertEquals(snapshot, d.snapshot(), "the original is unaffected by the copy");
        String[] line = t("Received block <BLK> of size 3 from <NUM>");
        assertEquals(Drain.restore(snapshot).learn(line), d.learn(line));
        assertTrue(copy.clusterCount() > d.clusterCount());
        assertThrows(IllegalArgumentException.class, () -> Drain.restore(new DrainSnapshot("blocklight-drain", 1,
                DrainConfig.defaults(), List.of(), List.of())));
    }

    @Test
    void helpersWriteAndReadTheSameSnapshot() throws IOException {
        Drain d = new Drain(DrainConfig.defaults());
        corpus(3L, 300).forEach(d::learn);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DrainSnapshots.write(d.snapshot(), out);
        DrainSnapshot back = DrainSnapshots.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(d.snapshot(), back);
    }

    @Test
    void matchNeverChangesState() throws IOException {
        Drain d = new Drain(DrainConfig.defaults());
        corpus(5L, 500).forEach(d::learn);
        ObjectMapper plain = new ObjectMapper();
        String before = plain.writeValueAsString(d.snapshot());
        int count = d.clusterCount();
        for (String[] line : corpus(6L, 2000)) {
            d.match(line);
        }
        assertEquals(Drain.UNKNOWN, d.match(t("a shape nobody has seen before at all")));
        assertEquals(Drain.UNKNOWN, d.match(t("PacketResponder <NUM> to peer <IP> now")));
        assertEquals(count, d.clusterCount());
        assertEquals(before, plain.writeValueAsString(d.snapshot()));
    }

    private static String json(String s) {
        return s.replace('\'', '"');
    }

    private static String valid() throws IOException {
        Drain d = new Drain(new DrainConfig(3, 0.5, 100));
        d.learn(t("a b"));
        d.learn(t("c d e"));
        return new ObjectMapper().writeValueAsString(d.snapshot());
    }

    @Test
    void theValidSampleReads() throws IOException {
        String v = valid();
        assertEquals(json("{'format':'blocklight-drain','version':1,'config':{'depth':3,'similarityThreshold':0.5,"
                + "'maxChildren':100,'separateWords':false},'nodes':[{'children':{'2':1,'3':2},'clusters':[]},"
                + "{'children':{'a':3},'clusters':[]},{'children':{'c':4},'clusters':[]},"
                + "{'children':{},'clusters':[1]},{'children':{},'clusters':[2]}],"
                + "'clusters':[{'id':1,'template':['a','b'],'size':1,'mergedInto':1},"
                + "{'id':2,'template':['c','d','e'],'size':1,'mergedInto':2}]}"), v);
        DrainSnapshots.read(new ByteArrayInputStream(v.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{{{",
        "",
        "[1, 2, 3]",
        "{'name': 'something else', 'items': []}",
        "{'format':'other','version':1}",
        "VALID:'version':1|'version':2",
        "VALID:'depth':3|'depth':2",
        "VALID:'id':2|'id':5",
        "VALID:'clusters':[2]|'clusters':[7]",
        "VALID:'clusters':[2]|'clusters':[1]",
        "VALID:'mergedInto':2|'mergedInto':9",
        "VALID:'c':4|'c':3",
        "VALID:'c':4|'c':0",
        "VALID:'3':2|'x':2",
        "VALID:'template':['a','b']|'template':['a']",
        "VALID:'size':1|'size':-1",
        "VALID:'nodes':[|'nodes':[null,",
        "VALID:}]}|}]} trailing",
    })
    void malformedSnapshotsFailWithOneClearSentence(String spec) throws IOException {
        String text;
        if (spec.startsWith("VALID:")) {
            String[] parts = spec.substring(6).split("\\|");
            String v = valid();
            String from = json(parts[0]);
            assertTrue(v.contains(from), "test setup: " + from);
            text = v.replaceFirst(java.util.regex.Pattern.quote(from), json(parts[1]));
        } else {
            text = json(spec);
        }
        IOException e = assertThrows(IOException.class,
                () -> DrainSnapshots.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
        String m = e.getMessage();
        assertTrue(m.matches("(Malformed|Invalid) Drain snapshot: [^\\n]+\\."), m);
        assertNotEquals(-1, m.indexOf(' '));
        assertTrue(m.indexOf(". ") < 0 || m.indexOf(". ") == m.length() - 2, m);
    }
}
