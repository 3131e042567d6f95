// SPDX-License-Identifier: Apache-2.0
package dev.blocklight.core.sample;

import dev.blocklight.core.ingest.LogSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads files of real HDFS_v1 block sequences. The layout is told from the first non-blank line:
 * <ul>
 * <li>a CSV with a header that names an {@code EventSequence} column and a {@code Label} column
 *     (Normal or Anomaly), such as {@code Label,NumEvents,EventSequence,Source} or
 *     {@code BlockId,Label,NumEvents,EventSequence}; events are {@code E5 E22 ...}, a {@code NumEvents}
 *     column must match their count, other columns are ignored;</li>
 * <li>DeepLog's plain layout: one block a line, event numbers separated by spaces without the
 *     {@code E} ({@code 5 5 22 5 11 9}). It has no labels: every sequence is anomalous when the file's
 *     name contains {@code abnormal} (DeepLog's {@code hdfs_test_abnormal}), else normal.</li>
 * </ul>
 * A {@link Label} other than {@link Label#FROM_FILE} overrides the labels of every sequence.
 * Bad input fails with an {@link IOException} of one line naming the file and the line.
 */
public final class RealSequences {
    /** Where the sequences' labels come from. */
    public enum Label {
        /** The Label column, or for the plain layout the file's name. */
        FROM_FILE,
        /** Every sequence normal. */
        NORMAL,
        /** Every sequence anomalous. */
        ANOMALY
    }

    private RealSequences() {
    }

    /** Reads a sequence file with the labels it holds (or its name implies). */
    public static List<RealSequence> read(Path file) throws IOException {
        return read(file, Label.FROM_FILE);
    }

    /** Reads a sequence file; {@code label} may override the labels. */
    public static List<RealSequence> read(Path file, Label label) throws IOException {
        LogSource.requireReadableFile(file, "a sequence file");
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader r = new InputStreamReader(Files.newInputStream(file), utf8)) {
            return read(r, file.toString(), label);
        }
    }

    /**
     * Reads sequences from {@code reader}; {@code name} is the file name for messages and, for the plain
     * layout, for the label ({@code abnormal} in it: anomalous).
     */
    public static List<RealSequence> read(Reader reader, String name, Label label) throws IOException {
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        String first;
        int line = 0;
        do {
            first = in.readLine();
            line++;
        } while (first != null && first.isBlank());
        if (first == null) {
            throw new IOException(name + ": empty file, no sequences");
        }
        first = first.replaceFirst("^\uFEFF", "");
        List<RealSequence> out = new ArrayList<>();
        if (first.contains(",") || first.toLowerCase(Locale.ROOT).contains("eventsequence")) {
            readCsv(in, name, line, header(first, name, line, label), label, out);
        } else {
            boolean anomalous = label == Label.FROM_FILE ? anomalousByName(name) : label == Label.ANOMALY;
            for (String text = first; text != null; text = in.readLine(), line++) {
                if (!text.isBlank()) {
                    out.add(sequence(text, anomalous, name, line));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException(name + ": no sequences after the header on line " + line);
        }
        return out;
    }

    /** True when a plain-layout file of this name holds anomalous sequences: its name contains {@code abnormal}. */
    public static boolean anomalousByName(String name) {
        String file = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return file.toLowerCase(Locale.ROOT).contains("abnormal");
    }

    /** The normal sequences, in file order. */
    public static List<RealSequence> normal(List<RealSequence> all) {
        return all.stream().filter(s -> !s.anomalous()).toList();
    }

    /** The anomalous sequences of one half ({@code null}: both halves), in file order. */
    public static List<RealSequence> anomalous(List<RealSequence> all, AnomalyHalves.Half half) {
        return all.stream().filter(s -> s.anomalous() && (half == null || s.half() == half)).toList();
    }

    /** All normal sequences and the anomalous ones of one half ({@code null}: all), in file order. */
    static List<RealSequence> ofHalf(List<RealSequence> all, AnomalyHalves.Half half) {
        return all.stream().filter(s -> !s.anomalous() || half == null || s.half() == half).toList();
    }

    /** Column indexes: label (-1 when overridden), count (-1 when absent), sequence. */
    private record Columns(int label, int count, int sequence) {
    }

    private static Columns header(String text, String name, int line, Label label) throws IOException {
        String[] cells = text.split(",", -1);
        int labelAt = -1;
        int countAt = -1;
        int sequenceAt = -1;
        for (int i = 0; i < cells.length; i++) {
            String c = cells[i].strip().replace("\"", "").toLowerCase(Locale.ROOT);
            labelAt = c.equals("label") && labelAt < 0 ? i : labelAt;
            countAt = c.equals("numevents") && countAt < 0 ? i : countAt;
            sequenceAt = c.equals("eventsequence") && sequenceAt < 0 ? i : sequenceAt;
        }
        if (sequenceAt < 0 || (labelAt < 0 && label == Label.FROM_FILE)) {
            throw new IOException(name + ": line " + line + ": not a sequence file: the CSV header needs "
                    + (sequenceAt < 0 ? "an EventSequence" : "a Label") + " column (such as Label,NumEvents,"
                    + "EventSequence,Source or BlockId,Label,NumEvents,EventSequence), or use DeepLog's plain "
                    + "layout (event numbers separated by spaces)");
        }
        return new Columns(label == Label.FROM_FILE ? labelAt : -1, countAt, sequenceAt);
    }

    private static void readCsv(BufferedReader in, String name, int headerLine, Columns cols, Label label,
            List<RealSequence> out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).build();
        int need = Math.max(cols.sequence, Math.max(cols.label, cols.count)) + 1;
        try (CSVParser csv = format.parse(in)) {
            for (CSVRecord rec : csv) {
                int line = headerLine + (int) rec.getRecordNumber();
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue;
                }
                if (rec.size() < need) {
                    throw new IOException(name + ": line " + line + ": malformed row: " + rec.size()
                            + " columns, the header names " + need);
                }
                boolean anomalous = cols.label < 0 ? label == Label.ANOMALY : label(rec.get(cols.label), name, line);
                RealSequence s = sequence(rec.get(cols.sequence), anomalous, name, line);
                if (cols.count >= 0 && !Integer.toString(s.length()).equals(rec.get(cols.count))) {
                    throw new IOException(name + ": line " + line + ": malformed row: NumEvents is '"
                            + rec.get(cols.count) + "' but the sequence has " + s.length() + " events");
                }
                out.add(s);
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IOException(name + ": malformed CSV: " + e.getCause().getMessage(), e);
        }
    }

    private static boolean label(String text, String name, int line) throws IOException {
        if (text.equalsIgnoreCase("Normal")) {
            return false;
        }
        if (text.equalsIgnoreCase("Anomaly")) {
            return true;
        }
        throw new IOException(name + ": line " + line + ": unknown label '" + text + "' (expected Normal or Anomaly)");
    }

    /** Parses {@code E5 E22 ...} or {@code 5 22 ...}, separated by white space. */
    private static RealSequence sequence(String text, boolean anomalous, String name, int line) throws IOException {
        int[] events = new int[16];
        int n = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            while (i < len && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i == len) {
                break;
            }
            int start = i;
            while (i < len && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (n == events.length) {
                events = java.util.Arrays.copyOf(events, n * 2);
            }
            events[n++] = event(text.substring(start, i), name, line);
        }
        if (n == 0) {
            throw new IOException(name + ": line " + line + ": malformed row: empty event sequence");
        }
        return new RealSequence(java.util.Arrays.copyOf(events, n), anomalous);
    }

    private static int event(String token, String name, int line) throws IOException {
        int from = token.charAt(0) == 'E' || token.charAt(0) == 'e' ? 1 : 0;
        int value = 0;
        boolean digits = from < token.length() && token.length() - from <= 6;
        for (int k = from; k < token.length() && digits; k++) {
            char c = token.charAt(k);
            digits = c >= '0' && c <= '9';
            value = value * 10 + (c - '0');
        }
        if (!digits || value < 1 || value > RealSequence.MAX_EVENT) {
            String shown = token.length() > 20 ? token.substring(0, 20) + "..." : token;
            throw new IOException(name + ": line " + line + ": unknown event id '" + shown + "' (expected E1-E"
                    + RealSequence.MAX_EVENT + ")");
        }
        return value;
    }
}
