// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.blocklight.testing.Escape;
import dev.blocklight.testing.FuzzInputs;
import dev.blocklight.testing.FuzzLine;
import dev.blocklight.testing.FuzzScale;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Fuzzes the fast byte masker against the regex masker (the reference) on mutated HDFS lines and
 * random bytes: same masked text, same blocks, and a masked text of non-empty tokens joined by
 * single spaces (what Drain's tokeniser relies on).
 */
@AddLifecycleHook(FuzzScale.class)
class MaskerFuzzTest {
    private static final Pattern BLOCK = Pattern.compile(MaskingConfig.BLK);
    private final Masker fast = Masker.create(MaskingConfig.hdfsDefaults());
    private final Masker regex = new RegexMasker(MaskingConfig.hdfsDefaults());

    @Provide
    Arbitrary<FuzzLine> lines() {
        return FuzzInputs.line(6, 2000);
    }

    @Provide
    Arbitrary<byte[]> noise() {
        return FuzzInputs.randomBytes(300);
    }

    /** Dotted chains like {@code a.1b.cException}: where the exception rule may start again after failing. */
    @Provide
    Arbitrary<String> chains() {
        Arbitrary<String> segment = Arbitraries.of("a", "Ab", "1b", "_x", "$", "", "9", "cException", "IOError", "Error",
                "Exception", "x-y", "z=1", "blk_7", "10");
        Arbitrary<String> separator = Arbitraries.of(".", ".", ".", " ", ":", "..", "/", ",");
        return Combinators.combine(segment, separator).as(String::concat).list().ofMaxSize(40)
                .map(parts -> String.join("", parts));
    }

    @Property(tries = 500)
    void fastAndRegexMaskersAgreeOnDottedChains(@ForAll("chains") String chain) {
        agree(chain.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1500)
    void fastAndRegexMaskersAgreeOnMutatedLines(@ForAll("lines") FuzzLine line) {
        agree(line.bytes());
    }

    @Property(tries = 500)
    void fastAndRegexMaskersAgreeOnRandomBytes(@ForAll("noise") byte[] bytes) {
        agree(bytes);
    }

    private void agree(byte[] b) {
        MaskOutput f = new MaskOutput();
        MaskOutput r = new MaskOutput();
        fast.mask(b, 0, b.length, f);
        regex.mask(b, 0, b.length, r);
        String shown = Escape.bytes(b, 400);
        assertEquals(r.text(), f.text(), () -> "masked text of \"" + shown + "\"");
        if (isUtf8(b)) {
            assertArrayEquals(java.util.Arrays.copyOf(r.bytes(), r.length()), java.util.Arrays.copyOf(f.bytes(),
                    f.length()), () -> "masked bytes of valid UTF-8 \"" + shown + "\"");
        }
        assertEquals(blocks(r), blocks(f), () -> "blocks of \"" + shown + "\"");
        List<String> sorted = new ArrayList<>(blocks(f));
        sorted.sort(null);
        assertEquals(expectedBlocks(b), sorted, () -> "blocks of \"" + shown + "\"");
        String t = f.text();
        assertFalse(t.startsWith(" ") || t.endsWith(" ") || t.contains("  ") || t.contains("\t"),
                () -> "tokens must be non-empty and single-space separated: \"" + t + "\" from \"" + shown + "\"");
    }

    /**
     * Every distinct {@code blk_-?\d+} of the text, sorted: the masker's contract said independently.
     * A canonical id prints back as its text and a non-canonical one (leading zeros, -0, overflow)
     * keeps its text, so names compare as written.
     */
    private static List<String> expectedBlocks(byte[] b) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        Matcher m = BLOCK.matcher(new String(b, StandardCharsets.UTF_8));
        while (m.find()) {
            out.add(m.group());
        }
        return new ArrayList<>(out);
    }

    private static List<String> blocks(MaskOutput o) {
        List<String> numeric = new ArrayList<>();
        for (int i = 0; i < o.blockCount(); i++) {
            numeric.add(BlockIds.name(o.blockId(i)));
        }
        List<String> out = new ArrayList<>(numeric);
        out.addAll(o.blockNames());
        return out;
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
