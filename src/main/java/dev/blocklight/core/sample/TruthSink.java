// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import java.io.IOException;
import java.io.Writer;

/** Buffers the true event id of each line ({@code E5\n}) in front of an optional writer. */
final class TruthSink {
    private final Writer out;
    private final char[] buf = new char[1 << 15];
    private int pos;

    TruthSink(Writer out) {
        this.out = out;
    }

    void line(EventKind k) throws IOException {
        if (out == null) {
            return;
        }
        char[] t = k.truthLine;
        if (buf.length - pos < t.length) {
            drain();
        }
        System.arraycopy(t, 0, buf, pos, t.length);
        pos += t.length;
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    /** Writes what is buffered and flushes the writer. */
    void finish() throws IOException {
        if (out != null) {
            drain();
            out.flush();
        }
    }
}
