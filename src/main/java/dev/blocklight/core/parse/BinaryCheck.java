// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Chunk;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Refuses input that is clearly not a text log, judged on its first 64 KiB whatever the chunk size:
 * feed it the chunks in file order, then call {@link #finish()} at the end of the file.
 */
final class BinaryCheck {
    private static final int WINDOW = 64 * 1024;
    private final Path path;
    private int seen;
    private int control;
    private boolean judged;

    BinaryCheck(Path path) {
        this.path = path;
    }

    /** Looks at the part of the next chunk that falls in the window. */
    void accept(Chunk chunk) throws IOException {
        if (judged) {
            return;
        }
        byte[] b = chunk.bytes();
        int n = Math.min(chunk.length(), WINDOW - seen);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                throw new IOException(path + " looks binary, not a text log (a NUL byte at offset " + (seen + i) + ")");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        seen += n;
        if (seen >= WINDOW) {
            finish();
        }
    }

    /** Judges the share of control bytes in what was seen (once). */
    void finish() throws IOException {
        if (judged) {
            return;
        }
        judged = true;
        if (seen > 0 && control * 10L > seen) {
            throw new IOException(path + " looks binary, not a text log (" + (control * 100L / seen) + "% control bytes)");
        }
    }
}
