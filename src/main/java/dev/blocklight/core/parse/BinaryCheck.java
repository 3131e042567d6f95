// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Chunk;
import java.io.IOException;
import java.nio.file.Path;

/** Refuses input that is clearly not a text log, judged on its first 64 KiB. */
final class BinaryCheck {
    private static final int WINDOW = 64 * 1024;

    private BinaryCheck() {
    }

    static void requireText(Chunk first, Path path) throws IOException {
        byte[] b = first.bytes();
        int n = Math.min(first.length(), WINDOW);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                throw new IOException(path + " looks binary, not a text log (a NUL byte at offset " + i + ")");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        if (n > 0 && control * 10 > n) {
            throw new IOException(path + " looks binary, not a text log (" + (control * 100 / n) + "% control bytes)");
        }
    }
}
