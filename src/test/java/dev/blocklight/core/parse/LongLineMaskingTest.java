// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Very long lines that once hung or crashed the maskers. The time limits only guard against a hang
 * (the fixed masker takes tens of milliseconds); they are not speed targets.
 */
class LongLineMaskingTest {

    /** A 10 MB dotted chain that is no exception took quadratic time in the exception rule (35 s already at 320 KB). */
    @Test
    void aTenMegabyteDottedChainIsMaskedWithoutHanging() {
        for (String unit : List.of("a.", "Ab$.", "a.1b.")) {
            String text = unit.repeat(10_000_000 / unit.length()) + " tail";
            byte[] line = text.getBytes(StandardCharsets.UTF_8);
            MaskOutput out = new MaskOutput();
            assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> Masker.create(MaskingConfig.hdfsDefaults()).mask(line, 0, line.length, out), unit);
            assertEquals(text, out.text(), "no rule matches anywhere in the chain");
        }
    }

    /** The fast path skips the rest of a failed chain only up to where it broke: {@code 1b.cException} still masks. */
    @Test
    void theSkipStopsWhereTheChainBreaks() {
        Masker fast = Masker.create(MaskingConfig.hdfsDefaults());
        Masker regex = new RegexMasker(MaskingConfig.hdfsDefaults());
        for (String s : List.of("a.1b.cException", "x.y z.IOError: no", "a.b.c.d e.f.g", "$.$.$Error", "a..bException")) {
            assertEquals(regex.mask(s).text(), fast.mask(s).text(), s);
        }
        assertEquals("a.1<EXC>", fast.mask("a.1b.cException").text());
    }

    /** java.util.regex recurses per repetition: custom rules must fail with a sentence, not a StackOverflowError. */
    @Test
    void theRegexMaskerRefusesALineTooDeepForItsStackWithASentence() {
        Masker m = new RegexMasker(MaskingConfig.hdfsDefaults());
        byte[] line = "a.".repeat(200_000).getBytes(StandardCharsets.UTF_8);
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> m.mask(line, 0, line.length, new MaskOutput()));
        assertTrue(e.getCause().getMessage().startsWith("a line of 400000 bytes is too complex for the masking rules"),
                e.getCause().getMessage());
    }

    /**
     * A custom --block-pattern used to switch every rule to java.util.regex, whose stack a 40 KB dotted line
     * exhausted (the CLI died with a StackOverflowError). The built-in rules now stay on the byte matcher.
     */
    @Test
    void aCustomBlockPatternKeepsTheFastRules() {
        MaskingConfig custom = new MaskingConfig(MaskingConfig.hdfsDefaults().rules(), "(?:blk|job)_-?[0-9]+");
        Masker m = Masker.create(custom);
        assertTrue(m instanceof FastMasker, "built-in rules with a custom block pattern");
        String text = "a.".repeat(200_000) + " ran job_12 for blk_-7 and job_12";
        MaskOutput out = m.mask(text);
        assertTrue(out.text().endsWith("a. ran job_<NUM> for <BLK> and job_<NUM>"), out.text().substring(out.text().length() - 40));
        assertEquals(List.of("job_12"), out.blockNames());
        assertEquals(1, out.blockCount());
        assertEquals(-7, out.blockId(0));
    }
}
