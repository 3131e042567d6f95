// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.testing;

import dev.blocklight.testing.LineMutation.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of hostile log input: real-shaped HDFS seed lines with random byte changes,
 * inserted, deleted, repeated and swapped tokens, broken UTF-8, control characters, very long
 * tokens, and whole files of such lines with mixed line breaks and blank lines.
 */
public final class FuzzInputs {
    /** Byte sequences that are not valid UTF-8: stray continuation, cut sequences, overlong, surrogate, > U+10FFFF. */
    static final int[][] BROKEN_UTF8 = {
        {0x80}, {0xBF}, {0xC3}, {0xE2, 0x82}, {0xF0, 0x9F, 0x98}, {0xC0, 0xAF}, {0xE0, 0x80, 0xAF},
        {0xED, 0xA0, 0x80}, {0xF4, 0x90, 0x80, 0x80}, {0xFE}, {0xFF}, {0xC3, 0x28}};
    /** Characters that trip up naive text handling. */
    static final String[] ODD_CHARS = {
        "\u0001", "\u0007", "\b", "\u000B", "\f", "\r", "\u001B", "\u007F", "\t", "\u00FC", "\u00E9", "\u00A0",
        "\u0085", "\u2028", "\u200B", "\uFEFF", "\uD83D\uDE00", "\u0663", "\uFF42\uFF4C\uFF4B", "\"", ",", "'"};
    /** Tokens near the masks' edges. */
    static final String[] EDGE_TOKENS = {
        "blk_", "blk_-", "blk_0", "blk_-0", "blk_007", "blk_9223372036854775807", "blk_-9223372036854775808",
        "blk_9223372036854775808", "blk_99999999999999999999", "blk_1blk_2", "blk_3,blk_4", "xblk_5", "blk_6x",
        "<*>", "<NUM>", "<BLK>", "<IP>", "10.0.0.1", "/10.250.19.102:54106", "1.2.3.4567", "256.1.1.1:", "1.2.3",
        "java.io.IOException:", "java.io.IOException", "Exception", "a.b.CError", "$x.y$Exception", "a.1Error",
        "key=value", "k=", "=v", "size=67108864", "a.b=c;d", "-", "+5", "--1", "-12", "0x1F", "1e9", "12ab",
        ",", ";", ":", "::", "", "BLOCK*", "NameSystem.addStoredBlock:", "terminating", "Interrupted."};
    /** Units of very long tokens. */
    static final String[] LONG_UNITS = {"9", "a", "a.", "1.", "blk_1 ", "blk_", "=", "\u00FC", " ", "\t", ",", "<*> ",
        "x=y,", "java.", "/1.2.3.4:5 "};

    private FuzzInputs() {
    }

    /** A seed line from {@link HdfsSeeds}. */
    public static Arbitrary<String> seed() {
        return Arbitraries.of(HdfsSeeds.lines());
    }

    /** A short odd byte string: broken UTF-8, a control or non-ASCII character, or random bytes (NUL only if allowed). */
    public static Arbitrary<Bytes> fragment(boolean nul) {
        Arbitrary<Byte> any = anyByte(nul).map(i -> (byte) (int) i);
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(BROKEN_UTF8).map(FuzzInputs::bytes)),
                Tuple.of(4, Arbitraries.of(ODD_CHARS).map(FuzzInputs::utf8)),
                Tuple.of(2, any.array(byte[].class).ofMinSize(1).ofMaxSize(4).map(Bytes::new)));
    }

    /** A token to insert: an edge case of the masks, a token of a real line, or an odd fragment. */
    public static Arbitrary<Bytes> token(boolean nul) {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(EDGE_TOKENS).map(FuzzInputs::utf8)),
                Tuple.of(4, Arbitraries.of(seedTokens()).map(FuzzInputs::utf8)),
                Tuple.of(2, fragment(nul)));
    }

    /**
     * One mutation; long tokens repeat their unit at most {@code maxRepeat} times. NUL bytes only
     * when {@code nul}: a NUL in the first 64 KiB rightly makes a whole file "binary".
     */
    public static Arbitrary<LineMutation> mutation(int maxRepeat, boolean nul) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, 10_000);
        return Arbitraries.frequencyOf(
                Tuple.of(4, Combinators.combine(at, anyByte(nul))
                        .as(LineMutation.SetByte::new)),
                Tuple.of(3, Combinators.combine(at, fragment(nul)).as(LineMutation.InsertBytes::new)),
                Tuple.of(2, Combinators.combine(at, Arbitraries.integers().between(1, 30))
                        .as(LineMutation.DeleteRange::new)),
                Tuple.of(1, at.map(LineMutation.Truncate::new)),
                Tuple.of(4, Combinators.combine(at, token(nul)).as(LineMutation.InsertToken::new)),
                Tuple.of(2, at.map(LineMutation.DeleteToken::new)),
                Tuple.of(1, Combinators.combine(at, Arbitraries.integers().between(1, 5))
                        .as(LineMutation.DuplicateToken::new)),
                Tuple.of(1, Combinators.combine(at, at).as(LineMutation.SwapTokens::new)),
                Tuple.of(1, Combinators.combine(at, Arbitraries.of(LONG_UNITS).map(FuzzInputs::utf8),
                        Arbitraries.integers().between(1, maxRepeat)).as(LineMutation.LongToken::new)));
    }

    /** A seed line with 0 to {@code maxMutations} mutations (none in about a third of the cases). */
    public static Arbitrary<FuzzLine> line(int maxMutations, int maxRepeat) {
        return line(maxMutations, maxRepeat, true);
    }

    static Arbitrary<FuzzLine> line(int maxMutations, int maxRepeat, boolean nul) {
        Arbitrary<List<LineMutation>> changes = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(List.<LineMutation>of())),
                Tuple.of(2, mutation(maxRepeat, nul).list().ofMinSize(1).ofMaxSize(maxMutations)));
        return Combinators.combine(seed(), changes).as(FuzzLine::new);
    }

    /** Lines of pure random bytes (no line break). */
    public static Arbitrary<byte[]> randomBytes(int maxSize) {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(maxSize)
                .map(b -> {
                    byte[] c = b.clone();
                    for (int i = 0; i < c.length; i++) {
                        if (c[i] == '\n') {
                            c[i] = ' ';
                        }
                    }
                    return c;
                });
    }

    /**
     * A whole log: mostly clean seed lines, some mutated, some blank or blank-looking, with LF, CRLF,
     * lone CR and doubled line breaks, and maybe no break at the end. NUL bytes only when {@code nul}
     * (one in the first 64 KiB rightly makes the whole file "binary").
     */
    public static Arbitrary<FuzzLog> log(int maxLines, int maxRepeat, boolean nul) {
        Arbitrary<FuzzLine> clean = seed().map(s -> new FuzzLine(s, List.of()));
        Arbitrary<FuzzLine> blank = Arbitraries.of("", " ", "\t", "  \t ", "\r").map(s -> new FuzzLine(s, List.of()));
        Arbitrary<FuzzLine> entry = Arbitraries.frequencyOf(
                Tuple.of(14, clean), Tuple.of(5, line(4, maxRepeat, nul)), Tuple.of(1, blank));
        Arbitrary<String> breaks = Arbitraries.frequency(
                Tuple.of(40, "\n"), Tuple.of(6, "\r\n"), Tuple.of(1, "\r"), Tuple.of(1, "\r\r\n"), Tuple.of(1, "\n\n"));
        Arbitrary<FuzzLog.Entry> entries = Combinators.combine(entry, breaks).as(FuzzLog.Entry::new);
        return Combinators.combine(entries.list().ofMinSize(1).ofMaxSize(maxLines), Arbitraries.of(true, false))
                .as(FuzzLog::new);
    }

    private static List<String> seedTokens;

    private static synchronized List<String> seedTokens() {
        if (seedTokens == null) {
            Set<String> t = new LinkedHashSet<>();
            for (String line : HdfsSeeds.lines()) {
                t.addAll(List.of(line.split(" ")));
            }
            seedTokens = new ArrayList<>(t);
        }
        return seedTokens;
    }

    /** A byte value 0..255 (1..255 without NUL), uniformly: jqwik's integers favour small values and 0. */
    static Arbitrary<Integer> anyByte(boolean nul) {
        List<Integer> values = new ArrayList<>();
        for (int v = nul ? 0 : 1; v < 256; v++) {
            values.add(v);
        }
        return Arbitraries.of(values);
    }

    static Bytes utf8(String s) {
        return new Bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    static Bytes bytes(int[] v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return new Bytes(b);
    }
}
