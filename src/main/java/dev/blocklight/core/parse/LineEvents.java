// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.parse;

import dev.blocklight.core.ingest.Cancellation;
import dev.blocklight.core.ingest.Chunk;
import dev.blocklight.core.ingest.ChunkReader;
import dev.blocklight.core.ingest.LogSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A second, single-threaded pass that gives every parsed line its final event, for the
 * line-by-line {@code structured.csv}. Needs a finished miner; contents it never saw are matched
 * against the frozen templates.
 */
public final class LineEvents {
    /** Receives one parsed line: its 1-based number, its field values and its event index. */
    @FunctionalInterface
    public interface Visitor {
        void line(long lineId, String[] fields, int event) throws IOException;
    }

    private LineEvents() {
    }

    /** Visits every line that matches the layout, in order. */
    public static void visit(LogSource source, LogFormat format, TemplateMiner miner, Visitor visitor,
            Cancellation cancel) throws IOException {
        miner.finish();
        Masker masker = Masker.create(miner.masking());
        MaskOutput masked = new MaskOutput();
        int fieldCount = format.fields().size();
        int[] bounds = new int[fieldCount * 2];
        int contentField = format.contentField();
        long lineId = 0;
        try (InputStream in = source.open(); ChunkReader reader = new ChunkReader(in, 1 << 22)) {
            Chunk chunk;
            while ((chunk = reader.next()) != null) {
                cancel.check();
                byte[] b = chunk.bytes();
                int pos = 0;
                while (pos < chunk.length()) {
                    int nl = pos;
                    while (nl < chunk.length() && b[nl] != '\n') {
                        nl++;
                    }
                    int end = nl > pos && b[nl - 1] == '\r' ? nl - 1 : nl;
                    lineId++;
                    if (end > pos && format.match(b, pos, end, bounds)) {
                        masker.mask(b, bounds[2 * contentField], bounds[2 * contentField + 1], masked);
                        int event = miner.eventOfKnownContent(masked.bytes(), masked.length());
                        if (event < 0) {
                            event = miner.matchUnseen(masked.bytes(), masked.length());
                        }
                        String[] fields = new String[fieldCount];
                        for (int f = 0; f < fieldCount; f++) {
                            fields[f] = new String(b, bounds[2 * f], bounds[2 * f + 1] - bounds[2 * f],
                                    StandardCharsets.UTF_8);
                        }
                        visitor.line(lineId, fields, event);
                    }
                    pos = nl + 1;
                }
                reader.recycle(b);
            }
        }
    }
}
