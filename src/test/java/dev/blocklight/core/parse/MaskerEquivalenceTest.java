// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast byte masker must give exactly what java.util.regex gives for the default rules. */
class MaskerEquivalenceTest {
    private static final String[] FRAGMENTS = {
        "blk_", "blk_-", "-", "+", "0", "7", "12", "123", "1234", "99999999999999999999", ".", ":", "/", ",", ";",
        "=", " ", "  ", "\t", "a", "Z", "_", "$", "java", "io", "IOException", "Error", "Exception", "x.y",
        "10.251.30.85", ":50010", "ü", "part", "subdir", "key", "size=", "blk_123", "\u00e9t\u00e9", "Got"};

    private final Masker fast = Masker.create(MaskingConfig.hdfsDefaults());
    private final Masker regex = new RegexMasker(MaskingConfig.hdfsDefaults());

    @Test
    void defaultRulesUseTheFastMasker() {
        assertInstanceOf(FastMasker.class, fast);
    }

    @Test
    void randomFragmentsMaskIdentically() {
        Random rnd = new Random(20261125);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int parts = 1 + rnd.nextInt(12);
            for (int p = 0; p < parts; p++) {
                s.append(FRAGMENTS[rnd.nextInt(FRAGMENTS.length)]);
            }
            assertSame(s.toString());
        }
    }

    @Test
    void randomBytesMaskIdentically() {
        Random rnd = new Random(7);
        String alphabet = "blk_-0123456789.:/ ,;=aZ$\tjavExcptionrE";
        for (int i = 0; i < 20_000; i++) {
            char[] c = new char[rnd.nextInt(40)];
            for (int k = 0; k < c.length; k++) {
                c[k] = alphabet.charAt(rnd.nextInt(alphabet.length()));
            }
            assertSame(new String(c));
        }
    }

    @Test
    void realShapedLinesMaskIdentically() {
        for (String line : List.of(
                "BLOCK* ask 10.250.17.177:50010 to delete  blk_-8570780307468499817 blk_-9122557405432088649",
                "writeBlock blk_-1 received exception java.net.SocketTimeoutException: 480000 millis timeout",
                "PacketResponder blk_8 2 Exception java.io.InterruptedIOException: Interruped while waiting",
                "BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/_task_200811092030_0001_m_000338_0/part-00338. blk_1",
                "10.250.15.198:50010 Starting thread to transfer block blk_4292 to 10.250.15.240:50010, 10.251.1.2:50010")) {
            assertSame(line);
        }
    }

    private void assertSame(String content) {
        MaskOutput a = fast.mask(content);
        MaskOutput b = regex.mask(content);
        assertEquals(b.text(), a.text(), () -> "masked text of [" + content + "]");
        assertEquals(blocks(b), blocks(a), () -> "blocks of [" + content + "]");
    }

    private static List<String> blocks(MaskOutput o) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < o.blockCount(); i++) {
            out.add(BlockIds.name(o.blockId(i)));
        }
        out.addAll(o.blockNames());
        return out;
    }
}
