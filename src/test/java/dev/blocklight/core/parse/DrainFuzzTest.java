// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blocklight.testing.FuzzInputs;
import dev.blocklight.testing.FuzzLine;
import dev.blocklight.testing.FuzzScale;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzes Drain with masked, mutated HDFS lines under random settings: a learned template matches
 * every line assigned to it (exactly before merging variable runs, run-wise after), and a restored
 * snapshot answers {@code match} and {@code learn} as the original does.
 */
@AddLifecycleHook(FuzzScale.class)
class DrainFuzzTest {
    private final Masker masker = Masker.create(MaskingConfig.hdfsDefaults());

    @Provide
    Arbitrary<List<FuzzLine>> lines() {
        return FuzzInputs.line(3, 200).list().ofMinSize(1).ofMaxSize(80);
    }

    @Provide
    Arbitrary<DrainConfig> configs() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(DrainConfig.defaults())),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.integers().between(3, 6),
                        Arbitraries.of(0.1, 0.3, 0.4, 0.5, 0.7, 1.0), Arbitraries.integers().between(1, 100),
                        Arbitraries.of(true, false)).as(DrainConfig::new)));
    }

    private String[][] masked(List<FuzzLine> lines) {
        String[][] out = new String[lines.size()][];
        MaskOutput m = new MaskOutput();
        for (int i = 0; i < out.length; i++) {
            byte[] b = lines.get(i).bytes();
            masker.mask(b, 0, b.length, m);
            out[i] = TemplateFit.tokens(m.text());
        }
        return out;
    }

    @Property(tries = 500)
    void learnedTemplatesMatchEveryLineTheyTook(@ForAll("configs") DrainConfig config,
            @ForAll("lines") List<FuzzLine> lines) {
        String[][] tokens = masked(lines);
        Drain drain = new Drain(config);
        int[] ids = new int[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            ids[i] = drain.learn(tokens[i]);
            assertTrue(ids[i] >= 1 && ids[i] <= drain.clusterCount(), "cluster id " + ids[i]);
        }
        for (int i = 0; i < tokens.length; i++) {
            String[] t = drain.template(ids[i]).toArray(String[]::new);
            int line = i;
            assertTrue(TemplateFit.exact(t, tokens[i]),
                    () -> "template " + List.of(t) + " of cluster " + ids[line] + " does not match line " + line + " "
                            + List.of(tokens[line]));
        }
        int[] merged = drain.mergeVariableRuns();
        assertEquals(drain.clusterCount() + 1, merged.length);
        for (int i = 0; i < tokens.length; i++) {
            assertEquals(merged[ids[i]], drain.survivorOf(ids[i]));
            String[] t = drain.template(ids[i]).toArray(String[]::new);
            int line = i;
            assertTrue(TemplateFit.fits(t, tokens[i]), () -> "merged template " + List.of(t) + " does not fit line "
                    + line + " " + List.of(tokens[line]));
        }
    }

    @Property(tries = 300)
    void aRestoredSnapshotAnswersAsTheOriginal(@ForAll("configs") DrainConfig config,
            @ForAll("lines") List<FuzzLine> lines) {
        String[][] tokens = masked(lines);
        int half = tokens.length / 2;
        Drain original = new Drain(config);
        for (int i = 0; i < half; i++) {
            original.learn(tokens[i]);
        }
        Drain restored = Drain.restore(original.snapshot());
        for (String[] t : tokens) {
            assertEquals(original.match(t), restored.match(t), () -> "match of " + List.of(t));
        }
        for (int i = half; i < tokens.length; i++) {
            assertEquals(original.learn(tokens[i]), restored.learn(tokens[i]), "learn of line " + i);
        }
        assertEquals(original.clusterCount(), restored.clusterCount());
        for (int c = 1; c <= original.clusterCount(); c++) {
            assertEquals(original.template(c), restored.template(c), "template of cluster " + c);
        }
        assertArrayEquals(original.mergeVariableRuns(), restored.mergeVariableRuns());
    }

    @Example
    void theFitRuleAcceptsAndRejectsAsDocumented() {
        String[] tpl = TemplateFit.tokens("a <*> <*> b");
        assertTrue(TemplateFit.fits(tpl, TemplateFit.tokens("a x b")));
        assertTrue(TemplateFit.fits(tpl, TemplateFit.tokens("a x y z b")));
        assertFalse(TemplateFit.fits(tpl, TemplateFit.tokens("a b")), "a run of <*> takes at least one token");
        assertFalse(TemplateFit.fits(tpl, TemplateFit.tokens("a x c")));
        assertTrue(TemplateFit.exact(tpl, TemplateFit.tokens("a x y b")));
        assertFalse(TemplateFit.exact(tpl, TemplateFit.tokens("a x b")));
        assertTrue(TemplateFit.fits(new String[0], new String[0]));
        assertFalse(TemplateFit.fits(TemplateFit.tokens("<*>"), new String[0]));
    }
}
