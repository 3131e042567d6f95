// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.ui.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeldErrTest {
    private final ByteArrayOutputStream target = new ByteArrayOutputStream();
    private final HeldErr held = HeldErr.over(new PrintStream(target, true, StandardCharsets.UTF_8));

    private String written() {
        return target.toString(StandardCharsets.UTF_8);
    }

    @Test
    void outputIsHeldUntilReleasedThenPassesThrough() {
        held.println("while the toolkit starts");
        assertEquals("", written());
        assertFalse(held.released());
        held.release();
        assertTrue(held.released());
        assertEquals("while the toolkit starts" + System.lineSeparator(), written());
        held.println("later");
        assertTrue(written().endsWith("later" + System.lineSeparator()), written());
    }

    @Test
    void discardedOutputIsReturnedAndNeverWritten() {
        held.print("JavaFX's stack trace");
        assertEquals("JavaFX's stack trace", held.discard());
        assertEquals("", written());
        held.print("after");
        assertEquals("after", written());
    }

    @Test
    void pastTheLimitOutputGoesStraightThrough() {
        held.write(new byte[HeldErr.LIMIT + 1], 0, HeldErr.LIMIT + 1);
        assertEquals(HeldErr.LIMIT + 1, target.size());
    }
}
