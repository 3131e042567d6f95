// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static dev.blocklight.core.parse.DrainTestLines.t;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published Drain behaviour on masked tokens. */
class DrainTest {

    private static Drain drain() {
        return new Drain(new DrainConfig(4, 0.5, 100)); // as published
    }

    @Test
    void defaultsAreLoghubHdfsSettings() {
        assertEquals(new DrainConfig(4, 0.5, 100, true), DrainConfig.defaults());
        assertThrows(IllegalArgumentException.class, () -> new DrainConfig(2, 0.5, 100));
        assertThrows(IllegalArgumentException.class, () -> new DrainConfig(4, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> new DrainConfig(4, 1.01, 100));
        assertThrows(IllegalArgumentException.class, () -> new DrainConfig(4, Double.NaN, 100));
        assertThrows(IllegalArgumentException.class, () -> new DrainConfig(4, 0.5, 0));
    }

    @Test
    void byDefaultDifferentPlainWordsAreDifferentEventsButParametersStillMerge() {
        Drain d = new Drain(DrainConfig.defaults());
        int terminating = d.learn(t("PacketResponder <NUM> for block <BLK> terminating"));
        int interrupted = d.learn(t("PacketResponder <NUM> for block <BLK> Interrupted."));
        assertTrue(terminating != interrupted, "a rare failure word keeps its own event");
        int pathA = d.learn(t("Deleting block <BLK> file /mnt/hadoop/dfs/data/current/subdir12/blk_1"));
        int pathB = d.learn(t("Deleting block <BLK> file /mnt/hadoop/dfs/data/current/subdir7/blk_2"));
        assertEquals(pathA, pathB, "tokens with digits or slashes are parameters");
        assertEquals("Deleting block <BLK> file <*>", d.templateText(pathA));
    }

    @Test
    void sameLengthLinesDifferingInOnePositionMergeToWildcard() {
        Drain d = drain();
        int a = d.learn(t("PacketResponder <NUM> for block <BLK> terminating"));
        int b = d.learn(t("PacketResponder <NUM> for block <BLK> closing"));
        assertEquals(1, a);
        assertEquals(a, b);
        assertEquals("PacketResponder <NUM> for block <BLK> <*>", d.templateText(a));
        assertEquals(List.of("PacketResponder", "<NUM>", "for", "block", "<BLK>", "<*>"), d.template(a));
        assertEquals(2, d.size(a));
        assertEquals(1, d.clusterCount());
    }

    @Test
    void maskTokensAreConstantsThatMustMatchExactly() {
        Drain d = new Drain(new DrainConfig(3, 1.0, 100));
        int a = d.learn(t("Served block <BLK> to <IP>"));
        int b = d.learn(t("Served block <BLK> to <NUM>"));
        assertNotEquals(a, b);
        assertEquals("Served block <BLK> to <IP>", d.templateText(a));
    }

    @Test
    void linesWithDifferentFirstTokensDoNotMerge() {
        Drain d = drain();
        int a = d.learn(t("Receiving block <BLK> src: <IP> dest: <IP>"));
        int b = d.learn(t("Retrying block <BLK> src: <IP> dest: <IP>")); // similarity 6/7, other branch
        assertNotEquals(a, b);
        assertEquals("Retrying block <BLK> src: <IP> dest: <IP>", d.templateText(b));
    }

    @Test
    void secondTokenAlsoRoutesWithDepthFour() {
        Drain d = drain(); // depth 4: token count, then the first two tokens
        int a = d.learn(t("BLOCK* NameSystem.delete: <BLK> is added"));
        int b = d.learn(t("BLOCK* NameSystem.allocate: <BLK> is added"));
        assertNotEquals(a, b);
        Drain shallow = new Drain(new DrainConfig(3, 0.5, 100)); // only the first token routes
        assertEquals(shallow.learn(t("BLOCK* NameSystem.delete: <BLK> is added")),
                shallow.learn(t("BLOCK* NameSystem.allocate: <BLK> is added")));
    }

    @Test
    void digitTokensAreRoutedThroughTheWildcardChild() {
        Drain d = drain();
        int a = d.learn(t("10.0.0.1:50010 Served block <BLK>"));
        int b = d.learn(t("10.0.0.2:50010 Served block <BLK>"));
        assertEquals(a, b);
        assertEquals("<*> Served block <BLK>", d.templateText(a));
        assertEquals(a, d.match(t("10.9.9.9:1 Served block <BLK>")));
        // Once a <*> child exists, the search falls back to it for an unseen first token (published rule).
        assertEquals(a, d.learn(t("alpha Served block <BLK>")));
        // Without digits, different first tokens get their own children and so their own clusters.
        Drain plain = drain();
        assertNotEquals(plain.learn(t("alpha Served block <BLK>")), plain.learn(t("beta Served block <BLK>")));
    }

    @Test
    void fullNodeSendsNewTokensToTheWildcardChild() {
        Drain d = new Drain(new DrainConfig(3, 0.5, 3));
        int a = d.learn(t("a x y"));
        int b = d.learn(t("b x y"));
        int c = d.learn(t("c x y")); // third slot is kept for <*>: c goes there
        int e = d.learn(t("d x y")); // node full: d also goes to <*> and joins c
        assertEquals(List.of(1, 2, 3, 3), List.of(a, b, c, e));
        assertEquals("<*> x y", d.templateText(c));
        assertEquals(c, d.match(t("zzz x y")));
        int f = d.learn(t("f p q")); // new cluster, but in the shared <*> leaf
        assertEquals(4, f);
        assertEquals(f, d.learn(t("g p q"))); // found there, because g also goes through <*>

        Drain roomy = new Drain(new DrainConfig(3, 0.5, 100));
        for (String first : List.of("a", "b", "c", "d")) {
            roomy.learn(t(first + " x y"));
        }
        assertEquals(4, roomy.clusterCount());
    }

    @Test
    void similarityThresholdBoundaryIsInclusive() {
        Drain d = new Drain(new DrainConfig(3, 0.5, 100));
        int a = d.learn(t("k a b c"));
        assertEquals(a, d.learn(t("k a x y"))); // 2/4 = 0.5 joins
        assertEquals("k a <*> <*>", d.templateText(a));
        Drain strict = new Drain(new DrainConfig(3, 0.6, 100));
        int s = strict.learn(t("k a b c"));
        assertNotEquals(s, strict.learn(t("k a x y")));
        assertEquals(s, strict.learn(t("k a b z"))); // 3/4 = 0.75
    }

    @Test
    void wildcardPositionsAreNotCountedAsSimilar() {
        Drain d = new Drain(new DrainConfig(3, 0.5, 100));
        int a = d.learn(t("k a b c"));
        d.learn(t("k a x c")); // k a <*> c
        // k, then <*> (not similar), a mismatch, c mismatch: 1/4 < 0.5.
        assertNotEquals(a, d.learn(t("k z x y")));
    }

    @Test
    void tiesGoToTheTemplateWithMoreParameters() {
        Drain d = new Drain(new DrainConfig(3, 0.5, 100));
        int first = d.learn(t("k p q r s"));
        int second = d.learn(t("k x y r t")); // 2/5 against the first: new
        assertEquals(second, d.learn(t("k w z r t"))); // k <*> <*> r t
        assertNotEquals(first, second);
        // 3/5 against both templates; the second has two parameters.
        assertEquals(second, d.match(t("k p u r t")));
    }

    @Test
    void emptyLinesFormTheirOwnCluster() {
        Drain d = drain();
        assertEquals(Drain.UNKNOWN, d.match(new String[0]));
        int e = d.learn(new String[0]);
        int x = d.learn(t("Verification succeeded for <BLK>"));
        assertEquals(e, d.learn(new String[0]));
        assertNotEquals(e, x);
        assertEquals(List.of(), d.template(e));
        assertEquals("", d.templateText(e));
        assertEquals(2, d.size(e));
        assertEquals(e, d.match(new String[0]));
    }

    @Test
    void shortLinesUseOnlyTheTokensTheyHave() {
        Drain d = drain();
        int a = d.learn(t("x"));
        int b = d.learn(t("y"));
        assertNotEquals(a, b);
        assertEquals(a, d.match(t("x")));
    }

    @Test
    void idsAreDenseInCreationOrderAndBadInputIsRejected() {
        Drain d = drain();
        assertEquals(1, d.learn(t("a b c")));
        assertEquals(2, d.learn(t("d e f g")));
        assertEquals(3, d.learn(t("h")));
        assertThrows(IllegalArgumentException.class, () -> d.template(0));
        assertThrows(IllegalArgumentException.class, () -> d.size(4));
        assertThrows(IllegalArgumentException.class, () -> d.learn(new String[] {"a", null}));
        assertThrows(NullPointerException.class, () -> d.match(null));
    }

    @Test
    void templateReturnsACopy() {
        Drain d = drain();
        int a = d.learn(t("a b c"));
        assertThrows(UnsupportedOperationException.class, () -> d.template(a).set(0, "z"));
        String[] line = t("q r s");
        int q = d.learn(line);
        line[0] = "changed";
        assertEquals("q r s", d.templateText(q));
    }

    @Test
    void veryLongLinesAreLinear() {
        int n = 200_000;
        String[] one = new String[n];
        String[] two = new String[n];
        for (int i = 0; i < n; i++) {
            one[i] = "tok" + (i % 7 == 0 ? "A" : "") + "x";
            two[i] = i % 3 == 2 ? "other" : one[i];
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            Drain d = drain();
            int a = d.learn(one);
            assertEquals(a, d.learn(two));
            assertEquals(a, d.match(one));
            String[] longer = new String[n + 1];
            System.arraycopy(two, 0, longer, 0, 3);
            longer[3] = "extra";
            System.arraycopy(two, 3, longer, 4, n - 3);
            // Position 2 of the template is <*>; that run absorbs two tokens here.
            assertEquals(a, d.match(longer));
            String[] tail = Arrays.copyOf(two, n + 1);
            tail[n] = "tail"; // the template ends with a constant, so this does not fit
            assertEquals(Drain.UNKNOWN, d.match(tail));
            d.mergeVariableRuns();
            d.snapshot();
        });
    }
}
