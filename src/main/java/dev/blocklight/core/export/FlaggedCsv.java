// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import dev.blocklight.core.detect.ScoreBreakdown;
import dev.blocklight.core.detect.ScoreOrder;
import dev.blocklight.core.detect.ScoredBlocks;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the flagged blocks, highest score first, one row each: {@code BlockId, Score, Threshold,
 * Severity, Rank, EventCount, EventSequence, TopEvents, ScoreParts, FirstSeen, LastSeen[, Label]}.
 * ScoreParts says how the score is made ({@link ScoreBreakdown#describe}), empty when the model gives no parts. Rows are
 * streamed (only the flagged blocks' order is held, 4 bytes each); the file is written atomically;
 * text cells are protected against formula injection ({@link SafeCells}) while numeric cells stay
 * numbers. Equal scores share a rank (1, 2, 2, 4) and keep log order.
 */
public final class FlaggedCsv {
    /** Worst-reconstructed steps listed in TopEvents. */
    public static final int TOP_STEPS = 3;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private FlaggedCsv() {
    }

    /** Writes {@code file}; returns the number of rows (flagged blocks). */
    public static int write(Path file, FlaggedExport in) throws IOException {
        int[] order = ScoreOrder.flaggedDescending(in.blocks(), in.threshold().value());
        DateTimeFormatter time = TIME.withZone(in.zone());
        StepRanking steps = new StepRanking(in.events(), TOP_STEPS);
        String threshold = plain(in.threshold().value());
        try (AtomicOutput out = AtomicOutput.open(file)) {
            Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, LoghubCsv.FORMAT);
            csv.printRecord(header(in.labels() != null));
            List<Object> row = new ArrayList<>(12);
            StringBuilder seq = new StringBuilder();
            int rank = 0;
            float previous = Float.NaN;
            for (int r = 0; r < order.length; r++) {
                int b = order[r];
                ScoredBlocks blocks = in.blocks();
                float score = blocks.score(b);
                rank = score == previous ? rank : r + 1;
                previous = score;
                int[] events = blocks.events(b);
                row.clear();
                row.add(SafeCells.text(blocks.blockId(b)));
                row.add(plain(score));
                row.add(threshold);
                row.add(SafeCells.text(in.bands().of(score).label()));
                row.add(rank);
                row.add(events.length);
                row.add(SafeCells.text(sequence(in, events, seq)));
                row.add(SafeCells.text(steps.describe(events, blocks.stepErrors(b))));
                ScoreBreakdown parts = blocks.breakdown(b);
                row.add(SafeCells.text(parts == null ? "" : parts.describe(events, e -> in.events().get(e).id())));
                row.add(SafeCells.text(when(blocks.firstSeen(b), time)));
                row.add(SafeCells.text(when(blocks.lastSeen(b), time)));
                if (in.labels() != null) {
                    row.add(label(in.labels()[b]));
                }
                csv.printRecord(row);
            }
            csv.flush();
            out.commit();
        }
        return order.length;
    }

    private static List<String> header(boolean labels) {
        List<String> h = new ArrayList<>(List.of("BlockId", "Score", "Threshold", "Severity", "Rank", "EventCount",
                "EventSequence", "TopEvents", "ScoreParts", "FirstSeen", "LastSeen"));
        if (labels) {
            h.add("Label");
        }
        return h;
    }

    private static String sequence(FlaggedExport in, int[] events, StringBuilder seq) {
        seq.setLength(0);
        for (int k = 0; k < events.length; k++) {
            if (k > 0) {
                seq.append(' ');
            }
            seq.append(in.events().get(events[k]).id());
        }
        return seq.toString();
    }

    private static String when(long epochSeconds, DateTimeFormatter time) {
        return epochSeconds == ScoredBlocks.NO_TIME ? "" : time.format(Instant.ofEpochSecond(epochSeconds));
    }

    static String label(byte l) {
        return l == 1 ? "Anomaly" : l == 0 ? "Normal" : "";
    }

    /** A number without exponent notation, so every spreadsheet reads it as a number. */
    static String plain(double v) {
        return Double.isFinite(v) ? new BigDecimal(Double.toString(v)).toPlainString() : Double.toString(v);
    }

    static String plain(float v) {
        return Float.isFinite(v) ? new BigDecimal(Float.toString(v)).toPlainString() : Float.toString(v);
    }
}
