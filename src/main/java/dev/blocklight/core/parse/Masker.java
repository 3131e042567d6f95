// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

/**
 * Masks the content of one line and finds the blocks it names. Instances are not thread-safe; each
 * worker thread uses its own, made by {@link #create(MaskingConfig)}.
 */
public abstract class Masker {

    /** Masks {@code buf[from, to)} (UTF-8 content without line break) into {@code out}. */
    public abstract void mask(byte[] buf, int from, int to, MaskOutput out);

    /** Masks a string; convenient for tests and the UI, slower than the byte form. */
    public MaskOutput mask(String content) {
        byte[] b = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        MaskOutput out = new MaskOutput();
        mask(b, 0, b.length, out);
        return out;
    }

    /**
     * The fastest masker for the rules: a hand-written byte matcher when every rule is a built-in
     * one (proved equal to its regex by tests; a custom block pattern is then still a regex),
     * otherwise the general regex masker.
     */
    public static Masker create(MaskingConfig config) {
        return FastMasker.supports(config) ? new FastMasker(config) : new RegexMasker(config);
    }
}
