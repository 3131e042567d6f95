// SPDX-License-Identifier: Apache-2.0
package dev.blocklight;

import java.util.Properties;

/**
 * Default limits for JavaCPP's off-heap memory, set before ND4J loads unless the user gave them
 * ({@code -Dorg.bytedeco.javacpp.maxbytes=...}, {@code -Dorg.bytedeco.javacpp.maxphysicalbytes=...}).
 * JavaCPP's own defaults are the maximum heap and four times it (25 GB on a 24 GB machine with the
 * default heap), which bound nothing. Ours: {@code maxbytes} at most 1 GB, and {@code maxphysicalbytes}
 * (the whole process's resident memory, heap included) at the maximum heap plus 1.5 GB, so
 * {@code -Xmx1g} gives 2.5 GB. When the process passes it, JavaCPP runs the garbage collector (which
 * frees ND4J buffers of dead arrays), retries, and then throws an {@link OutOfMemoryError} that the
 * command line and the workbench report in one sentence. The heap itself can only be capped on the
 * {@code java} command line ({@code -Xmx}).
 */
final class NativeMemory {
    static final String MAX_BYTES = "org.bytedeco.javacpp.maxbytes";
    static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxphysicalbytes";
    /** Upper bound of the default {@code maxbytes}. */
    static final long TRACKED_CAP = 1L << 30;
    /** Resident memory allowed beyond the maximum heap: ND4J's buffers, metaspace, code, thread stacks. */
    static final long NATIVE_HEADROOM = 1536L << 20;

    private NativeMemory() {
    }

    /** Sets the defaults in the system properties (call before anything touches ND4J or JavaCPP). */
    static void applyDefaults() {
        applyDefaults(System.getProperties(), Runtime.getRuntime().maxMemory());
    }

    /** Sets each limit that {@code props} lacks (in either of JavaCPP's spellings), for a heap of {@code maxHeap}. */
    static void applyDefaults(Properties props, long maxHeap) {
        if (!given(props, MAX_BYTES, "org.bytedeco.javacpp.maxBytes")) {
            props.setProperty(MAX_BYTES, Long.toString(Math.min(maxHeap, TRACKED_CAP)));
        }
        if (!given(props, MAX_PHYSICAL_BYTES, "org.bytedeco.javacpp.maxPhysicalBytes")) {
            props.setProperty(MAX_PHYSICAL_BYTES, Long.toString(maxHeap + NATIVE_HEADROOM));
        }
    }

    private static boolean given(Properties props, String lower, String camel) {
        return props.getProperty(lower) != null || props.getProperty(camel) != null;
    }
}
