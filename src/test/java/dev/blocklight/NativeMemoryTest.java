// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** JavaCPP's limits get defaults derived from the heap, and never override the user's. */
class NativeMemoryTest {
    static final long GB = 1L << 30;

    @Test
    void defaultsFollowTheHeapWithACapOnTrackedBytes() {
        Properties p = new Properties();
        NativeMemory.applyDefaults(p, GB);
        assertEquals(Long.toString(GB), p.getProperty(NativeMemory.MAX_BYTES));
        assertEquals(Long.toString(2560L << 20), p.getProperty(NativeMemory.MAX_PHYSICAL_BYTES), "-Xmx1g gives 2.5 GB (2,560 MB)");
        Properties big = new Properties();
        NativeMemory.applyDefaults(big, 6 * GB);
        assertEquals(Long.toString(GB), big.getProperty(NativeMemory.MAX_BYTES));
        assertEquals(Long.toString(6 * GB + (1536L << 20)), big.getProperty(NativeMemory.MAX_PHYSICAL_BYTES));
    }

    @Test
    void theUsersValuesWinInEitherSpelling() {
        Properties p = new Properties();
        p.setProperty("org.bytedeco.javacpp.maxBytes", "3G");
        p.setProperty(NativeMemory.MAX_PHYSICAL_BYTES, "5G");
        NativeMemory.applyDefaults(p, GB);
        assertEquals(null, p.getProperty(NativeMemory.MAX_BYTES));
        assertEquals("3G", p.getProperty("org.bytedeco.javacpp.maxBytes"));
        assertEquals("5G", p.getProperty(NativeMemory.MAX_PHYSICAL_BYTES));
    }
}
