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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Fuzzes the fast byte masker against the regex masker (the reference) on mutated HDFS lines and
 * random bytes: same masked text, same blocks, and a masked text of non-empty tokens joined by
 * single spaces (what Drain's tokeniser relies on).
 */
@AddLifecycleHook(FuzzScale.class)
class MaskerFuzzTest {
    private static final Pattern BLOCK = Pattern.compile(MaskingConfig.BLK);
    /**
     * The reference runs on a thread with a 256 MB stack: java.util.regex recurses once per
     * repetition and overflows a normal stack on a few KB of {@code a.a.a...} (which the product
     * reports as a sentence; the reference must give an answer).
     */
    private static final ExecutorService REFERENCE = Executors.newSingleThreadExecutor(
            r -> new Thread(null, r, "regex-reference", 256L << 20));
    private final Masker fast = Masker.create(MaskingConfig.hdfsDefaults());
    private final Masker regex = new RegexMasker(MaskingConfig.hdfsDefaults());

    @AfterContainer
    static void stopReference() {
        REFERENCE.shutdownNow();
    }

    /** Masks with the reference on the big-stack thread. */
    private static MaskOutput reference(Masker regex, byte[] b) {
        try {
            return REFERENCE.submit(() -> {
                MaskOutput r = new MaskOutput();
                regex.mask(b, 0, b.length, r);
                return r;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the reference masker failed", e.getCause());
        }
    }

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

    /** A custom block pattern: the built-in rules stay on the byte matcher, blocks come from the regex. */
    @Property(tries = 300)
    void customBlockPatternsAgreeToo(@ForAll("lines") FuzzLine line,
            @ForAll("blockPatterns") String blockPattern) {
        MaskingConfig custom = new MaskingConfig(MaskingConfig.hdfsDefaults().rules(), blockPattern);
        byte[] b = line.bytes();
        MaskOutput f = new MaskOutput();
        Masker.create(custom).mask(b, 0, b.length, f);
        MaskOutput r = reference(new RegexMasker(custom), b);
        assertEquals(r.text(), f.text());
        assertEquals(blocks(r), blocks(f));
    }

    @Provide
    Arbitrary<String> blockPatterns() {
        return Arbitraries.of("blk_-?[0-9]+", "(?:blk|job)_-?\\d+", "blk_\\d{3}", "[a-z]+_\\d+", "x?");
    }

    private void agree(byte[] b) {
        MaskOutput f = new MaskOutput();
        fast.mask(b, 0, b.length, f);
        MaskOutput r = reference(regex, b);
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
