// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.ingest.Progress;
import dev.blocklight.core.ingest.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints progress to standard error about once a second, only when it is a terminal. */
final class ConsoleProgress implements ProgressListener {
    private final PrintWriter err;
    private final String what;
    private final boolean enabled = System.console() != null;
    private long lastPrint;

    ConsoleProgress(PrintWriter err, String what) {
        this.err = err;
        this.what = what;
    }

    @Override
    public void onProgress(Progress p) {
        long now = System.nanoTime();
        if (!enabled || now - lastPrint < 1_000_000_000L) {
            return;
        }
        lastPrint = now;
        String pct = p.fraction() < 0 ? "" : String.format(Locale.ROOT, "%3.0f%% ", p.fraction() * 100);
        err.printf(Locale.ROOT, "\r%s %s%s lines, %s lines/s   ", what, pct, Human.count(p.lines()),
                Human.count(p.linesPerSecond()));
        err.flush();
    }
}
