// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.export;

import dev.blocklight.core.detect.ScoredBlocks;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The per-block score file {@code blocklight score} writes and {@code blocklight evaluate} reads:
 * {@code BlockId,Score,EventCount,Threshold,Label}, one row per block in log order. The threshold
 * column repeats the threshold chosen when scoring, so the file explains itself.
 */
public final class ScoresCsv {
    static final List<String> HEADER = List.of("BlockId", "Score", "EventCount", "Threshold", "Label");

    private ScoresCsv() {
    }

    /** What a score file holds. */
    public record Scores(List<String> blockIds, float[] scores, int[] eventCounts, double threshold) {
    }

    /** Writes every block's score atomically; {@code labels} (1, 0, -1 unknown) may be null. */
    public static void write(Path file, ScoredBlocks blocks, double threshold, byte[] labels) throws IOException {
        try (AtomicOutput out = AtomicOutput.open(file)) {
            Writer w = new OutputStreamWriter(out.stream(), StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, LoghubCsv.FORMAT);
            csv.printRecord(HEADER);
            String t = FlaggedCsv.plain(threshold);
            for (int i = 0; i < blocks.count(); i++) {
                csv.printRecord(SafeCells.text(blocks.blockId(i)), FlaggedCsv.plain(blocks.score(i)),
                        blocks.events(i).length, t, labels == null ? "" : FlaggedCsv.label(labels[i]));
            }
            csv.flush();
            out.commit();
        }
    }

    /**
     * Reads a score file.
     *
     * @throws IOException with one sentence naming the file and the row when it is not a score file
     */
    public static Scores read(Path file) throws IOException {
        List<String> ids = new ArrayList<>();
        List<float[]> rows = new ArrayList<>();
        double threshold = Double.NaN;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            if (!csv.getHeaderMap().keySet().containsAll(List.of("BlockId", "Score"))) {
                throw new IOException(file + " is not a score file: it needs BlockId and Score columns");
            }
            boolean counts = csv.getHeaderMap().containsKey("EventCount");
            boolean thresholds = csv.getHeaderMap().containsKey("Threshold");
            for (CSVRecord rec : csv) {
                try {
                    ids.add(unquote(rec.get("BlockId")));
                    rows.add(new float[] {Float.parseFloat(rec.get("Score")),
                        counts ? Integer.parseInt(rec.get("EventCount")) : 0});
                    if (thresholds && Double.isNaN(threshold) && !rec.get("Threshold").isEmpty()) {
                        threshold = Double.parseDouble(rec.get("Threshold"));
                    }
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + " row " + (rec.getRecordNumber() + 1) + " is malformed: "
                            + e.getMessage());
                }
            }
        } catch (UncheckedIOException e) {
            throw new IOException(file + " is not a readable CSV file: " + e.getCause().getMessage(), e);
        }
        float[] scores = new float[rows.size()];
        int[] events = new int[rows.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = rows.get(i)[0];
            events[i] = (int) rows.get(i)[1];
        }
        return new Scores(ids, scores, events, threshold);
    }

    /** Undoes {@link SafeCells#text}'s leading apostrophe. */
    private static String unquote(String cell) {
        boolean quoted = cell.length() > 1 && cell.charAt(0) == '\'' && !SafeCells.text(cell.substring(1)).equals(cell.substring(1));
        return quoted ? cell.substring(1) : cell;
    }
}
