// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static dev.blocklight.core.parse.DrainTestLines.t;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The variable-length fix: merging templates equal up to runs of {@code <*>}, and the match fallback. */
class DrainVariableRunTest {

    @Test
    void deleteRequestsWithSeveralBlocksMergeOnceTheBlockPositionGeneralised() {
        Drain d = new Drain(new DrainConfig(4, 0.5, 100));
        int one = d.learn(t("BLOCK* ask 10.250.14.224:50010 to delete blk_-1608999687919862906"));
        d.learn(t("BLOCK* ask 10.250.14.224:50010 to delete blk_7503483334202473044"));
        int two = d.learn(t("BLOCK* ask 10.250.14.224:50010 to delete blk_1 blk_2"));
        d.learn(t("BLOCK* ask 10.250.14.224:50010 to delete blk_3 blk_4"));
        assertEquals("BLOCK* ask 10.250.14.224:50010 to delete <*>", d.templateText(one));
        assertEquals("BLOCK* ask 10.250.14.224:50010 to delete <*> <*>", d.templateText(two));
        String[] three = t("BLOCK* ask 10.250.14.224:50010 to delete blk_5 blk_6 blk_7");
        assertEquals(one, d.match(three)); // fallback, even before merging

        int[] map = d.mergeVariableRuns();
        assertArrayEquals(new int[] {0, one, one}, map);
        assertEquals(4, d.size(one));
        assertEquals(one, d.survivorOf(two));
        assertEquals("BLOCK* ask 10.250.14.224:50010 to delete <*>", d.templateText(two));
        assertEquals(one, d.learn(t("BLOCK* ask 10.250.14.224:50010 to delete blk_8 blk_9"))); // routed via two
        assertEquals(5, d.size(one));
        assertEquals(one, d.match(three));
    }

    @Test
    void constantMaskRunsAreNotMergedByDrain() {
        // Runs of identical masks are collapsed upstream; Drain only merges runs of <*>.
        Drain d = new Drain(new DrainConfig(4, 0.5, 100));
        int one = d.learn(t("BLOCK* ask <IP> to delete <BLK>"));
        int two = d.learn(t("BLOCK* ask <IP> to delete <BLK> <BLK>"));
        assertArrayEquals(new int[] {0, one, two}, d.mergeVariableRuns());
        assertEquals(Drain.UNKNOWN, d.match(t("BLOCK* ask <IP> to delete <BLK> <BLK> <BLK>")));
    }

    @Test
    void exceptionMessagesOfDifferentLengthsShareATemplate() {
        Drain d = new Drain(new DrainConfig(4, 0.5, 100));
        String head = "writeBlock <BLK> received exception ";
        int shortMsg = d.learn(t(head + "java.io.EOFException: closed"));
        d.learn(t(head + "java.net.SocketException: reset"));
        int ioMsg = d.learn(t(head + "java.io.IOException: Connection reset by peer"));
        d.learn(t(head + "java.io.IOException: Broken pipe while writing"));
        int midMsg = d.learn(t(head + "java.net.SocketTimeoutException: <NUM> millis timeout"));
        d.learn(t(head + "java.io.InterruptedIOException: Interrupted while waiting"));
        assertEquals(head + "<*> <*>", d.templateText(shortMsg));
        assertEquals(head + "java.io.IOException: <*> <*> <*> <*>", d.templateText(ioMsg));
        assertEquals(head + "<*> <*> <*> <*>", d.templateText(midMsg));

        int[] map = d.mergeVariableRuns();
        assertArrayEquals(new int[] {0, shortMsg, ioMsg, shortMsg}, map);
        assertEquals(4, d.size(shortMsg));
        // Length 9, similarity 4/9 with the IOException template: the tree finds nothing, the fallback does.
        assertEquals(shortMsg, d.match(t(head + "java.io.EOFException: Premature EOF from inputStream")));
        // Fits both signatures: the one with more constants wins.
        assertEquals(ioMsg, d.match(t(head + "java.io.IOException: a b c d e f")));
    }

    @Test
    void differentReceivedBlockEventsStayApart() {
        Drain d = new Drain(new DrainConfig(4, 0.5, 100));
        int small = d.learn(t("Received block <BLK> of size 67108864 from <IP>"));
        d.learn(t("Received block <BLK> of size 3584 from <IP>"));
        int relay = d.learn(t("Received block <BLK> src: <IP> dest: <IP> of size 67108864"));
        d.learn(t("Received block <BLK> src: <IP> dest: <IP> of size 91178"));
        assertEquals("Received block <BLK> of size <*> from <IP>", d.templateText(small));
        assertEquals("Received block <BLK> src: <IP> dest: <IP> of size <*>", d.templateText(relay));
        assertArrayEquals(new int[] {0, small, relay}, d.mergeVariableRuns());
        assertEquals(relay, d.match(t("Received block <BLK> src: <IP> dest: <IP> of size 5")));
        assertEquals(small, d.match(t("Received block <BLK> of size 5 6 from <IP>")));
        assertEquals(Drain.UNKNOWN, d.match(t("Received block <BLK> src: <IP> dest: <IP> <IP> of size 9")));
        assertEquals(Drain.UNKNOWN, d.match(t("Received block <BLK> of size 5 6 to <IP>")));
    }

    @Test
    void fallbackFindsTemplatesStartingWithAWildcard() {
        Drain d = new Drain(new DrainConfig(4, 0.5, 100));
        int tail = d.learn(t("n1 is added to <BLK>"));
        d.learn(t("n2 is added to <BLK>"));
        int inner = d.learn(t("n1 foo bar n2"));
        d.learn(t("n3 foo bar n4"));
        assertEquals("<*> is added to <BLK>", d.templateText(tail));
        assertEquals("<*> foo bar <*>", d.templateText(inner));
        assertEquals(tail, d.match(t("p q is added to <BLK>")));
        assertEquals(inner, d.match(t("p q foo bar r s")));
        assertEquals(Drain.UNKNOWN, d.match(t("foo bar r s")));
        assertEquals(Drain.UNKNOWN, d.match(t("p q foo bar")));
    }

    @Test
    void laterMergesFlattenEarlierOnes() {
        Drain d = new Drain(new DrainConfig(3, 0.5, 100));
        int a = d.learn(t("x y p s"));
        d.learn(t("x y r s")); // x y <*> s
        int b = d.learn(t("x y p q r s"));
        d.learn(t("x y t u v s")); // 3/6: x y <*> <*> <*> s
        assertEquals("x y <*> <*> <*> s", d.templateText(b));
        assertArrayEquals(new int[] {0, a, a}, d.mergeVariableRuns());
        int c = d.learn(t("x y p q s"));
        d.learn(t("x y t u s")); // x y <*> <*> s
        assertEquals(3, c);
        assertArrayEquals(new int[] {0, a, a, a}, d.mergeVariableRuns());
        assertEquals(6, d.size(a));
        assertEquals(6, d.size(c));
    }

    @Test
    void fitsAgreesWithARegularExpressionOnRandomCases() {
        Random random = new Random(20240517L);
        String[] alphabet = {"a", "b", "c"};
        for (int round = 0; round < 20_000; round++) {
            List<String> sig = new ArrayList<>();
            int m = 1 + random.nextInt(5);
            for (int i = 0; i < m; i++) {
                boolean wild = random.nextInt(3) == 0 && (sig.isEmpty() || !sig.get(sig.size() - 1).equals("<*>"));
                sig.add(wild ? "<*>" : alphabet[random.nextInt(alphabet.length)]);
            }
            String[] line = new String[random.nextInt(8)];
            for (int i = 0; i < line.length; i++) {
                line[i] = alphabet[random.nextInt(alphabet.length)];
            }
            StringBuilder regex = new StringBuilder();
            for (String s : sig) {
                regex.append(s.equals("<*>") ? "(?:\\S+ )+" : Pattern.quote(s + " "));
            }
            String joined = line.length == 0 ? "" : String.join(" ", line) + " ";
            boolean expected = Pattern.matches(regex.toString(), joined);
            assertEquals(expected, VariableRunIndex.fits(sig.toArray(String[]::new), line),
                    () -> sig + " vs " + String.join(" ", line));
        }
    }

    @Test
    void collapseKeepsConstantsAndSingleWildcards() {
        assertArrayEquals(t("a <*> b <*>"), VariableRunIndex.collapse(t("a <*> <*> b <*> <*> <*>")));
        assertTrue(VariableRunIndex.fits(t("a <*> b"), t("a x y z b")));
        assertFalse(VariableRunIndex.fits(t("a <*> b"), t("a b")));
    }
}
