// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.cli;

import dev.blocklight.core.Human;
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
    private int width;

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
        String text = String.format(Locale.ROOT, "%s %s%s lines, %s lines/s", what, pct, Human.count(p.lines()),
                Human.count(p.linesPerSecond()));
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        width = text.length();
        err.flush();
    }

    /** Clears the progress line, so the next output starts on a clean line. */
    void done() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
