// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Counts lines the plainest way possible: the baseline that parsing speed is compared against. */
public final class LineCounter {
    private LineCounter() {
    }

    /** Number of lines in the source (a last line without a line break counts). */
    public static long count(LogSource source) throws IOException {
        byte[] buf = new byte[1 << 23];
        long lines = 0;
        byte last = '\n';
        try (InputStream in = source.open()) {
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines++;
                    }
                }
                last = buf[n - 1];
            }
        }
        return last == '\n' ? lines : lines + 1;
    }
}
