// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.FuzzScale;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Random label files of good, duplicate, conflicting, malformed, unknown-label and blank rows, in
 * any spelling the reader accepts: every row is counted in exactly one kind, and the first label of
 * each block wins.
 */
@AddLifecycleHook(FuzzScale.class)
class LabelReaderFuzzTest {
    /** One generated row: its CSV text and what the reader must make of it. */
    record Row(String text, String block, Boolean label, boolean blank) {
        @Override
        public String toString() {
            return text;
        }
    }

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<String> block = Arbitraries.integers().between(-3, 6).map(i -> "blk_" + i);
        Arbitrary<String> normal = Arbitraries.of("Normal", "normal", "NORMAL", "0", " Normal ");
        Arbitrary<String> anomaly = Arbitraries.of("Anomaly", "anomaly", "Abnormal", "1", "\"Anomaly\"");
        Arbitrary<String> unknown = Arbitraries.of("Maybe", "", "2", "Anomalous", "N");
        Arbitrary<Row> good = Combinators.combine(block, Arbitraries.of(true, false), normal, anomaly)
                .as((b, a, n, x) -> new Row(b + "," + (a ? x : n), b, a, false));
        Arbitrary<Row> odd = Combinators.combine(block, unknown).as((b, u) -> new Row(" " + b + " ," + u, b, null, false));
        Arbitrary<Row> malformed = Arbitraries.of(new Row("blk_9", null, null, false), new Row(",Normal", null, null, false),
                new Row("\"\",Anomaly", null, null, false));
        Arbitrary<Row> blank = Arbitraries.just(new Row("", null, null, true));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, good), net.jqwik.api.Tuple.of(2, odd),
                net.jqwik.api.Tuple.of(1, malformed), net.jqwik.api.Tuple.of(1, blank)).list().ofMinSize(1).ofMaxSize(40)
                .filter(l -> l.stream().anyMatch(r -> !r.blank()));
    }

    @Property(tries = 300)
    void everyRowIsCountedOnceAndTheFirstLabelWins(@ForAll("rows") List<Row> rows) throws IOException {
        StringBuilder csv = new StringBuilder("BlockId,Label\n");
        Map<String, Boolean> expected = new LinkedHashMap<>();
        long n = 0;
        long dup = 0;
        long conflict = 0;
        long malformed = 0;
        long unknown = 0;
        for (Row r : rows) {
            csv.append(r.text()).append(n % 3 == 0 ? "\r\n" : "\n");
            if (r.blank()) {
                continue;
            }
            n++;
            if (r.block() == null) {
                malformed++;
            } else if (r.label() == null) {
                unknown++;
            } else if (expected.containsKey(r.block())) {
                dup++;
                conflict += expected.get(r.block()).equals(r.label()) ? 0 : 1;
            } else {
                expected.put(r.block(), r.label());
            }
        }
        Labels l = LabelReader.read(new StringReader(csv.toString()), "fuzz.csv");
        assertEquals(expected, l.byBlock());
        assertEquals(n, l.rows());
        assertEquals(dup, l.duplicates());
        assertEquals(conflict, l.conflicting());
        assertEquals(malformed, l.malformed());
        assertEquals(unknown, l.unknownLabels());
        String summary = l.summary();
        assertTrue(summary.contains("from " + n + " row"), summary);
        assertEquals(dup + malformed + unknown > 0, summary.contains("skipped " + (dup + malformed + unknown) + ":"), summary);
    }
}
